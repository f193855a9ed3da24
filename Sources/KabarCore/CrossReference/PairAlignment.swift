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
        let lp = ParagraphRanges.of(left.body), rp = ParagraphRanges.of(right.body)
        let lw = WordSpans.of(left.body), rw = WordSpans.of(right.body)
        let lSets = Self.contentSets(lw, paragraphs: lp), rSets = Self.contentSets(rw, paragraphs: rp)
        let shared = Self.sharedClaimParagraphs(left, right, lp, rp)

        // Best monotone matching: the most total similarity, paragraphs kept in order.
        let n = lp.count, m = rp.count
        var score = [[Double]](repeating: [Double](repeating: 0, count: m), count: n)
        for i in 0..<n {
            for j in 0..<m {
                let common = lSets[i].intersection(rSets[j]).count
                let shorter = min(lSets[i].count, rSets[j].count)
                var s = shorter == 0 ? 0 : Double(common) / Double(shorter)
                if common < 4 || s < Self.containment { s = 0 }
                if shared.contains(Pair(i, j)) { s = max(s, Self.containment) + 1 }
                score[i][j] = s
            }
        }
        var best = [[Double]](repeating: [Double](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                var v = max(best[i + 1][j], best[i][j + 1])
                if score[i][j] > 0 { v = max(v, best[i + 1][j + 1] + score[i][j]) }
                best[i][j] = v
            }
        }
        var rows: [Row] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, score[i][j] > 0, best[i][j] == best[i + 1][j + 1] + score[i][j] {
                let (ld, rd) = Self.differences(left.body, lw, lp[i], right.body, rw, rp[j])
                rows.append(Row(left: lp[i], right: rp[j], kind: ld.isEmpty && rd.isEmpty ? .same : .changed,
                                sharesClaim: shared.contains(Pair(i, j)), leftDifferences: ld, rightDifferences: rd))
                i += 1; j += 1
            } else if i < n, j == m || best[i][j] == best[i + 1][j] {
                rows.append(Row(left: lp[i], right: nil, kind: .leftOnly, sharesClaim: false, leftDifferences: [], rightDifferences: []))
                i += 1
            } else {
                rows.append(Row(left: nil, right: rp[j], kind: .rightOnly, sharesClaim: false, leftDifferences: [], rightDifferences: []))
                j += 1
            }
        }
        self.rows = rows
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
        func paragraph(_ offset: Int, _ ranges: [Range<Int>]) -> Int? { ranges.firstIndex { $0.contains(offset) } }
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
        let a = lw.filter { lRange.contains($0.range.lowerBound) }
        let b = rw.filter { rRange.contains($0.range.lowerBound) }
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
        return (classify(a, keepA, in: lBody, paragraph: lRange), classify(b, keepB, in: rBody, paragraph: rRange))
    }

    private static let dateWords = DateFinder.nameHashes

    private static func classify(_ words: [WordSpan], _ kept: [Bool], in body: String, paragraph: Range<Int>) -> [Difference] {
        var result: [Difference] = []
        let scalars = Array(body.unicodeScalars[body.unicodeScalars.index(body.unicodeScalars.startIndex, offsetBy: paragraph.lowerBound)...].prefix(paragraph.count))
        for k in words.indices where !kept[k] {
            let w = words[k]
            let nearDateWord = (k > 0 && dateWords.contains(words[k - 1].hash)) || (k + 1 < words.count && dateWords.contains(words[k + 1].hash))
            let kind: DifferenceKind
            if dateWords.contains(w.hash) || (w.isNumber && (nearDateWord || scalars[w.range.lowerBound - paragraph.lowerBound..<w.range.upperBound - paragraph.lowerBound].contains("/"))) {
                kind = .date
            } else if w.isNumber {
                kind = .number
            } else if w.isCapitalized && !SentenceStart.opens(scalars, at: w.range.lowerBound - paragraph.lowerBound) {
                kind = .name
            } else {
                kind = .word
            }
            result.append(Difference(range: w.range, kind: kind))
        }
        return result
    }
}
