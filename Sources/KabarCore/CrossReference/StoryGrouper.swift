import Foundation

/// Groups articles into stories (one event each) without comparing all pairs: an inverted index
/// over the rarer words of each article's title and opening proposes candidate pairs, which are
/// kept when their tf-idf cosine reaches `threshold` and their dates lie at most `maxDayGap`
/// days apart; each kept pair is scored with the evidence of `StoryEvidence` (a common speaker,
/// a piece quoting nobody, days apart), and stories are grouped by average linkage over those
/// scores. Articles should come with their claims extracted: one without claims counts as
/// quoting nobody.
public struct StoryGrouper: Sendable {
    public var threshold: Float
    public var maxDayGap: Int
    /// Words of the body read after the title.
    public var openingWords: Int
    /// Words found in more articles than this are too common to propose candidates.
    public var maxPostings: Int

    /// One report per outlet in a story: an outlet's follow-ups on the same event (a new angle, a
    /// later development) start stories of their own, so a story lines up comparable reports.
    public var oneArticlePerOutlet: Bool

    /// The whole collection's word counts when these articles are a part of it (`CollectionRarity`).
    public var rarity: CollectionRarity?

    public init(threshold: Float = 0.2, maxDayGap: Int = 3, openingWords: Int = 250, maxPostings: Int = 40,
                oneArticlePerOutlet: Bool = true) {
        self.threshold = threshold
        self.oneArticlePerOutlet = oneArticlePerOutlet
        self.maxDayGap = maxDayGap
        self.openingWords = openingWords
        self.maxPostings = maxPostings
    }

    /// Pairs (i < j) whose similarity passes, with their cosine.
    public func similarPairs(_ articles: [Article]) -> [(Int, Int, Float)] { scoredPairs(articles).pairs }

    func scoredPairs(_ articles: [Article]) -> (pairs: [(Int, Int, Float)], vectors: [TermVector]) {
        let counts = articles.map { TermCounter.counts(title: $0.title, body: $0.body, openingWords: openingWords) }
        var df: [UInt64: Int32] = [:]
        for c in counts { for term in c.keys { df[term, default: 0] += 1 } }
        if let rarity {
            for (term, d) in df { if let whole = rarity.storyTerms[term] { df[term] = max(d, whole) } }
        }
        // Twenty imagined articles that share none of these words keep a small collection (one story
        // told by eight outlets) from weighing its own story words at zero.
        let n = Float(max(articles.count, rarity?.articles ?? 0) + 20)
        let vectors: [TermVector] = counts.map { c in
            var pairs = c.map { (term, tf) -> (UInt64, Float) in
                (term, (1 + log(tf)) * log(n / Float(df[term] ?? 1)))
            }
            pairs.sort { $0.0 < $1.0 }
            let norm = sqrt(pairs.reduce(0) { $0 + $1.1 * $1.1 })
            return TermVector(terms: pairs.map(\.0), weights: pairs.map { norm > 0 ? $0.1 / norm : 0 })
        }
        // Postings of the words shared by a few articles only.
        var postings: [UInt64: [Int32]] = [:]
        for (k, c) in counts.enumerated() {
            for term in c.keys {
                let d = df[term] ?? 0
                if d >= 2 && Int(d) <= maxPostings { postings[term, default: []].append(Int32(k)) }
            }
        }
        let days = articles.map { $0.published?.dayNumber }
        var result: [(Int, Int, Float)] = []
        var shared = [Int32](repeating: 0, count: articles.count)
        var touched: [Int] = []
        for (i, c) in counts.enumerated() {
            for term in c.keys {
                guard let list = postings[term] else { continue }
                for j in list where Int(j) > i {
                    if shared[Int(j)] == 0 { touched.append(Int(j)) }
                    shared[Int(j)] += 1
                }
            }
            for j in touched {
                // Two shared rare words at least, then the full cosine.
                if shared[j] >= 2, withinDays(days[i], days[j]) {
                    let s = vectors[i].cosine(vectors[j])
                    if s >= threshold { result.append((i, j, s)) }
                }
                shared[j] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        return (result, vectors)
    }

    public func group(_ articles: [Article]) -> [Story] {
        let (pairs, vectors) = scoredPairs(articles)
        return group(articles, pairs: pairs, vectors: vectors)
    }

    /// Stories and, in the same pass over the index, the similar pairs found without a day limit
    /// (a later report on the same subject), so cross-referencing scores the collection once.
    public func groupWithRelatedPairs(_ articles: [Article]) -> (stories: [Story], related: [(Int, Int, Float)]) {
        var wide = self
        wide.maxDayGap = .max / 2
        let (pairs, vectors) = wide.scoredPairs(articles)
        let days = articles.map { $0.published?.dayNumber }
        let near = pairs.filter { withinDays(days[$0.0], days[$0.1]) }
        return (group(articles, pairs: near, vectors: vectors), pairs)
    }

    func group(_ articles: [Article], pairs: [(Int, Int, Float)], vectors: [TermVector]) -> [Story] {
        // A pair's score is its cosine with the evidence of StoryEvidence (common speakers, a
        // piece quoting nobody, days apart); a pair scoring under the threshold counts zero.
        // (Candidate pairs have passed the cosine threshold already.)
        let evidence = StoryEvidence(articles, named: Set(pairs.flatMap { [$0.0, $0.1] }))
        func score(_ x: Int, _ y: Int, cosine: Float) -> Float {
            guard withinDays(evidence.days[x], evidence.days[y]), evidence.datesAllow(x, y, gap: maxDayGap) else { return 0 }
            let s = evidence.score(x, y, cosine: cosine, terms: { vectors[$0].terms })
            return s >= threshold ? s : 0
        }
        let scored = pairs.map { ($0.0, $0.1, score($0.0, $0.1, cosine: $0.2)) }.filter { $0.2 > 0 }
        // Average linkage: the best pairs first; two groups join when their members score well on
        // average, so one bridging pair does not chain two stories together.
        var groupOf = Array(articles.indices)
        var groups: [Int: [Int]] = [:]
        // Each group's first and last publication day: a story spans at most `maxDayGap` days, however
        // its pairs chain (a saga's reports a few days apart each are not one event a week long).
        var span: [Int: (first: Int, last: Int)] = [:]
        for k in articles.indices {
            groups[k] = [k]
            if let d = evidence.days[k] { span[k] = (d, d) }
        }
        for (i, j, _) in scored.sorted(by: { ($0.2, -$0.0, -$0.1) > ($1.2, -$1.0, -$1.1) }) {
            let (a, b) = (groupOf[i], groupOf[j])
            guard a != b, let ga = groups[a], let gb = groups[b] else { continue }
            let joined: (first: Int, last: Int)? = switch (span[a], span[b]) {
            case let (x?, y?): (min(x.first, y.first), max(x.last, y.last))
            case let (x?, nil): x
            case let (nil, y?): y
            case (nil, nil): nil
            }
            if let joined, joined.last - joined.first > maxDayGap { continue }
            if ga.contains(where: { x in gb.contains { y in !evidence.datesAllow(x, y, gap: maxDayGap) } }) { continue }
            if oneArticlePerOutlet, ga.contains(where: { x in gb.contains { y in sameOutlet(articles[x], articles[y]) } }) { continue }
            var sum: Float = 0
            for x in ga { for y in gb { sum += score(x, y, cosine: vectors[x].cosine(vectors[y])) } }
            guard sum / Float(ga.count * gb.count) >= threshold else { continue }
            for x in gb { groupOf[x] = a }
            groups[a] = ga + gb
            groups[b] = nil
            span[a] = joined
            span[b] = nil
        }
        return groups.values.map { list in
            let ordered = list.sorted { a, b in
                switch (articles[a].published, articles[b].published) {
                case let (x?, y?) where x != y: return x < y
                case (_?, nil): return true
                case (nil, _?): return false
                default: return a < b
                }
            }
            let first = articles[ordered[0]]
            var outlets: [String] = []
            for k in ordered { if let o = articles[k].outlet, !outlets.contains(o) { outlets.append(o) } }
            return Story(articleIndexes: ordered, title: first.title ?? first.id, earliest: first.published, outlets: outlets)
        }
        .sorted { ($0.articleIndexes.count, -$0.articleIndexes[0]) > ($1.articleIndexes.count, -$1.articleIndexes[0]) }
    }

    private func sameOutlet(_ a: Article, _ b: Article) -> Bool {
        guard let x = a.outlet, let y = b.outlet else { return false }
        return x == y
    }

    private func withinDays(_ a: Int?, _ b: Int?) -> Bool {
        guard let a, let b else { return true }
        return abs(a - b) <= maxDayGap
    }
}
