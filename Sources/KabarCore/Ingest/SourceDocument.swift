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
            // The candidates that open a line after a blank one: no sentence runs across a blank line.
            var afterBlank = Set<Int>()
            var blank = false
            var lineStart = 0
            for i in 0...u.count where i == u.count || u[i] == 0x0A {
                let line = lineStart..<i
                lineStart = i + 1
                guard line.contains(where: { u[$0] != 0x20 && u[$0] != 0x0D && u[$0] != 0x09 }) else { blank = true; continue }
                if blank { afterBlank.insert(result.count); blank = false }
                for paragraph in InlineMarkers.splitReportLead(u, line).flatMap({ InlineMarkers.splitParagraphs(u, $0) }) {
                    for piece in InlineMarkers.split(u, paragraph).flatMap({ RelatedLinkMarkers.split(u, $0) }) {
                        if let block = cleanedString(u, piece) { result.append(BlockCandidate(text: block)) }
                    }
                }
            }
            return joiningLinkBreaks(result, afterBlank: afterBlank)
        }
    }

    /// "… belum ada laporan pengaduan ke" / "Kejagung" / "terkait potensi …", "Gubernur" / "Jakarta" /
    /// "Pramono Anung" / "yakin dapat memenuhi putusan" / "Mahkamah Konstitusi" / "(MK) yang …":
    /// scrapers put every linked name on a line of its own, cutting its sentence in pieces. A line with
    /// no sentence end, the short lines with none after it (one to four words), then a line that goes
    /// on with the sentence (a lowercase letter, or "," "." ")" "(" first) are one paragraph again.
    /// A line in capitals ("ADVERTISEMENT", "JAKARTA") or opening in lowercase on its own (a tag list
    /// at the end: "thomas tuchel" / "timnas inggris") starts no such paragraph.
    /// The most short lines in a row one sentence is rejoined over.
    static let maximumFragments = 12

    static func joiningLinkBreaks(_ blocks: [BlockCandidate], afterBlank: Set<Int> = []) -> [BlockCandidate] {
        guard blocks.count >= 2 else { return blocks }
        func isOpen(_ s: String) -> Bool {
            let u = s.utf8
            guard let last = u.last else { return false }
            // A quotation closed after a comma goes on with its cue ("…tourism),\"" / "kata Azril …").
            let scalars = s.unicodeScalars
            if last == 0x22 || scalars.last == "”", scalars.count >= 2, scalars[scalars.index(scalars.endIndex, offsetBy: -2)] == "," { return true }
            // ")" ends a line that is all in brackets ("(adp/bay)"), not "… lokal (community based tourism)".
            if last == 0x29 { return u.first != 0x28 }
            // . ! ? : ; " and the closing curly marks end a line.
            if last == 0x2E || last == 0x21 || last == 0x3F || last == 0x3A || last == 0x3B || last == 0x22 { return false }
            if let scalar = scalars.last, scalar == "”" || scalar == "’" || scalar == "…" { return false }
            return true
        }
        func goesOn(_ s: String) -> Bool {
            guard let first = s.utf8.first else { return false }
            return (first >= 0x61 && first <= 0x7A) || first == 0x2C || first == 0x2E || first == 0x29 || first == 0x28 || first == 0x3B
        }
        func inCapitals(_ s: String) -> Bool {
            var letters = 0
            for b in s.utf8 {
                if b >= 0x61 && b <= 0x7A { return false }
                if b >= 0x41 && b <= 0x5A { letters += 1 }
            }
            return letters >= 2
        }
        // Page furniture ("img_title", "(FJR)", "Cek Berita dan Artikel yang lain di") is joined to nothing.
        func isFurniture(_ b: BlockCandidate) -> Bool { BoilerplateRules.matches(ASCIIFolded(b.text), trimmed: b.text) }
        func isFragment(_ b: BlockCandidate) -> Bool {
            guard b.hint == .none, b.text.utf8.count <= 48, isOpen(b.text), !inCapitals(b.text), !isFurniture(b) else { return false }
            var words = 1
            for c in b.text.utf8 where c == 0x20 { words += 1; if words > 4 { return false } }
            return true
        }
        func canStart(_ b: BlockCandidate) -> Bool {
            guard b.hint == .none, isOpen(b.text), let first = b.text.utf8.first, first < 0x61 || first > 0x7A,
                  !goesOn(b.text) else { return false }
            return !inCapitals(b.text)
        }
        // The pieces of a paragraph, each with the space before it or none ("(" / "pilot project" / ") yang").
        func joined(_ pieces: [String]) -> String {
            var bytes: [UInt8] = []
            for (k, piece) in pieces.enumerated() {
                if k > 0 {
                    let noSpace = piece.utf8.first.map { $0 == 0x2C || $0 == 0x2E || $0 == 0x29 || $0 == 0x3B } == true || bytes.last == 0x28
                    if !noSpace { bytes.append(0x20) }
                }
                bytes.append(contentsOf: piece.utf8)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var result: [BlockCandidate] = []
        result.reserveCapacity(blocks.count)
        var i = 0
        while i < blocks.count {
            // The line after "Baca juga:" is a link's title, whatever follows it.
            let afterLinkLabel = i > 0 && blocks[i - 1].text.utf8.last == 0x3A && isFurniture(blocks[i - 1])
            guard !afterLinkLabel, canStart(blocks[i]) else { result.append(blocks[i]); i += 1; continue }
            var end = i
            // The short open lines after it, then the line they run into; again while the sentence is still open.
            // (At most `maximumFragments` short lines in a row: a link cut leaves a few, and a file of
            // thousands of short lines is read once, not once per line.)
            // (A paragraph ending in ")" is open unless it is all in brackets: its first line's first mark decides.)
            while blocks[end].text.utf8.last == 0x29 ? blocks[i].text.utf8.first != 0x28 : isOpen(blocks[end].text) {
                var j = end + 1
                while j < blocks.count, j - end <= Self.maximumFragments, !afterBlank.contains(j), isFragment(blocks[j]) { j += 1 }
                var last = j < blocks.count && !afterBlank.contains(j) && blocks[j].hint == .none && goesOn(blocks[j].text)
                    && !isFurniture(blocks[j]) ? j : end
                if last == end { last = (end + 1..<j).last(where: { goesOn(blocks[$0].text) }) ?? end }
                guard last > end else { break }
                end = last
            }
            // Furniture is read for last, on the few lines that would start a paragraph (the check is the slow one).
            if end > i, isFurniture(blocks[i]) { end = i }
            result.append(end == i ? blocks[i] : BlockCandidate(text: joined(blocks[i...end].map(\.text))))
            i = end + 1
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
