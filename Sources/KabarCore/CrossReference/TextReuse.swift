/// Text one article shares with another, copied or lightly edited: passages with their ranges in
/// both bodies.
public struct TextReuse: Sendable, Hashable {
    public struct Passage: Sendable, Hashable {
        /// Ranges in each article's cleaned body, in Unicode scalars.
        public var first: Range<Int>
        public var second: Range<Int>
        /// Words the two passages share, in order.
        public var sharedWords: Int
    }

    /// Indexes into the article list; `first` is the earlier published when dates are known.
    public var first: Int
    public var second: Int
    public var passages: [Passage]

    /// Shared words over all passages.
    public var sharedWords: Int { passages.reduce(0) { $0 + $1.sharedWords } }
}

/// Finds reused text without comparing all pairs of articles: runs of eight words are hashed,
/// a sample of those hashes (one in eight, chosen by value so every article samples the same runs)
/// is indexed, and only articles sharing two sampled runs are aligned word by word. Runs found in
/// very many articles (formulas, agency credits) propose nothing.
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
        let words = articles.map { WordSpans.of($0.body) }
        let runs = words.map { runHashes($0) }
        var postings: [UInt64: [Int32]] = [:]
        for (k, list) in runs.enumerated() {
            var seen = Set<UInt64>()
            for h in list where h % Self.sampling == 0 && seen.insert(h).inserted { postings[h, default: []].append(Int32(k)) }
        }
        var candidates: [Int: [Int]] = [:]
        var shared = [Int32](repeating: 0, count: articles.count)
        var touched: [Int] = []
        for (i, list) in runs.enumerated() {
            var seen = Set<UInt64>()
            for h in list where h % Self.sampling == 0 && seen.insert(h).inserted {
                guard let p = postings[h], p.count <= maxPostings else { continue }
                for j in p where Int(j) > i {
                    if shared[Int(j)] == 0 { touched.append(Int(j)) }
                    shared[Int(j)] += 1
                }
            }
            for j in touched {
                if shared[j] >= 2 { candidates[i, default: []].append(j) }
                shared[j] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        var result: [TextReuse] = []
        for (i, list) in candidates {
            for j in list {
                let passages = align(words[i], runs[i], words[j], runs[j])
                guard !passages.isEmpty else { continue }
                // The earlier report first.
                if let a = articles[i].published, let b = articles[j].published, b < a {
                    result.append(TextReuse(first: j, second: i, passages: passages.map { .init(first: $0.second, second: $0.first, sharedWords: $0.sharedWords) }))
                } else {
                    result.append(TextReuse(first: i, second: j, passages: passages))
                }
            }
        }
        return result.sorted { ($0.sharedWords, -min($0.first, $0.second)) > ($1.sharedWords, -min($1.first, $1.second)) }
    }

    /// Hash of each run of `runLength` words, by its first word.
    func runHashes(_ words: [WordSpan]) -> [UInt64] {
        guard words.count >= runLength else { return [] }
        var out: [UInt64] = []
        out.reserveCapacity(words.count - runLength + 1)
        for start in 0...(words.count - runLength) {
            var h: UInt64 = 0x9E3779B97F4A7C15
            for k in start..<(start + runLength) { h = (h ^ words[k].hash) &* 0x100000001b3; h ^= h >> 29 }
            out.append(h)
        }
        return out
    }

    /// Passages two articles share: exact runs found through the run hashes, extended word by
    /// word, then joined when a few edited words separate them.
    func align(_ a: [WordSpan], _ ar: [UInt64], _ b: [WordSpan], _ br: [UInt64]) -> [TextReuse.Passage] {
        var where_: [UInt64: [Int32]] = [:]
        for (q, h) in br.enumerated() { where_[h, default: []].append(Int32(q)) }
        struct Run { var a: Int, b: Int, length: Int }
        var runs: [Run] = []
        var p = 0
        while p < ar.count {
            guard let qs = where_[ar[p]] else { p += 1; continue }
            // The longest exact run starting here.
            var best = Run(a: p, b: 0, length: 0)
            for q32 in qs.prefix(8) {
                let q = Int(q32)
                var n = 0
                while p + n < a.count && q + n < b.count && a[p + n].hash == b[q + n].hash { n += 1 }
                if n > best.length { best = Run(a: p, b: q, length: n) }
            }
            if best.length >= runLength { runs.append(best); p += best.length } else { p += 1 }
        }
        guard !runs.isEmpty else { return [] }
        // Join runs that follow each other on both sides with small edits between.
        var joined: [(a: Range<Int>, b: Range<Int>, shared: Int)] = []
        for r in runs {
            if var last = joined.last, r.a >= last.a.upperBound, r.b >= last.b.upperBound,
               r.a - last.a.upperBound <= 6, r.b - last.b.upperBound <= 6 {
                last.a = last.a.lowerBound..<(r.a + r.length)
                last.b = last.b.lowerBound..<(r.b + r.length)
                last.shared += r.length
                joined[joined.count - 1] = last
            } else {
                joined.append((r.a..<(r.a + r.length), r.b..<(r.b + r.length), r.length))
            }
        }
        return joined.filter { $0.shared >= minimumWords }.map { j in
            TextReuse.Passage(first: a[j.a.lowerBound].range.lowerBound..<a[j.a.upperBound - 1].range.upperBound,
                              second: b[j.b.lowerBound].range.lowerBound..<b[j.b.upperBound - 1].range.upperBound,
                              sharedWords: j.shared)
        }
    }
}
