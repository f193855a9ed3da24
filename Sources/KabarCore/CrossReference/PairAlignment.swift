/// Two articles lined up for the split view, paragraph against paragraph, the way a
/// side-by-side diff lines up files: paragraphs that share a claim or most of their words face
/// each other, the rest face an empty filler, and the order of both articles is kept. Inside a
/// facing pair, the words one side has and the other lacks are marked, numbers, names and dates
/// apart from other words.
public struct PairAlignment: Sendable {
    public enum RowKind: String, Sendable {
        /// Facing paragraphs with the same words.
        case same
        /// Facing paragraphs that differ in some words.
        case changed
        /// A paragraph only the left article has (the right side is a filler).
        case leftOnly
        /// A paragraph only the right article has.
        case rightOnly
    }

    public enum DifferenceKind: String, Sendable {
        case number, date, name, word
    }

    /// A word one side of a pair has and the other lacks (range in that side's body, in scalars).
    public struct Difference: Sendable, Hashable {
        public var range: Range<Int>
        public var kind: DifferenceKind
    }

    public struct Row: Sendable {
        /// The paragraph's range in the left article's body; nil for a filler.
        public var left: Range<Int>?
        public var right: Range<Int>?
        public var kind: RowKind
        /// The two paragraphs carry the same claim (as `ClaimMatcher` finds it).
        public var sharesClaim: Bool
        public var leftDifferences: [Difference]
        public var rightDifferences: [Difference]
    }

    public var rows: [Row]

    /// Share of the shorter paragraph's content words the other must have for two paragraphs without a shared claim to face each other.
    static let containment = 0.4

    public init(_ left: Article, _ right: Article) {
        let l = Side(left.body, paragraphs: left.paragraphs), r = Side(right.body, paragraphs: right.paragraphs)
        let lp = l.paragraphs, rp = r.paragraphs
        let lSets = Self.contentSets(l.words, paragraphs: lp), rSets = Self.contentSets(r.words, paragraphs: rp)
        let shared = Self.sharedClaimParagraphs(left, right, lp, rp)
        let n = lp.count, m = rp.count
        // Best monotone matching: the most total similarity, paragraphs kept in order. Articles of
        // ordinary length compare every pair; very long ones only the pairs sharing a rarer word.
        let steps = n * m <= Self.densePairs
            ? Self.denseMatching(lSets, rSets, shared: shared)
            : Self.steps(Self.sparseMatching(lSets, rSets, shared: shared), n, m)
        var rows: [Row] = []
        rows.reserveCapacity(steps.count)
        for step in steps {
            switch step {
            case .pair(let a, let b):
                let (ld, rd) = Self.differences(l, lp[a], r, rp[b])
                rows.append(Row(left: lp[a], right: rp[b], kind: ld.isEmpty && rd.isEmpty ? .same : .changed,
                                sharesClaim: shared.contains(Pair(a, b)), leftDifferences: ld, rightDifferences: rd))
            case .pairLeftTwo(let a, let b):
                let merged = lp[a].lowerBound..<lp[a + 1].upperBound
                let (ld, rd) = Self.differences(l, merged, r, rp[b])
                rows.append(Row(left: merged, right: rp[b], kind: ld.isEmpty && rd.isEmpty ? .same : .changed,
                                sharesClaim: shared.contains(Pair(a, b)) || shared.contains(Pair(a + 1, b)), leftDifferences: ld, rightDifferences: rd))
            case .pairRightTwo(let a, let b):
                let merged = rp[b].lowerBound..<rp[b + 1].upperBound
                let (ld, rd) = Self.differences(l, lp[a], r, merged)
                rows.append(Row(left: lp[a], right: merged, kind: ld.isEmpty && rd.isEmpty ? .same : .changed,
                                sharesClaim: shared.contains(Pair(a, b)) || shared.contains(Pair(a, b + 1)), leftDifferences: ld, rightDifferences: rd))
            case .left(let a):
                rows.append(Row(left: lp[a], right: nil, kind: .leftOnly, sharesClaim: false, leftDifferences: [], rightDifferences: []))
            case .right(let b):
                rows.append(Row(left: nil, right: rp[b], kind: .rightOnly, sharesClaim: false, leftDifferences: [], rightDifferences: []))
            }
        }
        self.rows = rows
    }

    /// One row of the alignment: paragraphs facing each other, or one side alone.
    /// `pairLeftTwo(a, b)`: left paragraphs a and a+1 together face right paragraph b (the right
    /// outlet wrote them as one); `pairRightTwo(a, b)`: left a faces right b and b+1.
    enum Step { case pair(Int, Int), pairLeftTwo(Int, Int), pairRightTwo(Int, Int), left(Int), right(Int) }

    /// The rows for matched pairs (increasing on both sides): between two pairs, the left side's
    /// unmatched paragraphs, then the right side's.
    static func steps(_ matched: [(Int, Int)], _ n: Int, _ m: Int) -> [Step] {
        var steps: [Step] = []
        var i = 0, j = 0
        for (a, b) in matched + [(n, m)] {
            while i < a { steps.append(.left(i)); i += 1 }
            while j < b { steps.append(.right(j)); j += 1 }
            guard a < n, b < m else { break }
            steps.append(.pair(a, b))
            i = a + 1; j = b + 1
        }
        return steps
    }

    /// Up to this many paragraph pairs (about 500 by 500) every pair is scored.
    static let densePairs = 250_000

    /// An article's body read once: its scalars, words and paragraphs.
    struct Side {
        let scalars: [Unicode.Scalar]
        let words: [WordSpan]
        let paragraphs: [Range<Int>]
        /// Words the body writes in lowercase somewhere: capitalised elsewhere, they are no names
        /// ("Rusia Menyebut pasukan …" beside "menyebut").
        let lowercase: Set<UInt64>
        /// `paragraphs`: the article's (`Article.paragraphs`, placed once); nil splits the body here.
        init(_ body: String, paragraphs: [Range<Int>]? = nil) {
            scalars = Array(body.unicodeScalars)
            words = WordSpans.of(body)
            self.paragraphs = paragraphs ?? ParagraphRanges.of(body)
            lowercase = Set(words.lazy.filter { !$0.isCapitalized && !$0.isNumber }.map(\.hash))
        }

        /// The words starting inside `range` (words are in text order: two binary searches).
        func words(in range: Range<Int>) -> ArraySlice<WordSpan> {
            func first(atOrAfter offset: Int) -> Int {
                var lo = 0, hi = words.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if words[mid].range.lowerBound < offset { lo = mid + 1 } else { hi = mid }
                }
                return lo
            }
            return words[first(atOrAfter: range.lowerBound)..<first(atOrAfter: range.upperBound)]
        }
    }

    /// The similarity of two paragraphs' content words (0 when too little is shared), raised past
    /// every other score when they carry the same claim.
    private static func similarity(common: Int, _ a: Int, _ b: Int, sharesClaim: Bool) -> Double {
        let shorter = min(a, b)
        var s = shorter == 0 ? 0 : Double(common) / Double(shorter)
        if common < 4 || s < containment { s = 0 }
        if sharesClaim { s = max(s, containment) + 1 }
        return s
    }

    /// Every pair scored, the best matching by dynamic programming (as a diff of two files does).
    private static func denseMatching(_ lSets: [Set<UInt64>], _ rSets: [Set<UInt64>], shared: Set<Pair>) -> [Step] {
        let n = lSets.count, m = rSets.count
        var score = [[Double]](repeating: [Double](repeating: 0, count: m), count: n)
        for i in 0..<n {
            for j in 0..<m {
                score[i][j] = similarity(common: lSets[i].intersection(rSets[j]).count, lSets[i].count, rSets[j].count,
                                         sharesClaim: shared.contains(Pair(i, j)))
            }
        }
        // One paragraph may face two consecutive ones of the other side when it carries both (an
        // outlet joining two of the other's paragraphs): each of the two must match it on its own,
        // and the row scores both.
        func leftTwo(_ i: Int, _ j: Int) -> Double {
            i + 1 < n && score[i][j] > 0 && score[i + 1][j] > 0 ? score[i][j] + score[i + 1][j] : 0
        }
        func rightTwo(_ i: Int, _ j: Int) -> Double {
            j + 1 < m && score[i][j] > 0 && score[i][j + 1] > 0 ? score[i][j] + score[i][j + 1] : 0
        }
        var best = [[Double]](repeating: [Double](repeating: 0, count: m + 2), count: n + 2)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                var v = max(best[i + 1][j], best[i][j + 1])
                if score[i][j] > 0 { v = max(v, best[i + 1][j + 1] + score[i][j]) }
                let l2 = leftTwo(i, j), r2 = rightTwo(i, j)
                if l2 > 0 { v = max(v, best[i + 2][j + 1] + l2) }
                if r2 > 0 { v = max(v, best[i + 1][j + 2] + r2) }
                best[i][j] = v
            }
        }
        var steps: [Step] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, score[i][j] > 0, best[i][j] == best[i + 1][j + 1] + score[i][j] {
                steps.append(.pair(i, j)); i += 1; j += 1
            } else if i < n, j < m, leftTwo(i, j) > 0, best[i][j] == best[i + 2][j + 1] + leftTwo(i, j) {
                steps.append(.pairLeftTwo(i, j)); i += 2; j += 1
            } else if i < n, j < m, rightTwo(i, j) > 0, best[i][j] == best[i + 1][j + 2] + rightTwo(i, j) {
                steps.append(.pairRightTwo(i, j)); i += 1; j += 2
            } else if i < n, j == m || best[i][j] == best[i + 1][j] {
                steps.append(.left(i)); i += 1
            } else {
                steps.append(.right(j)); j += 1
            }
        }
        return steps
    }

    /// Very long articles: candidate pairs from an inverted index of the right side's words (a word in
    /// more than `commonWord` paragraphs of either side proposes no pair and is not counted), then the
    /// heaviest chain of pairs increasing on both sides, with a Fenwick tree of best chain ends.
    /// Time near-linear in the words, memory in the candidate pairs.
    private static func sparseMatching(_ lSets: [Set<UInt64>], _ rSets: [Set<UInt64>], shared: Set<Pair>) -> [(Int, Int)] {
        let commonWord = 32
        var postings: [UInt64: [Int32]] = [:]
        for (j, set) in rSets.enumerated() { for w in set { postings[w, default: []].append(Int32(j)) } }
        var leftCount: [UInt64: Int] = [:]
        for set in lSets { for w in set { leftCount[w, default: 0] += 1 } }
        var pairs: [(i: Int, j: Int, score: Double)] = []
        var counts: [Int32: Int] = [:]
        for (i, set) in lSets.enumerated() {
            counts.removeAll(keepingCapacity: true)
            for w in set {
                guard let list = postings[w], list.count <= commonWord, (leftCount[w] ?? 0) <= commonWord else { continue }
                for j in list { counts[j, default: 0] += 1 }
            }
            for (j, common) in counts {
                let s = similarity(common: common, set.count, rSets[Int(j)].count, sharesClaim: shared.contains(Pair(i, Int(j))))
                if s > 0 { pairs.append((i, Int(j), s)) }
            }
        }
        let scored = Set(pairs.map { Pair($0.i, $0.j) })
        for p in shared where !scored.contains(p) {
            pairs.append((p.i, p.j, similarity(common: 0, 1, 1, sharesClaim: true)))
        }
        // Heaviest chain: process left paragraphs in order; a pair extends the best chain ending
        // before it on both sides (pairs of one left paragraph must not extend each other).
        pairs.sort { ($0.i, $0.j) < ($1.i, $1.j) }
        let m = rSets.count
        var tree = [(score: Double, pair: Int)](repeating: (0, -1), count: m + 1)
        func query(_ j: Int) -> (score: Double, pair: Int) {   // best over right paragraphs < j
            var k = j, best: (score: Double, pair: Int) = (0, -1)
            while k > 0 { if tree[k].score > best.score { best = tree[k] }; k -= k & -k }
            return best
        }
        func update(_ j: Int, _ value: (score: Double, pair: Int)) {
            var k = j + 1
            while k <= m { if value.score > tree[k].score { tree[k] = value }; k += k & -k }
        }
        var chain = [(score: Double, previous: Int)](repeating: (0, -1), count: pairs.count)
        var start = 0
        while start < pairs.count {
            var end = start
            while end < pairs.count, pairs[end].i == pairs[start].i { end += 1 }
            for k in start..<end {
                let before = query(pairs[k].j)
                chain[k] = (before.score + pairs[k].score, before.pair)
            }
            for k in start..<end { update(pairs[k].j, (chain[k].score, k)) }
            start = end
        }
        var k = query(m).pair
        var matched: [(Int, Int)] = []
        while k >= 0 { matched.append((pairs[k].i, pairs[k].j)); k = chain[k].previous }
        return matched.reversed()
    }

    /// Rows whose two sides face each other.
    public var pairedRows: Int { rows.filter { $0.left != nil && $0.right != nil }.count }

    private struct Pair: Hashable {
        var i: Int, j: Int
        init(_ i: Int, _ j: Int) { self.i = i; self.j = j }
    }

    private static func contentSets(_ words: [WordSpan], paragraphs: [Range<Int>]) -> [Set<UInt64>] {
        var sets = [Set<UInt64>](repeating: [], count: paragraphs.count)
        var p = 0
        for w in words {
            while p < paragraphs.count && paragraphs[p].upperBound <= w.range.lowerBound { p += 1 }
            guard p < paragraphs.count else { break }
            if w.range.count >= 3 || w.isNumber, !TermCounter.stopwords.contains(w.hash) { sets[p].insert(w.hash) }
        }
        return sets
    }

    /// Paragraph pairs holding claims that `ClaimMatcher` finds to be the same claim.
    private static func sharedClaimParagraphs(_ a: Article, _ b: Article, _ ap: [Range<Int>], _ bp: [Range<Int>]) -> Set<Pair> {
        func paragraph(_ offset: Int, _ ranges: [Range<Int>]) -> Int? {
            var lo = 0, hi = ranges.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if ranges[mid].upperBound <= offset { lo = mid + 1 } else { hi = mid }
            }
            return lo < ranges.count && ranges[lo].contains(offset) ? lo : nil
        }
        var result = Set<Pair>()
        for cluster in ClaimMatcher().clusters(in: [a, b]) {
            guard let x = cluster.members.first(where: { $0.article == 0 }), let y = cluster.members.first(where: { $0.article == 1 }),
                  let i = paragraph(a.claims[x.claim].range.lowerBound, ap), let j = paragraph(b.claims[y.claim].range.lowerBound, bp)
            else { continue }
            result.insert(Pair(i, j))
        }
        return result
    }

    /// Words of each paragraph missing from the other, by a longest common subsequence of words.
    static func differences(_ lBody: String, _ lw: [WordSpan], _ lRange: Range<Int>,
                            _ rBody: String, _ rw: [WordSpan], _ rRange: Range<Int>) -> ([Difference], [Difference]) {
        differences(Side(lBody), lRange, Side(rBody), rRange)
    }

    static func differences(_ l: Side, _ lRange: Range<Int>, _ r: Side, _ rRange: Range<Int>) -> ([Difference], [Difference]) {
        // Ranges come from the articles (and, through the cache, from disk): one outside its body compares nothing.
        guard lRange.lowerBound >= 0, lRange.upperBound <= l.scalars.count, rRange.lowerBound >= 0, rRange.upperBound <= r.scalars.count
        else { return ([], []) }
        let a = Array(l.words(in: lRange)), b = Array(r.words(in: rRange))
        var keepA = [Bool](repeating: false, count: a.count), keepB = [Bool](repeating: false, count: b.count)
        if a.count * b.count <= 250_000 {
            var table = [[Int32]](repeating: [Int32](repeating: 0, count: b.count + 1), count: a.count + 1)
            for i in stride(from: a.count - 1, through: 0, by: -1) {
                for j in stride(from: b.count - 1, through: 0, by: -1) {
                    table[i][j] = a[i].hash == b[j].hash ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
            var i = 0, j = 0
            while i < a.count && j < b.count {
                if a[i].hash == b[j].hash { keepA[i] = true; keepB[j] = true; i += 1; j += 1 }
                else if table[i + 1][j] >= table[i][j + 1] { i += 1 } else { j += 1 }
            }
        } else {
            // Very long paragraphs: words the other side lacks anywhere.
            let sa = Set(a.map(\.hash)), sb = Set(b.map(\.hash))
            for k in a.indices { keepA[k] = sb.contains(a[k].hash) }
            for k in b.indices { keepB[k] = sa.contains(b[k].hash) }
        }
        let lowercase = l.lowercase.union(r.lowercase)
        return (classify(a, keepA, in: l.scalars, paragraph: lRange, lowercase: lowercase),
                classify(b, keepB, in: r.scalars, paragraph: rRange, lowercase: lowercase))
    }

    private static let dateWords = DateFinder.nameHashes

    /// Words written capitalised in titles and English names that name no one ("The Independent"
    /// differs from "New York Post" in its names, not in "The").
    private static let capitalisedFunctionWords: Set<UInt64> = Set(["the", "a", "an", "of", "and", "in", "on", "for", "to", "by", "at",
                                                                    "dan", "di", "ke", "dari", "yang", "untuk"].map(TokenizedText.hash))

    /// An outlet's domain in a dateline ("KOMPAS.com"): the word runs on into ".com", ".co.id".
    private static func isDomain(_ w: WordSpan, scalars: [Unicode.Scalar], paragraph: Range<Int>) -> Bool {
        let end = w.range.upperBound - paragraph.lowerBound
        guard end + 2 < scalars.count, scalars[end] == "." else { return false }
        let next = scalars[end + 1]
        return next.properties.isLowercase
    }

    private static func classify(_ words: [WordSpan], _ kept: [Bool], in body: [Unicode.Scalar], paragraph: Range<Int>,
                                 lowercase: Set<UInt64>) -> [Difference] {
        var result: [Difference] = []
        let scalars = Array(body[paragraph])
        // A dateline opening the paragraph ("VIVA Nasional – ", "MOSKWA, KOMPAS.com – ") names the outlet and place, not the story's people.
        let datelineEnd: Int = {
            let limit = min(scalars.count - 2, 60)
            guard limit > 0 else { return 0 }
            for k in 1..<limit where scalars[k - 1] == " " && (scalars[k] == "\u{2013}" || scalars[k] == "\u{2014}" || scalars[k] == "-") && scalars[k + 1] == " " {
                return paragraph.lowerBound + k
            }
            return 0
        }()
        for k in words.indices where !kept[k] {
            let w = words[k]
            let nearDateWord = (k > 0 && dateWords.contains(words[k - 1].hash)) || (k + 1 < words.count && dateWords.contains(words[k + 1].hash))
            let kind: DifferenceKind
            if dateWords.contains(w.hash) || (w.isNumber && (nearDateWord || scalars[w.range.lowerBound - paragraph.lowerBound..<w.range.upperBound - paragraph.lowerBound].contains("/"))) {
                kind = .date
            } else if w.isNumber {
                kind = .number
            } else if w.isCapitalized && !SentenceStart.opens(scalars, at: w.range.lowerBound - paragraph.lowerBound)
                        && !capitalisedFunctionWords.contains(w.hash) && !isDomain(w, scalars: scalars, paragraph: paragraph)
                        && !lowercase.contains(w.hash) && w.range.lowerBound >= datelineEnd {
                kind = .name
            } else if k > 0, result.last?.range.upperBound == words[k - 1].range.upperBound, result.last?.kind == .name,
                      words[k - 1].range.upperBound + 1 == w.range.lowerBound, body[words[k - 1].range.upperBound] == "-" {
                kind = .name   // "Kim Jong-un": the name goes on after its hyphen
            } else {
                kind = .word
            }
            // One name is one difference: a name word right after another, with a space or a hyphen
            // between ("Hendra Saputra", "Kim Jong-un"), widens it.
            if kind == .name, k > 0, let last = result.last, last.kind == .name, last.range.upperBound == words[k - 1].range.upperBound,
               words[k - 1].range.upperBound + 1 == w.range.lowerBound,
               body[words[k - 1].range.upperBound] == " " || body[words[k - 1].range.upperBound] == "-" {
                result[result.count - 1].range = last.range.lowerBound..<w.range.upperBound
                continue
            }
            result.append(Difference(range: w.range, kind: kind))
        }
        return result
    }
}
