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
    /// The article's body: its article-text blocks joined by blank lines.
    static func body(of blocks: [Block]) -> String {
        var bytes: [UInt8] = []
        for b in blocks where b.kind.isArticleText {
            if !bytes.isEmpty { bytes.append(0x0A); bytes.append(0x0A) }
            bytes.append(contentsOf: b.text.utf8)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func placed(_ blocks: [Block]) -> [Block] {
        // Placed already (by the builder): nothing to count again.
        if blocks.allSatisfy({ ($0.bodyRange != nil) == $0.kind.isArticleText }) { return blocks }
        var out = blocks
        var offset = 0
        for k in out.indices {
            guard out[k].kind.isArticleText else { out[k].bodyRange = nil; continue }
            if offset > 0 { offset += 2 }
            // Scalars counted from the UTF-8 bytes (String.unicodeScalars.count decodes every scalar).
            let length = out[k].text.utf8.withContiguousStorageIfAvailable(fastScalarCount) ?? scalarCount(out[k].text.utf8)
            out[k].bodyRange = offset..<(offset + length)
            offset += length
        }
        return out
    }
}

/// Scalars in UTF-8 bytes, eight bytes at a time: the bytes less the continuation bytes (10xxxxxx).
func fastScalarCount(_ p: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = p.baseAddress else { return 0 }
    let n = p.count
    var continuation = 0, i = 0
    while i + 8 <= n {
        let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
        // A continuation byte has its top bit set and the next one clear.
        let marks = (w & ~(w << 1) & 0x8080_8080_8080_8080) >> 7
        // One per continuation byte, summed by a multiply (no popcount instruction on baseline x86-64).
        continuation &+= Int((marks &* 0x0101_0101_0101_0101) >> 56)
        i &+= 8
    }
    while i < n { if base[i] & 0xC0 == 0x80 { continuation &+= 1 }; i &+= 1 }
    return n - continuation
}
