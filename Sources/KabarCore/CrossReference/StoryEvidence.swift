/// What besides shared words says two articles report one event: the people they quote and how
/// far apart they were published. Measured on the judged bench stories
/// (`Fixtures/xref/bench-stories.tsv`): pairs quoting a common speaker are mostly one event; a
/// piece quoting nobody (an explainer, a feature, a preview) never was, nor mostly were two
/// reports quoting only different people (another actor's reaction) or two or more days apart
/// (a saga's later development).
struct StoryEvidence: Sendable {
    /// Added to the cosine when the two articles quote a common speaker.
    static let sharedSpeakerBonus: Float = 0.2
    /// Taken off when either article quotes nobody.
    static let noSpeakerPenalty: Float = 0.1
    /// Taken off when both quote people but no one in common (another actor's reaction).
    static let otherSpeakersPenalty: Float = 0.05
    /// Taken off when the two are published two or more days apart.
    static let laterDayPenalty: Float = 0.1
    /// Taken off, besides, when they are more than a day apart by the clock or either is undated:
    /// on the judged bench stories such pairs were one event 17 times in 46 (same-day pairs 77 in
    /// 92), and undated pairs once in 9.
    static let dayApartPenalty: Float = 0.1

    /// Per article: hashes of the words of its claims' speakers, sorted ("asep", "guntur",
    /// "rahayu"), so "Asep Guntur" and "Asep Guntur Rahayu" meet; empty when it quotes nobody.
    let speakerWords: [[UInt64]]
    /// Per article: hashes of the capitalised words of its speakers' names and roles that name a
    /// body rather than a post or a place ("Bareskrim", "KPK"), sorted: two reports quoting
    /// different people of one body ("Kabareskrim Polri" and a director of Bareskrim) are no
    /// other actor's reaction.
    let sideWords: [[UInt64]]
    let days: [Int?]
    /// Minutes since 1970 in UTC (a page with no zone read as WIB, with no time as midnight).
    let minutes: [Int?]

    /// Per undated article: the latest day its body names ("pada 3-10 Oktober 2025"), before
    /// which it cannot have been written. Nil for dated articles.
    let notBefore: [Int?]
    /// Per article: the names its title gives (capitalised words its opening also writes capitalised
    /// inside a sentence: "Pekanbaru", "Seagull"), sorted.
    let titleNames: [[UInt64]]

    /// - Parameter named: the articles whose titles' names are read (those in a candidate pair); all when nil.
    init(_ articles: [Article], named: Set<Int>? = nil) {
        speakerWords = articles.map(Self.speakerWords)
        sideWords = articles.map(Self.sideWords)
        days = articles.map { $0.published?.dayNumber }
        titleNames = articles.indices.map { named?.contains($0) ?? true ? Self.titleNames(articles[$0]) : [] }
        notBefore = articles.map { a in
            a.published == nil ? DateFinder.allMatches(in: a.body, limit: 64).map(\.date.dayNumber).max() : nil
        }
        minutes = articles.map { a in
            a.published.map { p in p.dayNumber * 1440 + (p.hour ?? 0) * 60 + (p.minute ?? 0) - (p.utcOffsetMinutes ?? 420) }
        }
    }

    /// False when one article is undated and names a day more than `gap` days after the other's
    /// publication: a digest of October's surveys is no part of a June story.
    func datesAllow(_ i: Int, _ j: Int, gap: Int) -> Bool {
        if let n = notBefore[i], let d = days[j], d < n - gap { return false }
        if let n = notBefore[j], let d = days[i], d < n - gap { return false }
        return true
    }

    /// Name words too common to tie two speakers together.
    static let commonNameWords: Set<UInt64> = Set(["bin", "binti", "van", "der", "von", "muhammad", "muhamad", "mohammad",
                                                   "mohamad", "ahmad", "abdul", "siti", "nur", "dan", "the"].map(TokenizedText.hash))

    static func speakerWords(_ article: Article) -> [UInt64] {
        var words = Set<UInt64>()
        for claim in article.claims {
            guard let speaker = claim.speaker else { continue }
            ByteWords.forEach(in: speaker) { word in
                if word.count >= 3 {
                    let h = ByteWords.hash(word)
                    if !commonNameWords.contains(h) { words.insert(h) }
                }
                return true
            }
        }
        return words.sorted()
    }

    static func sideWords(_ article: Article) -> [UInt64] {
        var words = Set<UInt64>()
        for claim in article.claims where claim.speaker != nil {
            for text in [claim.speaker, claim.role].compactMap({ $0 }) {
                for w in WordSpans.of(text) where w.isCapitalized && !w.isNumber && w.range.count >= 3 {
                    let h = w.hash
                    if !CueLexicon.roleWords.contains(h), !CueLexicon.institutionWords.contains(h), !CueLexicon.places.contains(h),
                       !CueLexicon.affiliationHeads.contains(h), !commonNameWords.contains(h) { words.insert(h) }
                }
            }
        }
        return words.sorted()
    }

    /// Taken off when each title names someone or somewhere the other article's title and opening never
    /// mention (haze in Pekanbaru and haze in Jambi; one car model and another).
    static let otherNamesPenalty: Float = 0.1

    /// The names of an article's title: its capitalised words but the first that the body's opening
    /// (about 250 words) writes capitalised inside a sentence and never in lowercase.
    static func titleNames(_ article: Article) -> [UInt64] {
        guard let title = article.title, !article.titleInferred else { return [] }
        let words = WordSpans.of(title)
        guard words.dropFirst().contains(where: { $0.isCapitalized && !$0.isNumber && $0.range.count >= 3 }) else { return [] }
        let opening = String(article.body.unicodeScalars.prefix(1800))
        let names = NumberDiscrepancyFinder.capitalisedInside(WordSpans.of(opening), Array(opening.unicodeScalars))
        var result = Set<UInt64>()
        for w in words.dropFirst() where w.isCapitalized && !w.isNumber && w.range.count >= 3
            && names.contains(w.hash) && !TermCounter.stopwords.contains(w.hash) { result.insert(w.hash) }
        return result.sorted()
    }

    /// True when each article's title names someone or somewhere absent from the other's title and
    /// opening (`terms`: the other's story terms, sorted).
    func namesApart(_ i: Int, _ j: Int, terms: (Int) -> [UInt64]) -> Bool {
        func absent(_ names: [UInt64], from k: Int) -> Bool {
            let t = terms(k)
            return names.contains { name in
                var lo = 0, hi = t.count
                while lo < hi { let m = (lo + hi) / 2; if t[m] < name { lo = m + 1 } else { hi = m } }
                return lo >= t.count || t[lo] != name
            }
        }
        return absent(titleNames[i], from: j) && absent(titleNames[j], from: i)
    }

    /// The pair's score: its cosine with the evidence added and taken off (`terms`: each article's
    /// story terms, sorted, for the names of the titles).
    func score(_ i: Int, _ j: Int, cosine: Float, terms: ((Int) -> [UInt64])? = nil) -> Float {
        var s = cosine
        if let terms, namesApart(i, j, terms: terms) { s -= Self.otherNamesPenalty }
        let a = speakerWords[i], b = speakerWords[j]
        if a.isEmpty || b.isEmpty {
            s -= Self.noSpeakerPenalty
        } else if Self.meet(a, b) {
            s += Self.sharedSpeakerBonus
        } else if !Self.meet(sideWords[i], sideWords[j]) {
            s -= Self.otherSpeakersPenalty
        }
        if let x = days[i], let y = days[j], abs(x - y) >= 2 { s -= Self.laterDayPenalty }
        if let x = minutes[i], let y = minutes[j] {
            if abs(x - y) > 24 * 60 { s -= Self.dayApartPenalty }
        } else {
            s -= Self.dayApartPenalty
        }
        return s
    }

    static func meet(_ a: [UInt64], _ b: [UInt64]) -> Bool {
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { return true }
            if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return false
    }
}
