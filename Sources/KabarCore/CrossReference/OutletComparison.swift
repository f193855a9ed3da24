import Foundation

/// Two outlets compared over a collection: the stories both covered, one row per story with what
/// differs (numbers, claims only one carries, speakers only one quotes, who published first),
/// and over the whole collection the sources each outlet quotes that the other never does and how
/// often each repeats the other's prose.
public struct OutletComparison: Sendable {
    public struct StoryRow: Sendable, Equatable {
        public var title: String
        /// The first article of each outlet in the story (indexes into the articles compared).
        public var first: Int
        public var second: Int
        /// Quantities both report differently: "troops: 100.000 | 500.000".
        public var numbers: [String]
        /// Claims of one article the other does not carry (not clustered with any of its claims).
        public var claimsOnlyFirst: Int
        public var claimsOnlySecond: Int
        /// Speakers one article quotes and the other never names.
        public var speakersOnlyFirst: [String]
        public var speakersOnlySecond: [String]
        /// The outlet that published first, when both are dated and differ.
        public var earlier: String?
        /// When each article was published (ISO 8601, to the minute when the page gives the time).
        public var firstPublished: String?
        public var secondPublished: String?

        /// "Kompas 2022-08-09 09:30 · VIVA 2022-08-09 14:00": each side's publication, as far as known.
        public func dates(_ first: String, _ second: String) -> String? {
            guard firstPublished != nil || secondPublished != nil else { return nil }
            func shown(_ d: String?) -> String { d.map { String($0.prefix(16)).replacingOccurrences(of: "T", with: " ") } ?? "undated" }
            return "\(first) \(shown(firstPublished)) · \(second) \(shown(secondPublished))"
        }
    }

    public var first: String
    public var second: String
    public var stories: [StoryRow]
    /// Speakers each outlet quotes anywhere in the collection and the other never does, with their claim counts, most first.
    public var sourcesOnlyFirst: [(String, Int)]
    public var sourcesOnlySecond: [(String, Int)]
    /// Reused passages where one printed the text first and the other repeated it.
    public var firstRepeatsSecond: Int
    public var secondRepeatsFirst: Int
    /// Passages both print where the order is unknown (an undated article).
    public var sharedUnordered: Int
    /// The articles of each outlet in the collection.
    public var articlesFirst: Int
    public var articlesSecond: Int

    /// The outlet names in `articles` that `name` stands for (case and spacing aside).
    public static func matches(_ outlet: String?, _ name: String) -> Bool {
        guard let outlet else { return false }
        func key(_ s: String) -> String { String(s.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(Character.init)) }
        return key(outlet) == key(name)
    }

    /// Compares `first` and `second` over `articles` (claims extracted).
    public init(_ articles: [Article], first: String, second: String) {
        self.first = first
        self.second = second
        let ofFirst = articles.indices.filter { Self.matches(articles[$0].outlet, first) }
        let ofSecond = articles.indices.filter { Self.matches(articles[$0].outlet, second) }
        articlesFirst = ofFirst.count
        articlesSecond = ofSecond.count
        let both = ofFirst + ofSecond
        let chosen = both.map { articles[$0] }
        let isFirst = Set(ofFirst.indices)   // positions in `chosen`
        // Stories over both outlets' articles only.
        var rows: [StoryRow] = []
        for story in StoryGrouper().group(chosen) {
            let a = story.articleIndexes.filter { isFirst.contains($0) }, b = story.articleIndexes.filter { !isFirst.contains($0) }
            guard let x = Self.earliest(a, chosen), let y = Self.earliest(b, chosen) else { continue }
            rows.append(Self.row(story.title, chosen[x], chosen[y], first: first, second: second, x: both[x], y: both[y]))
        }
        stories = rows
        // Sources over the whole collection.
        // One source however an outlet names it ("Asep Guntur", "Asep Guntur Rahayu", "Rahayu"): the
        // names merge when the shorter's words are all the longer's, and the longest is shown.
        func speakers(_ indexes: [Int]) -> [String: (name: String, count: Int)] {
            var entries: [(name: String, count: Int)] = []
            var byWord: [String: [Int]] = [:]
            for k in indexes {
                for c in articles[k].claims {
                    guard let s = c.speaker, let initial = s.unicodeScalars.first, initial.properties.isUppercase else { continue }
                    let words = Self.nameWords(s)
                    let candidates = Set(words.flatMap { byWord[$0] ?? [] }).sorted()
                    if let e = candidates.first(where: { Self.sameSource(entries[$0].name, s) }) {
                        if s.count > entries[e].name.count { entries[e].name = s }
                        entries[e].count += 1
                        for w in words where !(byWord[w] ?? []).contains(e) { byWord[w, default: []].append(e) }
                    } else {
                        for w in words { byWord[w, default: []].append(entries.count) }
                        entries.append((s, 1))
                    }
                }
            }
            var out: [String: (name: String, count: Int)] = [:]
            for e in entries { out[e.name] = e }
            return out
        }
        let sa = speakers(ofFirst), sb = speakers(ofSecond)
        func only(_ x: [String: (name: String, count: Int)], _ y: [String: (name: String, count: Int)]) -> [(String, Int)] {
            let others = y.values.map(\.name)
            return x.filter { entry in !others.contains { Self.sameSpeaker(entry.value.name, $0) } }
                .map { ($0.value.name, $0.value.count) }.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        }
        sourcesOnlyFirst = only(sa, sb)
        sourcesOnlySecond = only(sb, sa)
        var ab = 0, ba = 0, unordered = 0
        for r in TextReuseFinder().reuse(in: chosen) where isFirst.contains(r.first) != isFirst.contains(r.second) {
            // `first` of an ordered pair printed the text first.
            if !r.isOrdered { unordered += r.passages.count } else if isFirst.contains(r.first) { ba += r.passages.count } else { ab += r.passages.count }
        }
        firstRepeatsSecond = ab
        secondRepeatsFirst = ba
        sharedUnordered = unordered
    }

    static func earliest(_ indexes: [Int], _ articles: [Article]) -> Int? {
        indexes.min { x, y in
            switch (articles[x].published, articles[y].published) {
            case let (p?, q?): return p < q || (p == q && x < y)
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return x < y
            }
        }
    }

    static func row(_ title: String, _ a: Article, _ b: Article, first: String, second: String, x: Int, y: Int) -> StoryRow {
        let pair = [a, b]
        let numbers = NumberDiscrepancyFinder().discrepancies(in: pair, stories: [[0, 1]], relatedPairs: [])
            .filter { $0.agreement == .conflicting }
            .map { d in
                let left = d.reports.filter { $0.article == 0 }.map(\.quantity.text), right = d.reports.filter { $0.article == 1 }.map(\.quantity.text)
                return "\(d.family): \(left.isEmpty ? "–" : left.joined(separator: ", ")) | \(right.isEmpty ? "–" : right.joined(separator: ", "))"
            }
        var shared: [Set<Int>] = [[], []]
        for cluster in ClaimMatcher().clusters(in: pair) where Set(cluster.members.map(\.article)).count == 2 {
            for m in cluster.members { shared[m.article].insert(m.claim) }
        }
        func names(_ x: Article) -> [String: String] {
            var out: [String: String] = [:]
            for c in x.claims { if let s = c.speaker, s.unicodeScalars.first?.properties.isUppercase == true { out[surname(s)] = s } }
            return out
        }
        let na = names(a), nb = names(b)
        func only(_ x: [String: String], _ y: [String: String]) -> [String] {
            x.values.filter { n in !y.values.contains { sameSpeaker(n, $0) } }.sorted()
        }
        var earlier: String?
        if let p = a.published, let q = b.published, p.dayNumber != q.dayNumber || p.hour != nil && q.hour != nil && p != q {
            earlier = p < q ? first : second
        }
        return StoryRow(title: title, first: x, second: y, numbers: numbers,
                        claimsOnlyFirst: a.claims.count - shared[0].count, claimsOnlySecond: b.claims.count - shared[1].count,
                        speakersOnlyFirst: only(na, nb), speakersOnlySecond: only(nb, na), earlier: earlier,
                        firstPublished: a.published?.iso8601, secondPublished: b.published?.iso8601)
    }

    static func surname(_ name: String) -> String { String(name.split(separator: " ").last ?? Substring(name)).lowercased() }

    /// Two ways of naming one source: a shared name word ("Rizal" and "Rizal Ramli"), or the same
    /// long word spelled one letter apart ("Brojonegoro", "Brodjonegoro").
    static func sameSpeaker(_ a: String, _ b: String) -> Bool {
        func words(_ s: String) -> [String] {
            s.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count >= 3 }
        }
        let wa = words(a), wb = words(b)
        for x in wa {
            for y in wb {
                if x == y { return true }
                if x.count >= 6, y.count >= 6, abs(x.count - y.count) <= 1, oneEditApart(Array(x), Array(y)) { return true }
            }
        }
        return false
    }

    /// A name's words of three letters or more, lowercased, without the common ones ("Muhammad").
    static func nameWords(_ name: String) -> [String] {
        name.lowercased().split { !$0.isLetter }.map(String.init)
            .filter { $0.count >= 3 && !StoryEvidence.commonNameWords.contains(TokenizedText.hash($0)) }
    }

    /// One outlet naming one source two ways: every word of the shorter name is a word of the
    /// longer ("Asep Guntur" and "Asep Guntur Rahayu"), or one letter apart in a long word.
    static func sameSource(_ a: String, _ b: String) -> Bool {
        let (x, y) = (nameWords(a), nameWords(b))
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        guard !short.isEmpty else { return false }
        return short.allSatisfy { w in
            long.contains { v in v == w || (w.count >= 6 && v.count >= 6 && abs(w.count - v.count) <= 1 && oneEditApart(Array(w), Array(v))) }
        }
    }

    static func oneEditApart(_ x: [Character], _ y: [Character]) -> Bool {
        var i = 0, j = 0, edits = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if x.count > y.count { i += 1 } else if y.count > x.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (x.count - i) + (y.count - j) <= 1
    }
}
