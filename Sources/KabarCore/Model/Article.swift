/// Where an article came from and what kind of input it was.
public enum SourceFormat: String, Sendable, Codable {
    case text, html, json, jsonl
    /// An item of an RSS or Atom feed.
    case feed
    /// An item of newsboat's cache.
    case newsboat
    /// A response record of a web archive (WARC).
    case warc
}

/// One news article: sanitised text split into classified blocks, with its metadata.
public struct Article: Sendable, Identifiable, Equatable {
    /// The record id for JSON/JSONL input, the file name without extension otherwise.
    public var id: String
    /// The file the article was read from (for records: the file holding them).
    public var path: String
    public var format: SourceFormat
    public var url: String?
    /// Canonical outlet name ("Kompas", "Liputan6").
    public var outlet: String?
    /// The headline; when the page has none, the lede's first sentence (see `titleInferred`).
    public var title: String?
    /// True when the page printed no headline and `title` was taken from the text.
    public var titleInferred: Bool
    public var published: PublishedDate?
    public var author: String?
    /// The dateline place ("Moskwa", "Jakarta").
    public var dateline: String?
    public var language: Language
    /// Every line or paragraph of the page with its class, in page order.
    public var blocks: [Block]
    /// The cleaned article text: the article-text blocks joined by blank lines.
    public var body: String
    public var quantities: [Quantity]
    /// Attributed claims in `body` (filled when the ingestor is asked to extract them).
    public var claims: [Claim]
    /// Byte count of the sanitised page text (for throughput and boilerplate share).
    public var textBytes: Int

    /// The body's paragraphs as scalar ranges: the article-text blocks' places, set once when the
    /// article was made (`Block.placed`), so no look-up parses the body again. A body made without
    /// its blocks (a test's, a record's bare text) is split at its line breaks instead.
    public var paragraphs: [Range<Int>] {
        var placed: [Range<Int>] = []
        placed.reserveCapacity(blocks.count)
        for b in blocks { if let r = b.bodyRange, !r.isEmpty { placed.append(r) } }
        return placed.isEmpty && !body.isEmpty ? ParagraphRanges.of(body) : placed
    }

    public init(id: String, path: String, format: SourceFormat, url: String? = nil, outlet: String? = nil,
                title: String? = nil, titleInferred: Bool = false, published: PublishedDate? = nil,
                author: String? = nil, dateline: String? = nil, language: Language = .indonesian,
                blocks: [Block] = [], body: String = "", quantities: [Quantity] = [], claims: [Claim] = [], textBytes: Int = 0) {
        self.id = id
        self.path = path
        self.format = format
        self.url = url
        self.outlet = outlet
        self.title = title
        self.titleInferred = titleInferred
        self.published = published
        self.author = author
        self.dateline = dateline
        self.language = language
        self.blocks = Block.placed(blocks)
        self.body = body
        self.quantities = quantities
        self.claims = claims
        self.textBytes = textBytes
    }

    /// Words in the cleaned body.
    public var wordCount: Int {
        var count = 0
        var inWord = false
        for b in body.utf8 {
            let space = b == 0x20 || b == 0x0A
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    /// Share of the page's characters (bytes) that are boilerplate, 0...1.
    public var boilerplateShare: Double {
        var total = 0, boiler = 0
        for block in blocks {
            let n = block.text.utf8.count
            total += n
            if block.kind == .boilerplate { boiler += n }
        }
        return total == 0 ? 0 : Double(boiler) / Double(total)
    }
}
