/// What a reader hands to the article builder: sanitised page text split into candidate
/// blocks, plus whatever metadata the container stated (record fields, HTML meta tags).
public struct SourceDocument: Sendable {
    public var id: String
    public var path: String
    public var format: SourceFormat
    public var blocks: [BlockCandidate]
    public var stated: StatedMetadata

    public init(id: String, path: String, format: SourceFormat, blocks: [BlockCandidate], stated: StatedMetadata) {
        self.id = id
        self.path = path
        self.format = format
        self.blocks = blocks
        self.stated = stated
    }
}

/// A line or paragraph before classification, with what its markup said about it.
public struct BlockCandidate: Sendable, Hashable {
    public enum Hint: Sendable, Hashable {
        case none
        /// `<h1>` inside the article's main content.
        case headline
        /// `<h2>`…`<h4>` inside the main content.
        case heading
        /// `<figcaption>` or an element whose class says caption.
        case caption
        /// Outside the page's main content, or in navigation, footer, comments, share bars.
        case outsideContent
        /// Mostly link text.
        case linkList
    }

    public var text: String
    public var hint: Hint

    public init(text: String, hint: Hint = .none) {
        self.text = text
        self.hint = hint
    }
}

/// Metadata a container states outright (JSON fields, HTML `<meta>` tags).
public struct StatedMetadata: Sendable, Hashable {
    public var title: String?
    public var url: String?
    public var date: String?
    public var outlet: String?
    public var siteName: String?
    public var author: String?
    public var language: String?

    public init(title: String? = nil, url: String? = nil, date: String? = nil, outlet: String? = nil,
                siteName: String? = nil, author: String? = nil, language: String? = nil) {
        // Metadata fields are one line: a newline in a record's field would forge a row of output.
        func line(_ s: String?) -> String? {
            guard let s else { return nil }
            guard s.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 >= 0xC2 }) else { return s }
            let clean = Sanitizer.oneLine(s).collapsingSpaces
            return clean.isEmpty ? nil : clean
        }
        self.title = line(title)
        self.url = line(url)
        self.date = line(date)
        self.outlet = line(outlet)
        self.siteName = line(siteName)
        self.author = line(author)
        self.language = line(language)
    }
}

extension BlockCandidate {
    /// Splits sanitised plain text into candidate blocks: one per non-blank line; a line that
    /// glues paragraphs with double spaces after a sentence end (old single-line scrapes) is
    /// split there; inline markers such as "ADVERTISEMENT" become blocks of their own.
    /// One pass over byte ranges; each block's text is trimmed and its space runs collapsed.
    static func lines(of text: String) -> [BlockCandidate] {
        var text = text
        return text.withUTF8 { u in
            var result: [BlockCandidate] = []
            var lineStart = 0
            for i in 0...u.count where i == u.count || u[i] == 0x0A {
                let line = lineStart..<i
                lineStart = i + 1
                guard !line.isEmpty else { continue }
                for paragraph in InlineMarkers.splitReportLead(u, line).flatMap({ InlineMarkers.splitParagraphs(u, $0) }) {
                    for piece in InlineMarkers.split(u, paragraph).flatMap({ RelatedLinkMarkers.split(u, $0) }) {
                        if let block = cleanedString(u, piece) { result.append(BlockCandidate(text: block)) }
                    }
                }
            }
            return joiningLinkBreaks(result)
        }
    }

    /// "… belum ada laporan pengaduan ke" / "Kejagung" / "terkait potensi …": scrapers put a linked
    /// name on a line of its own, cutting its sentence in three. A line ending in a lowercase word, a
    /// short line of one to four words with no full stop, then a line starting in lowercase are one
    /// paragraph again.
    static func joiningLinkBreaks(_ blocks: [BlockCandidate]) -> [BlockCandidate] {
        guard blocks.count >= 3 else { return blocks }
        func endsInLowercaseWord(_ s: String) -> Bool {
            guard let last = s.utf8.last else { return false }
            return last >= 0x61 && last <= 0x7A
        }
        func startsLowercase(_ s: String) -> Bool {
            guard let first = s.utf8.first else { return false }
            return first >= 0x61 && first <= 0x7A
        }
        func isLinkText(_ s: String) -> Bool {
            guard s.utf8.count <= 48, let first = s.unicodeScalars.first, first.properties.isUppercase else { return false }
            var words = 1
            for b in s.utf8 {
                if b == 0x20 { words += 1 }
                if b == 0x2E || b == 0x3A || b == 0x3F || b == 0x21 || b == 0x22 { return false }
            }
            return words <= 4
        }
        var result: [BlockCandidate] = []
        result.reserveCapacity(blocks.count)
        var i = 0
        while i < blocks.count {
            var block = blocks[i]
            while i + 2 < blocks.count, block.hint == .none, blocks[i + 1].hint == .none, blocks[i + 2].hint == .none,
                  endsInLowercaseWord(block.text), isLinkText(blocks[i + 1].text), startsLowercase(blocks[i + 2].text) {
                block = BlockCandidate(text: block.text + " " + blocks[i + 1].text + " " + blocks[i + 2].text)
                i += 2
            }
            result.append(block)
            i += 1
        }
        return result
    }

    /// The range's text without surrounding spaces and with runs of spaces collapsed; nil when blank.
    static func cleanedString(_ u: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        var s = range.lowerBound, e = range.upperBound
        while s < e && u[s] == 0x20 { s += 1 }
        while e > s && u[e - 1] == 0x20 { e -= 1 }
        guard s < e else { return nil }
        // "kepadaRaja Salman": words a scrape glued at a link are two again.
        if let spaced = GluedWords.spaced(u, s..<e) {
            return spaced.withUnsafeBufferPointer { cleanedString($0, 0..<$0.count) }
        }
        var double = false
        var k = s + 1
        while k < e { if u[k] == 0x20 && u[k - 1] == 0x20 { double = true; break }; k += 1 }
        if !double { return String(decoding: UnsafeBufferPointer(rebasing: u[s..<e]), as: UTF8.self) }
        var out = [UInt8]()
        out.reserveCapacity(e - s)
        var lastSpace = false
        for k in s..<e {
            let b = u[k]
            if b == 0x20 { if !lastSpace { out.append(b) }; lastSpace = true } else { out.append(b); lastSpace = false }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
