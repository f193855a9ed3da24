/// Turns a source document into an `Article`: classify blocks, join the cleaned body,
/// describe the article, extract quantities. One stage each; pure and thread-safe.
public struct ArticleBuilder: Sendable {
    /// Also find attributed claims (the costliest stage; `list` does not need it).
    public var extractsClaims: Bool

    public init(extractsClaims: Bool = false) {
        self.extractsClaims = extractsClaims
    }

    public func build(_ doc: SourceDocument) -> Article {
        let classifier = BlockClassifier()
        let statedTitle = doc.stated.title.map { MetadataExtractor().cleanStatedTitle($0) }
        let blocks = classifier.classify(doc.blocks, statedTitle: statedTitle)

        let textBytes = blocks.reduce(0) { $0 + $1.text.utf8.count }
        let body = Block.body(of: blocks)
        let placed = Block.placed(blocks)
        let meta = MetadataExtractor().extract(blocks: blocks, stated: doc.stated, body: body)
        let quantities = QuantityExtractor().extract(from: body, language: meta.language)
        /// Where the dateline sits in the body, in scalars (it opens one of the first paragraphs).
        func datelineRange() -> Range<Int>? {
            guard let d = meta.dateline, let at = meta.datelineBlock, let offset = placed[at].bodyRange?.lowerBound else { return nil }
            let length = scalarCount(blocks[at].text.utf8.prefix(d.length))
            return offset..<(offset + length)
        }

        var claims = extractsClaims ? ClaimExtractor().extract(from: body, dateline: datelineRange(), language: meta.language) : []
        // Agency copy ("MOSCOW (Reuters) -") reprinted by another outlet: every claim came through the agency.
        if let agency = meta.dateline?.agency, agency != meta.outlet {
            for k in claims.indices where !claims[k].via.contains(agency) { claims[k].via.append(agency) }
        }
        return Article(id: doc.id, path: doc.path, format: doc.format, url: doc.stated.url, outlet: meta.outlet,
                       title: meta.title, titleInferred: meta.titleInferred, published: meta.published,
                       author: meta.author, dateline: meta.dateline?.place, language: meta.language,
                       blocks: placed, body: body, quantities: quantities,
                       claims: claims,
                       textBytes: textBytes)
    }
}
