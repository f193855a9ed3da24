/// What a line or paragraph of a page is.
public enum BlockKind: String, Sendable, Codable, CaseIterable {
    /// The article's title as printed on the page.
    case headline
    /// The first paragraph(s) of the article: a deck or the dateline paragraph.
    case lede
    /// Article text.
    case body
    /// A heading inside the article ("Bantuan Korut Lainnya").
    case subheading
    /// A photo caption or credit ("Photo :", "(AFP)", "Sumber : newsweek.com").
    case caption
    /// Author and date lines ("Kompas.com - 08/08/2022, 23:31 WIB").
    case byline
    /// Page furniture: ads, "Baca juga", share prompts, related-article lists, promos.
    case boilerplate

    /// True for the kinds that make up the cleaned article body.
    public var isArticleText: Bool {
        switch self {
        case .lede, .body, .subheading: return true
        case .headline, .caption, .byline, .boilerplate: return false
        }
    }
}

/// One line or paragraph of a page with its class. Nothing is dropped: boilerplate stays here.
public struct Block: Sendable, Hashable, Codable {
    public var kind: BlockKind
    public var text: String
    /// Where the block stands in the article's cleaned body, in scalars: set once when the article
    /// is made (`Block.placed`), nil for blocks outside the body (captions, bylines, boilerplate).
    /// The reader, the dateline and paragraph look-ups read it instead of adding up block lengths.
    public internal(set) var bodyRange: Range<Int>?

    public init(kind: BlockKind, text: String) {
        self.kind = kind
        self.text = text
    }

    /// The blocks with their places in the body they make: article-text blocks in order, joined by
    /// a blank line (two scalars), as `ArticleBuilder` joins them.
    static func placed(_ blocks: [Block]) -> [Block] {
        var out = blocks
        var offset = 0
        for k in out.indices {
            guard out[k].kind.isArticleText else { out[k].bodyRange = nil; continue }
            if offset > 0 { offset += 2 }
            let length = out[k].text.unicodeScalars.count
            out[k].bodyRange = offset..<(offset + length)
            offset += length
        }
        return out
    }
}
