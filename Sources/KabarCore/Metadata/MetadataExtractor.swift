/// Describes an article from its classified blocks and whatever the container stated:
/// outlet, headline, publication date, author, dateline place and language.
struct MetadataExtractor {
    struct Result {
        var outlet: String?
        var title: String?
        var titleInferred = false
        var published: PublishedDate?
        var author: String?
        var dateline: Dateline?
        /// Index in `blocks` of the paragraph that opens with the dateline.
        var datelineBlock: Int?
        var language: Language = .indonesian
    }

    func extract(blocks: [Block], stated: StatedMetadata, body: String) -> Result {
        var r = Result()
        let ledeIndex = blocks.firstIndex { $0.kind == .lede }
        let textBlocks = blocks.indices.filter { blocks[$0].kind.isArticleText }

        // Dateline: in the lede, or the first body paragraph after a deck.
        for i in textBlocks.prefix(3) {
            if let d = Dateline.parse(blocks[i].text) { r.dateline = d; r.datelineBlock = i; break }
        }

        r.outlet = outlet(blocks: blocks, stated: stated, dateline: r.dateline)
        r.published = published(blocks: blocks, stated: stated, textBlocks: textBlocks)
        r.author = author(blocks: blocks, stated: stated)
        r.language = LanguageGuesser.guess(body.isEmpty ? blocks.map(\.text).joined(separator: " ") : body)

        // Headline: the page's own headline line, else a stated title that is not a section name,
        // else the lede's first sentence (marked inferred).
        let statedTitle = stated.title.map(cleanStatedTitle)
        if let h = blocks.first(where: { $0.kind == .headline }) {
            // An <h1> cut short by markup ("Suspect caught in US black") yields to the fuller stated title.
            if let t = statedTitle, t.utf8.count > h.text.utf8.count, t.hasPrefix(h.text) { r.title = t } else { r.title = h.text }
        } else if let t = statedTitle, isUsableTitle(t) {
            r.title = t
        } else if let l = ledeIndex {
            var text = blocks[l].text
            if let d = Dateline.parse(text) { text = String(decoding: Array(text.utf8)[d.length...], as: UTF8.self) }
            r.title = firstSentence(text)
            r.titleInferred = true
        }
        return r
    }

    func outlet(blocks: [Block], stated: StatedMetadata, dateline: Dateline?) -> String? {
        if let o = stated.outlet { return OutletCatalog.canonical(o) ?? o }
        if let url = stated.url, let o = OutletCatalog.outlet(forURL: url) { return o }
        if let o = dateline?.outlet { return o }
        if let site = stated.siteName { return OutletCatalog.canonical(site) ?? site }
        // Brand mentions in bylines and furniture ("Kompas.com - 08/08/2022", "Ikuti media sosial medcom.id").
        var counts: [String: Int] = [:]
        for b in blocks where !b.kind.isArticleText && b.text.utf8.count < 400 {
            if let o = OutletCatalog.brand(in: ASCIIFolded(b.text)) { counts[o, default: 0] += 1 }
        }
        if let best = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) { return best.key }
        // "Kabar Tanjung - 12/03/2026, 22:40 WITA": a byline naming the outlet before the date.
        for b in blocks where b.kind == .byline {
            if let name = outletBeforeDate(b.text) { return name }
        }
        // "Copyright © 2023 - Repelita.net | All Right Reserved", "© 2026 Lintas Kawi".
        for b in blocks.reversed() where b.kind == .boilerplate {
            if let name = copyrightHolder(b.text) { return OutletCatalog.canonical(name) ?? name }
        }
        // "MOSCOW (Reuters) -" with no other evidence: the agency's own copy.
        return dateline?.agency ?? dateline?.domainOutlet
    }

    func outletBeforeDate(_ line: String) -> String? {
        let u = Array(line.utf8)
        guard let dash = ASCIIFolded(bytes: u).firstIndex(of: " - "), dash > 2, dash < 40 else { return nil }
        let name = String(decoding: u[..<dash], as: UTF8.self).trimmedASCII
        let rest = String(decoding: u[(dash + 3)...], as: UTF8.self)
        guard DateFinder.firstMatch(in: rest) != nil, !AuthorName.looksLikeName(name) || name.wordCount <= 3 else { return nil }
        if let known = OutletCatalog.canonical(name) { return known }
        return Dateline.looksLikeDomain(name) ? Dateline.prettyDomain(name) : name
    }

    func copyrightHolder(_ line: String) -> String? {
        guard line.utf8.count < 200, let sign = line.range(of: "©") ?? line.range(of: "(c)") ?? line.range(of: "Copyright") else { return nil }
        var rest = Substring(line[sign.upperBound...])
        // Drop "Copyright", the year and separators.
        rest = rest.drop { $0 == " " || $0 == "©" || $0.isNumber || $0 == "-" || $0 == "–" || $0 == "," }
        if rest.lowercased().hasPrefix("copyright") { rest = rest.dropFirst(9).drop { $0 == " " || $0 == "©" || $0.isNumber || $0 == "-" } }
        if let bar = rest.firstIndex(where: { $0 == "|" || $0 == "," }) { rest = rest[..<bar] }
        if let stop = rest.range(of: ". ") { rest = rest[..<stop.lowerBound] }
        for suffix in ["All Right Reserved", "All Rights Reserved", "Hak cipta dilindungi undang-undang"] {
            if let r = rest.range(of: suffix, options: .caseInsensitive) { rest = rest[..<r.lowerBound] }
        }
        var name = String(rest).trimmingPunctuationAndSpaces
        if Dateline.looksLikeDomain(name) { name = OutletCatalog.canonical(name) ?? Dateline.prettyDomain(name) }
        guard !name.isEmpty, name.utf8.count <= 40, name.wordCount <= 5 else { return nil }
        return name
    }

    func published(blocks: [Block], stated: StatedMetadata, textBlocks: [Int]) -> PublishedDate? {
        if let s = stated.date, let d = DateFinder.firstDate(in: s) {
            // Record dates without a zone are local Indonesian time (WIB) in the corpora kabar reads.
            return d
        }
        // A byline line: "Kompas.com - 08/08/2022, 23:31 WIB", "Marcheilla Ariesta • 18 Oktober 2024 13:11".
        for b in blocks where b.kind == .byline {
            if let d = DateFinder.firstDate(in: b.text) { return d }
        }
        // The dated attribution in the first paragraphs: "Dilansir …, Rabu (10/8/2022)",
        // "dikutip dari Independent, Selasa, 9 Agustus 2022". Never boilerplate (teaser dates).
        for i in textBlocks.prefix(5) {
            // The attribution sits early in its paragraph; single-line scrapes hold whole articles.
            let head = blocks[i].text.utf8.count > 600 ? String(decoding: blocks[i].text.utf8.prefix(600), as: UTF8.self) : blocks[i].text
            if let m = DateFinder.allMatches(in: head).first(where: { $0.hasWeekday }) { return m.date }
        }
        return nil
    }

    func author(blocks: [Block], stated: StatedMetadata) -> String? {
        if let a = stated.author {
            // Publishers put their own name in author meta ("Kompas Cyber Media", "Liputan6.com").
            let f = ASCIIFolded(a)
            let isPublisher = OutletCatalog.brand(in: f) != nil || OutletCatalog.canonical(a) != nil || f.containsWord("media")
                || f.contains(".com") || f.containsWord("redaksi")
            if !isPublisher { return AuthorName.fromLabelled(a) ?? (a.utf8.count <= 80 ? a : nil) }
        }
        for (i, b) in blocks.enumerated() where b.kind == .byline {
            let lower = b.text.lowercased()
            if ["penulis", "reporter", "pewarta", "kontributor"].contains(lower.trimmingPunctuationAndSpaces), i > 0,
               blocks[i - 1].kind == .byline, AuthorName.looksLikeName(blocks[i - 1].text) {
                return blocks[i - 1].text
            }
            if let name = AuthorName.fromLabelled(b.text), lower.hasPrefix("penulis") || lower.hasPrefix("reporter")
                || lower.hasPrefix("oleh") || lower.hasPrefix("by ") || lower.hasPrefix("pewarta") || lower.hasPrefix("kontributor") {
                return name
            }
            // "Marcheilla Ariesta • 18 Oktober 2024 13:11"
            if let bullet = b.text.range(of: "•") ?? b.text.range(of: " | ") {
                let name = String(b.text[..<bullet.lowerBound]).trimmedASCII
                if AuthorName.looksLikeName(name), OutletCatalog.canonical(name) == nil { return name }
            }
        }
        return nil
    }

    func cleanStatedTitle(_ t: String) -> String {
        // Site suffixes: " | tempo.co", " - Kompas.com Regional", " - ANTARA News", " :: Okezone News".
        var bytes = Array(t.utf8)
        for sep in [" | ", " - ", " :: ", " \u{2013} "] {
            let folded = ASCIIFolded(bytes: bytes)
            guard let at = folded.lastIndex(of: sep) else { continue }
            let tail = ASCIIFolded(bytes: bytes[(at + sep.utf8.count)...])
            if OutletCatalog.brand(in: tail) != nil || tail.contains(".com") || tail.contains(".co") || tail.contains("news")
                || tail.contains("online") || tail.contains(" :: ") {
                bytes.removeSubrange(at...)
            }
        }
        return String(decoding: bytes, as: UTF8.self).trimmedASCII
    }

    /// Republika's 2015 records carry the section name ("Ekonomi", "News") as the title.
    func isUsableTitle(_ t: String) -> Bool {
        t.wordCount >= 3
    }

    func firstSentence(_ text: String) -> String {
        let u = Array(text.utf8)
        var end = u.count
        var i = 20
        while i < u.count - 1 {
            if (u[i] == UInt8(ascii: ".") || u[i] == UInt8(ascii: "?") || u[i] == UInt8(ascii: "!")) && u[i + 1] == 0x20 {
                end = i + 1; break
            }
            i += 1
        }
        var sentence = String(decoding: u[0..<end], as: UTF8.self)
        if sentence.count > 120 {
            let cut = sentence.prefix(117)
            sentence = (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
        }
        return sentence
    }
}
