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
    let days: [Int?]
    /// Minutes since 1970 in UTC (a page with no zone read as WIB, with no time as midnight).
    let minutes: [Int?]

    /// Per undated article: the latest day its body names ("pada 3-10 Oktober 2025"), before
    /// which it cannot have been written. Nil for dated articles.
    let notBefore: [Int?]

    init(_ articles: [Article]) {
        speakerWords = articles.map(Self.speakerWords)
        days = articles.map { $0.published?.dayNumber }
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

    /// The pair's score: its cosine with the evidence added and taken off.
    func score(_ i: Int, _ j: Int, cosine: Float) -> Float {
        var s = cosine
        let a = speakerWords[i], b = speakerWords[j]
        if a.isEmpty || b.isEmpty {
            s -= Self.noSpeakerPenalty
        } else if Self.meet(a, b) {
            s += Self.sharedSpeakerBonus
        } else {
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
