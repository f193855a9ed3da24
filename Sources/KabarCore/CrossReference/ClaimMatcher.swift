/// Finds the same claim in different articles: claims whose content words mostly recur in the
/// other's (the shorter one's words, so a quotation cut short still matches its full version) and
/// whose speakers are compatible. Candidates come from an inverted index over content words.
public struct ClaimMatcher: Sendable {
    /// Share of the shorter claim's words the other must contain.
    public var containment: Double
    /// Claims with fewer content words than this are too short to match on words.
    public var minimumWords: Int
    /// The whole collection's claim word counts when these articles are a part of it.
    public var rarity: CollectionRarity?

    public init(containment: Double = 0.6, minimumWords: Int = 5, rarity: CollectionRarity? = nil) {
        self.containment = containment
        self.minimumWords = minimumWords
        self.rarity = rarity
    }

    public func clusters(in articles: [Article]) -> [ClaimCluster] {
        var refs: [ClaimCluster.Member] = []
        var words: [Set<UInt64>] = []
        for (a, article) in articles.enumerated() {
            for (c, claim) in article.claims.enumerated() {
                refs.append(.init(article: a, claim: c))
                words.append(Self.contentWords(claim.content))
            }
        }
        var postings: [UInt64: [Int32]] = [:]
        for (k, set) in words.enumerated() where set.count >= minimumWords {
            for w in set { postings[w, default: []].append(Int32(k)) }
        }
        var parent = Array(0..<refs.count)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var shared = [Int32](repeating: 0, count: refs.count)
        var touched: [Int] = []
        for (i, set) in words.enumerated() where set.count >= minimumWords {
            for w in set {
                // Very common words (in over 200 claims) propose too many candidates to be useful.
                guard let list = postings[w], max(list.count, Int(rarity?.claimWords[w] ?? 0)) <= 200 else { continue }
                for j in list where Int(j) > i {
                    if shared[Int(j)] == 0 { touched.append(Int(j)) }
                    shared[Int(j)] += 1
                }
            }
            for j in touched {
                let uncommon = shared[j]
                shared[j] = 0
                // Two shared uncommon words make a candidate in another article; then every shared word counts.
                guard uncommon >= 2, refs[i].article != refs[j].article else { continue }
                let (small, large) = words[i].count <= words[j].count ? (words[i], words[j]) : (words[j], words[i])
                var common = 0
                for w in small where large.contains(w) { common += 1 }
                let overlap = Double(common)
                guard overlap >= containment * Double(min(words[i].count, words[j].count)),
                      speakersAgree(articles[refs[i].article].claims[refs[i].claim], articles[refs[j].article].claims[refs[j].claim])
                else { continue }
                let a = find(i), b = find(j)
                if a != b { parent[max(a, b)] = min(a, b) }
            }
            touched.removeAll(keepingCapacity: true)
        }
        var groups: [Int: [Int]] = [:]
        for k in refs.indices { groups[find(k), default: []].append(k) }
        var result: [ClaimCluster] = []
        for members in groups.values where members.count >= 2 {
            // One claim per article: the first it gives.
            var seen = Set<Int>()
            let kept = members.sorted().map { refs[$0] }.filter { seen.insert($0.article).inserted }
            if kept.count >= 2 { result.append(ClaimCluster(members: kept)) }
        }
        // Largest first, then in article order (a total order: the same input gives the same list).
        return result.sorted {
            ($0.members.count, -$0.members[0].article, -$0.members[0].claim) > ($1.members.count, -$1.members[0].article, -$1.members[0].claim)
        }
    }

    /// Same person (full name, or the same surname), or both unattributed.
    func speakersAgree(_ a: Claim, _ b: Claim) -> Bool {
        switch (a.speaker, b.speaker) {
        case (nil, nil): return true
        case let (x?, y?):
            let xl = x.lowercased(), yl = y.lowercased()
            return xl == yl || xl.split(separator: " ").last == yl.split(separator: " ").last
        default: return false
        }
    }

    /// Lowercased content words of three bytes or more, without function words and "-nya".
    static func contentWords(_ text: String) -> Set<UInt64> {
        var set = Set<UInt64>()
        ByteWords.forEach(in: text) { word in
            var word = word
            if word.count > 5, word.suffix(3).elementsEqual([0x6E, 0x79, 0x61]) { word = word.dropLast(3) }   // "-nya"
            if word.count >= 3 {
                let h = ByteWords.hash(word)
                if !TermCounter.stopwords.contains(h) { set.insert(h) }
            }
            return true
        }
        return set
    }
}
