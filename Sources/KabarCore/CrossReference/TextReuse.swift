/// Text one article shares with another, copied or lightly edited: passages with their ranges in
/// both bodies.
public struct TextReuse: Sendable, Hashable {
    public struct Passage: Sendable, Hashable {
        /// Ranges in each article's cleaned body, in Unicode scalars.
        public var first: Range<Int>
        public var second: Range<Int>
        /// Words the two passages share, in order.
        public var sharedWords: Int
        /// Share of the passage's words inside quotation marks in both articles (the smaller of
        /// the two sides: words one outlet quotes and the other prints as its own count as prose).
        public var quotedShare: Double = 0
        public var kind: ReuseKind { ReuseKind(quotedShare: quotedShare) }
    }

    /// Indexes into the article list; `first` is the earlier published when dates are known.
    public var first: Int
    public var second: Int
    public var passages: [Passage]
    public var relation: ReuseRelation = .copied
    /// Both articles are dated, so `first` is known to be the earlier report.
    public var isOrdered = false

    /// Shared words over all passages.
    public var sharedWords: Int { passages.reduce(0) { $0 + $1.sharedWords } }
}

/// Finds reused text without comparing all pairs of articles: runs of eight words are hashed,
/// a sample of those hashes (one in eight, chosen by value so every article samples the same runs)
/// is indexed, and only articles sharing two sampled runs are aligned: each shared run is widened
/// word by word to the longest exact run around it. Runs found in very many articles (formulas,
/// agency credits) propose nothing.
public struct TextReuseFinder: Sendable {
    /// Words in a hashed run.
    public var runLength: Int
    /// Shared words a passage needs to be reported.
    public var minimumWords: Int
    /// Runs found in more articles than this are too common to propose candidates.
    public var maxPostings: Int

    public init(runLength: Int = 8, minimumWords: Int = 20, maxPostings: Int = 40) {
        self.runLength = runLength
        self.minimumWords = minimumWords
        self.maxPostings = maxPostings
    }

    /// Sampling: one run hash in `sampling` is indexed.
    static let sampling: UInt64 = 8

    public func reuse(in articles: [Article]) -> [TextReuse] {
        // Word hashes only (the ranges are looked up again for the few articles that share text).
        let hashes = articles.map { WordSpans.of($0.body).map(\.hash) }
        let anchors = hashes.map(sampledRuns)
        var postings: [UInt64: [Int32]] = [:]
        for (k, list) in anchors.enumerated() {
            var previous: UInt64?
            for a in list where a.hash != previous {
                postings[a.hash, default: []].append(Int32(k))
                previous = a.hash
            }
        }
        var candidates: [(Int, Int)] = []
        var shared = [Int32](repeating: 0, count: articles.count)
        var touched: [Int] = []
        for (i, list) in anchors.enumerated() {
            var previous: UInt64?
            for a in list where a.hash != previous {
                previous = a.hash
                guard let p = postings[a.hash], p.count <= maxPostings else { continue }
                for j in p where Int(j) > i {
                    if shared[Int(j)] == 0 { touched.append(Int(j)) }
                    shared[Int(j)] += 1
                }
            }
            for j in touched {
                if shared[j] >= 2 { candidates.append((i, j)) }
                shared[j] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        var result: [TextReuse] = []
        var spans: [Int: (words: [WordSpan], quoted: QuotedWords)] = [:]
        func words(_ k: Int) -> (words: [WordSpan], quoted: QuotedWords) {
            if let known = spans[k] { return known }
            let w = WordSpans.of(articles[k].body)
            let found = (w, QuotedWords(body: articles[k].body, paragraphs: articles[k].paragraphs, words: w))
            spans[k] = found
            return found
        }
        for (i, j) in candidates {
            let found = align(hashes[i], anchors[i], hashes[j], anchors[j])
            guard !found.isEmpty else { continue }
            let (a, qa) = words(i), (b, qb) = words(j)
            let passages = found.map { f in
                TextReuse.Passage(first: a[f.a.lowerBound].range.lowerBound..<a[f.a.upperBound - 1].range.upperBound,
                                  second: b[f.b.lowerBound].range.lowerBound..<b[f.b.upperBound - 1].range.upperBound,
                                  sharedWords: f.shared, quotedShare: min(qa.share(f.a), qb.share(f.b)))
            }
            var reuse = TextReuse(first: i, second: j, passages: passages)
            reuse.relation = ReuseRelation(outlets: (articles[i].outlet, articles[j].outlet), sharedWords: reuse.sharedWords,
                                           shorterWords: min(hashes[i].count, hashes[j].count))
            // The earlier report first.
            if let x = articles[i].published, let y = articles[j].published {
                reuse.isOrdered = x != y
                if y < x {
                    reuse.first = j; reuse.second = i
                    reuse.passages = passages.map { .init(first: $0.second, second: $0.first, sharedWords: $0.sharedWords, quotedShare: $0.quotedShare) }
                }
            }
            result.append(reuse)
        }
        return result.sorted { ($0.sharedWords, -min($0.first, $0.second)) > ($1.sharedWords, -min($1.first, $1.second)) }
    }

    struct Anchor { var hash: UInt64; var position: Int32 }

    /// The sampled runs of `runLength` words (hash and first word), sorted by hash.
    func sampledRuns(_ words: [UInt64]) -> [Anchor] {
        guard words.count >= runLength else { return [] }
        var out: [Anchor] = []
        for start in 0...(words.count - runLength) {
            var h: UInt64 = 0x9E3779B97F4A7C15
            for k in start..<(start + runLength) { h = (h ^ words[k]) &* 0x100000001b3; h ^= h >> 29 }
            if h % Self.sampling == 0 { out.append(Anchor(hash: h, position: Int32(start))) }
        }
        out.sort { ($0.hash, $0.position) < ($1.hash, $1.position) }
        return out
    }

    /// Passages two articles share, in word indexes: each shared sampled run is widened to the
    /// longest exact run around it, then runs a few edited words apart are joined.
    func align(_ a: [UInt64], _ aa: [Anchor], _ b: [UInt64], _ ba: [Anchor]) -> [(a: Range<Int>, b: Range<Int>, shared: Int)] {
        // Shared anchors by a merge of the two sorted lists.
        var seeds: [(Int, Int)] = []
        var x = 0, y = 0
        while x < aa.count && y < ba.count {
            if aa[x].hash < ba[y].hash { x += 1 } else if aa[x].hash > ba[y].hash { y += 1 } else {
                seeds.append((Int(aa[x].position), Int(ba[y].position)))
                x += 1; y += 1
            }
        }
        guard !seeds.isEmpty else { return [] }
        seeds.sort { $0 < $1 }
        var passages: [(a: Range<Int>, b: Range<Int>, shared: Int)] = []
        for (p, q) in seeds {
            if passages.contains(where: { $0.a.contains(p) }) { continue }
            if let found = widen(a, b, p, q) { passages.append(found) }
        }
        passages.sort { $0.a.lowerBound < $1.a.lowerBound }
        // A repeated sentence can start a second passage inside the first: keep the first.
        var joined: [(a: Range<Int>, b: Range<Int>, shared: Int)] = []
        for r in passages {
            if let last = joined.last, r.a.lowerBound < last.a.upperBound { continue }
            joined.append(r)
        }
        return joined.filter { $0.shared >= minimumWords }
    }

    /// Words that must agree after an edit for a passage to go on.
    static let resync = 4
    /// Words an edit may add or drop on each side.
    static let maxEdit = 6

    /// The passage around a shared run at word `p` of `a` and `q` of `b`: the exact run widened
    /// both ways, then carried over small edits (up to six words dropped or added on either side)
    /// wherever four words agree again.
    func widen(_ a: [UInt64], _ b: [UInt64], _ p: Int, _ q: Int) -> (a: Range<Int>, b: Range<Int>, shared: Int)? {
        func agree(_ x: Int, _ y: Int, _ n: Int) -> Bool {
            guard x >= 0, y >= 0, x + n <= a.count, y + n <= b.count else { return false }
            for k in 0..<n where a[x + k] != b[y + k] { return false }
            return true
        }
        var aStart = p, bStart = q, aEnd = p, bEnd = q, shared = 0
        while aEnd < a.count && bEnd < b.count && a[aEnd] == b[bEnd] { aEnd += 1; bEnd += 1; shared += 1 }
        while aStart > 0 && bStart > 0 && a[aStart - 1] == b[bStart - 1] { aStart -= 1; bStart -= 1; shared += 1 }
        guard shared >= runLength else { return nil }
        forward: while true {
            for edit in 1...(2 * Self.maxEdit) {
                for da in max(0, edit - Self.maxEdit)...min(edit, Self.maxEdit) where agree(aEnd + da, bEnd + edit - da, Self.resync) {
                    aEnd += da; bEnd += edit - da
                    while aEnd < a.count && bEnd < b.count && a[aEnd] == b[bEnd] { aEnd += 1; bEnd += 1; shared += 1 }
                    continue forward
                }
            }
            break
        }
        backward: while true {
            for edit in 1...(2 * Self.maxEdit) {
                for da in max(0, edit - Self.maxEdit)...min(edit, Self.maxEdit)
                    where agree(aStart - da - Self.resync, bStart - (edit - da) - Self.resync, Self.resync) {
                    aStart -= da; bStart -= edit - da
                    while aStart > 0 && bStart > 0 && a[aStart - 1] == b[bStart - 1] { aStart -= 1; bStart -= 1; shared += 1 }
                    continue backward
                }
            }
            break
        }
        return (aStart..<aEnd, bStart..<bEnd, shared)
    }
}
