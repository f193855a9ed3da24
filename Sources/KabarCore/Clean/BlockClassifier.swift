/// Classifies every candidate block of a page as headline, lede, body, subheading, caption,
/// byline or boilerplate. Rules, in order: markup hints; line patterns (captions, bylines,
/// furniture); end-of-article markers; the headline (stated title, or the first title-like
/// line above the text); the trailing teaser run; then text versus headings by shape.
public struct BlockClassifier: Sendable {
    public init() {}

    struct Features {
        let text: String
        let folded: ASCIIFolded
        let words: Int
        let bytes: Int
        let terminal: Bool
        let titleCase: Double
        let hasInnerSentenceBreak: Bool
        let hasDate: Bool

        var isTextLike: Bool {
            if hasDate && bytes < 60 { return false }
            return (terminal && words >= 2) || bytes >= 160 || (hasInnerSentenceBreak && bytes >= 60)
        }
        var isShortHeadingLike: Bool { !terminal && words >= 1 && words <= 14 && bytes <= 110 }
    }

    /// Related-link leads printed on a line of their own, folded.
    static let relatedLeads: Set<[UInt8]> = Set(["baca juga", "baca juga:", "baca juga :", "simak juga:", "lihat juga:", "baca:",
                                                 "baca pula:"].map { Array($0.utf8) })

    public func classify(_ candidates: [BlockCandidate], statedTitle: String?) -> [Block] {
        let n = candidates.count
        guard n > 0 else { return [] }
        let f = candidates.map { Self.features($0.text) }
        var kind = [BlockKind?](repeating: nil, count: n)

        // 1. Markup hints.
        for i in 0..<n {
            switch candidates[i].hint {
            case .outsideContent:
                // Author and date lines often sit outside the text container.
                kind[i] = Self.isDatedByline(f[i]) || Self.isBylineLabel(f[i].folded, text: f[i].text) ? .byline : .boilerplate
            case .linkList: kind[i] = .boilerplate
            case .caption: kind[i] = .caption
            case .headline: kind[i] = .headline
            case .heading, .none: break
            }
        }

        // 2. Line patterns: captions and credits, bylines, furniture. Dated lines count as
        // bylines only above the text: a date under the article belongs to a teaser.
        var textStarted = false
        for i in 0..<n where kind[i] == nil {
            defer { if kind[i] == nil && f[i].isTextLike && f[i].bytes >= 100 { textStarted = true } }
            let t = f[i].folded
            if Self.isCaptionLabel(t) {
                kind[i] = .caption
                // The caption text above the label and the credit bullets below it.
                if i > 0, kind[i - 1] == nil || kind[i - 1] == .subheading, !f[i - 1].isTextLike || f[i - 1].bytes < 200 {
                    kind[i - 1] = .caption
                }
                var j = i + 1
                while j < n, f[j].text.hasPrefix("•") || f[j].folded.hasPrefix("http") || f[j].folded.hasPrefix("- ") {
                    kind[j] = .caption; j += 1
                }
            } else if Self.isBylineLabel(t, text: f[i].text) {
                kind[i] = .byline
                if f[i].folded.bytes.count <= 8, i > 0, kind[i - 1] == nil, AuthorName.looksLikeName(f[i - 1].text) {
                    kind[i - 1] = .byline   // "Danur Lambang Pristiandaru" / "Penulis"
                }
            } else if !textStarted && Self.isDatedByline(f[i]) {
                kind[i] = .byline
            } else if BoilerplateRules.matches(t, trimmed: f[i].text) {
                kind[i] = .boilerplate
                // "Baca juga:" on a line of its own: the related headline on the next line is furniture too.
                if i + 1 < n, kind[i + 1] == nil, Self.relatedLeads.contains(t.bytes), !f[i + 1].terminal, f[i + 1].bytes <= 160 {
                    kind[i + 1] = .boilerplate
                }
            } else if Self.endsWithPhotoCredit(f[i]) {
                kind[i] = .caption
            }
        }

        // A caption that is only a credit ("Sumber :", "Photo :", "• newsweek.com", a bare address) is
        // furniture, and a caption printed again shows once.
        var captionsSeen = Set<String>()
        for i in 0..<n where kind[i] == .caption {
            if Self.isCreditOnly(f[i]) || !captionsSeen.insert(f[i].text).inserted { kind[i] = .boilerplate }
        }

        // Repeated lines: a line printed twice in a row repeats its neighbour's class;
        // short lines repeated further apart are furniture (related-title lists, banners).
        // Keyed by a hash of the bytes (String hashing normalises Unicode, which is slow on long lines).
        var seen: [Int: Int] = [:]
        for i in 0..<n {
            var hasher = Hasher()
            hasher.combine(f[i].bytes)
            f[i].folded.bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
            let h = hasher.finalize()
            if let first = seen[h], f[first].text == f[i].text {
                if first == i - 1, let k = kind[first] { kind[i] = k } else if kind[i] == nil && f[i].bytes < 200 {
                    kind[i] = .boilerplate
                    if kind[first] == nil { kind[first] = .boilerplate }
                }
            } else if seen[h] == nil {
                seen[h] = i
            }
        }

        // 3. End of article: after text has started, an end marker turns the rest into furniture.
        var sawText = false
        for i in 0..<n {
            if kind[i] == nil && f[i].isTextLike { sawText = true }
            if sawText && BoilerplateRules.endsArticle(f[i].folded, trimmed: f[i].text) {
                for j in i..<n where kind[j] != .headline { kind[j] = .boilerplate }
                break
            }
        }

        // 4. Headline.
        var headlineIndex = kind.firstIndex(of: .headline)
        if headlineIndex == nil, let stated = statedTitle {
            let key = Self.comparable(stated)
            let length = stated.utf8.count
            headlineIndex = (0..<min(n, 40)).first { i in
                guard kind[i] == nil || kind[i] == .caption, abs(f[i].bytes - length) <= length / 4 + 4 else { return false }
                return Self.comparable(f[i].text) == key
            }
            if let h = headlineIndex { kind[h] = .headline }
        }
        if headlineIndex == nil && statedTitle == nil {
            // A headline line right above the byline is the headline, in sentence case too ("WHO warns
            // dengue cases on track for record year"), whatever title-like line (a masthead: "The Strait
            // Ledger") stands above it.
            for i in 0..<min(n, 20) where kind[i] == nil {
                if f[i].isTextLike && f[i].bytes >= 100 { break }
                if i + 1 < n, kind[i + 1] == .byline, !f[i].terminal, Self.looksLikeHeadline(f[i], minimumTitleCase: 0) {
                    kind[i] = .headline
                    headlineIndex = i
                    break
                }
            }
        }
        if headlineIndex == nil && statedTitle == nil {
            for i in 0..<min(n, 20) where kind[i] == nil {
                if f[i].isTextLike && f[i].bytes >= 100 { break }   // the text began: no headline on this page
                if Self.looksLikeHeadline(f[i]) {
                    kind[i] = .headline
                    headlineIndex = i
                    break
                }
            }
        }
        // Unclassified lines above the headline are page furniture.
        if let h = headlineIndex {
            for i in 0..<h where kind[i] == nil { kind[i] = f[i].isTextLike && f[i].bytes > 200 ? nil : .boilerplate }
        }

        // 5. Trailing teasers: walking back from the end, lines without a sentence end are
        // furniture (related titles, dates, site names) until the last real sentence.
        var i = n - 1
        while i >= 0 {
            if kind[i] == nil {
                if f[i].terminal || f[i].bytes >= 200 { break }
                kind[i] = .boilerplate
            }
            i -= 1
        }

        // 6. Text versus headings. Lines before the first text paragraph that are not
        // text-like are furniture; short lines followed by text are subheadings.
        let firstText = (0..<n).first { kind[$0] == nil && f[$0].isTextLike }
        for i in 0..<n where kind[i] == nil {
            if f[i].isTextLike {
                kind[i] = .body
                continue
            }
            guard let ft = firstText, i > ft else {
                kind[i] = candidates[i].hint == .heading ? .subheading : .boilerplate
                continue
            }
            var j = i + 1
            while j < n, kind[j] == .boilerplate || kind[j] == .caption { j += 1 }
            let nextIsText = j < n && (kind[j] == nil ? f[j].isTextLike : kind[j] == .body)
            if (f[i].isShortHeadingLike || candidates[i].hint == .heading) && nextIsText {
                kind[i] = .subheading
            } else if f[i].bytes >= 40 && !f[i].isShortHeadingLike {
                kind[i] = .body    // an unterminated paragraph inside the article
            } else {
                kind[i] = .boilerplate
            }
        }
        for i in 0..<n where kind[i] == .subheading && candidates[i].hint == .none {
            // A heading needs article text after it; otherwise it is a stray label.
            var j = i + 1
            while j < n, kind[j] == .boilerplate || kind[j] == .caption { j += 1 }
            if !(j < n && kind[j] == .body) { kind[i] = .boilerplate }
        }

        // A photo page has no running text: its long captions are the article.
        if !kind.contains(.body) {
            for i in 0..<n where kind[i] == .caption && f[i].bytes >= 100 { kind[i] = .body }
        }

        // 7. The lede: the first article paragraph.
        if let first = (0..<n).first(where: { kind[$0] == .body }) { kind[first] = .lede }

        return (0..<n).map { Block(kind: kind[$0] ?? .boilerplate, text: candidates[$0].text) }
    }

    // MARK: - Features

    /// Every rule reads at most the first `featurePrefix` bytes of a line (and its last bytes for
    /// the sentence end): long single-line scrapes are not copied or scanned whole.
    static let featurePrefix = 400

    static func features(_ text: String) -> Features {
        var storage = text
        return storage.withUTF8 { all in
            let total = all.count
            let orig = UnsafeBufferPointer(rebasing: all[0..<min(total, featurePrefix)])
            let folded = ASCIIFolded(bytes: orig)
            let u = folded.bytes
            var words = 0, capitalised = 0, eligible = 0
            var wordStart = -1
            var innerBreak = false

            func endWord(at k: Int) {
                let len = k - wordStart
                let first = orig[wordStart]
                if len >= 4 {
                    if isASCIIUpper(first) || isASCIIDigit(first) { capitalised += 1; eligible += 1 } else if isASCIILower(first) { eligible += 1 }
                }
                let last = u[k - 1]
                if len > 2, last == UInt8(ascii: ".") || last == UInt8(ascii: "?") || last == UInt8(ascii: "!"),
                   k + 1 < u.count, isASCIIUpper(orig[k + 1]) || orig[k + 1] == UInt8(ascii: "\"") || orig[k + 1] == 0xE2 {
                    innerBreak = true
                }
            }
            for k in 0..<u.count {
                if u[k] == 0x20 {
                    if wordStart >= 0 { endWord(at: k); wordStart = -1 }
                } else if wordStart < 0 {
                    words += 1
                    wordStart = k
                }
            }
            if wordStart >= 0 { endWord(at: u.count) }
            let tail = Array(all[max(0, total - 8)..<total])
            return Features(text: text, folded: folded, words: words, bytes: total,
                            terminal: endsSentence(tail), titleCase: eligible == 0 ? 0 : Double(capitalised) / Double(eligible),
                            hasInnerSentenceBreak: innerBreak, hasDate: total < 120 && DateFinder.firstDate(in: text) != nil)
        }
    }

    /// Ends with . ! ? … or a closing quote/bracket after one of them.
    static func endsSentence(_ u: [UInt8]) -> Bool {
        var k = u.count - 1
        while k >= 0 && u[k] == 0x20 { k -= 1 }
        guard k >= 0 else { return false }
        // Skip closing quotes: " ' ” ’ ) and their UTF-8 tails.
        var skipped = 0
        while k >= 0 && skipped < 3 {
            if u[k] == UInt8(ascii: "\"") || u[k] == UInt8(ascii: "'") || u[k] == UInt8(ascii: ")") { k -= 1; skipped += 1; continue }
            if k >= 2 && u[k - 2] == 0xE2 && u[k - 1] == 0x80 && (u[k] == 0x9D || u[k] == 0x99) { k -= 3; skipped += 1; continue }
            break
        }
        guard k >= 0 else { return false }
        let b = u[k]
        if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") { return true }
        return k >= 2 && u[k - 2] == 0xE2 && u[k - 1] == 0x80 && u[k] == 0xA6   // …
    }

    /// A headline printed above the text: 4 to 30 words starting with a capital or digit,
    /// no date, not a long sentence. Title case is not required (English sentence-case headlines).
    /// Three words do when every one is capitalised and it is no sentence ("Uji Pola Atribusi");
    /// a sentence that reports speech ("Kapolda … menyebutkan, pelaku sudah ditangkap.") is text.
    static func looksLikeHeadline(_ f: Features, minimumTitleCase: Double = 0.3) -> Bool {
        let titleOfThree = f.words == 3 && !f.terminal && f.titleCase >= 0.99
        guard f.words >= 4 || titleOfThree, f.words <= 30, f.bytes <= 250, !f.hasDate else { return false }
        if f.terminal && f.bytes > 120 { return false }
        guard let first = f.text.utf8.first, isASCIIUpper(first) || isASCIIDigit(first) || first >= 0x80 else { return false }
        if f.terminal && f.text.split(separator: " ").contains(where: { CueLexicon.speechVerbs.contains(TokenizedText.hash(String($0.lowercased().filter(\.isLetter)))) }) {
            return false
        }
        return f.titleCase >= minimumTitleCase
    }

    /// "Sumber :", "Photo:", "• newsweek.com", "http://5magazine.com": a credit with no caption text.
    static func isCreditOnly(_ f: Features) -> Bool {
        let text = f.text.trimmingPunctuationAndSpaces
        if text.isEmpty { return true }
        let t = f.folded
        if isCaptionLabel(t), let colon = f.text.firstIndex(of: ":"),
           f.text[f.text.index(after: colon)...].allSatisfy({ $0 == " " }) { return true }
        var rest = Substring(f.text)
        if rest.hasPrefix("•") { rest = rest.dropFirst().drop { $0 == " " } }
        let word = rest.split(separator: " ")
        guard word.count == 1, let only = word.first else { return false }
        let lower = only.lowercased()
        return lower.hasPrefix("http") || lower.hasPrefix("www.") || Dateline.looksLikeDomain(String(lower))
            || lower.hasSuffix(".org") || lower.hasSuffix(".co.uk")
    }

    static func isCaptionLabel(_ t: ASCIIFolded) -> Bool {
        guard t.bytes.count <= 120 else { return false }
        for p in ["photo :", "photo:", "foto :", "foto:", "sumber :", "sumber:", "source :", "source:", "ilustrasi",
                  "credit:", "kredit:", "(foto:", "(foto :", "dok.", "(dok"] where t.hasPrefix(p) { return true }
        return false
    }

    static func isBylineLabel(_ t: ASCIIFolded, text: String) -> Bool {
        let b = t.bytes.count
        if b <= 14, let key = t.key, ["penulis", "reporter", "editor", "penyunting", "kontributor", "pewarta"].contains(key) {
            return true
        }
        guard b <= 100 else { return false }
        for p in ["penulis:", "penulis :", "reporter:", "reporter :", "oleh:", "oleh :", "pewarta:", "pewarta :",
                  "by ", "kontributor:", "editor:", "editor :", "penyunting:"] where t.hasPrefix(p) { return true }
        return false
    }

    /// "Kompas.com - 08/08/2022, 23:31 WIB", "Marcheilla Ariesta • 18 Oktober 2024 13:11",
    /// "Rabu, 18 Jun 2025 13:15 WIB": a short line that is mostly a date.
    static func isDatedByline(_ f: Features) -> Bool {
        guard f.hasDate, f.bytes <= 100, f.words <= 12 else { return false }
        return !f.terminal || f.bytes < 60
    }

    /// A caption ending in a photo credit: "… ke Rusia. (AFP)", "(ANTARA FOTO/Galih Pradipta)".
    static func endsWithPhotoCredit(_ f: Features) -> Bool {
        guard f.bytes <= 300, f.folded.bytes.last == UInt8(ascii: ")"),
              let open = f.folded.bytes.lastIndex(of: UInt8(ascii: "(")) else { return false }
        let inner = ASCIIFolded(bytes: f.folded.bytes[(open + 1)..<(f.folded.bytes.count - 1)])
        for credit in ["afp", "reuters", "ap", "ap photo", "antara", "antara foto", "getty", "getty images", "istimewa",
                       "dok", "dok.", "foto", "shutterstock", "epa", "xinhua", "anadolu", "tangkapan layar"] {
            if inner.bytes.elementsEqual(credit.utf8) || inner.hasPrefix(credit + "/") || inner.hasPrefix(credit + " ")
                || inner.hasPrefix(credit + ":") { return true }
        }
        return false
    }

    /// Letters and digits only, lowercased: for comparing a stated title with a page line.
    static func comparable(_ s: String) -> String {
        var out = [UInt8]()
        for b in s.utf8 where isASCIIAlnum(b) || b >= 0x80 { out.append(isASCIIUpper(b) ? b | 0x20 : b) }
        return String(decoding: out, as: UTF8.self)
    }
}
