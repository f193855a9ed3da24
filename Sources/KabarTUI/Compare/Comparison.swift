import KabarCore

/// Two articles in the compare screen: their alignment (found once, in the background, when the screen opens) and
/// its layout at the current width (found again only when the width changes).
public struct Comparison: Sendable {
    public let left: Int
    public let right: Int
    public let alignment: PairAlignment
    public private(set) var layout: CompareLayout
    public private(set) var screenWidth: Int
    /// The numbers, dates and names one side has in a facing paragraph and the other lacks, for
    /// the summary line (each side's texts in order, once each).
    public let summary: [Summary]

    public struct Summary: Sendable, Equatable {
        public var kind: PairAlignment.DifferenceKind
        public var left: [String]
        public var right: [String]
    }

    /// The comparison of an alignment found before (in the background: `Effect.alignPair`).
    public init(alignment: PairAlignment, articles: [Article], left: Int, right: Int, screenWidth: Int) {
        self.left = left
        self.right = right
        self.alignment = alignment
        self.screenWidth = screenWidth
        self.layout = CompareLayout(alignment, left: articles[left], right: articles[right], columnWidth: Self.columnWidth(screenWidth))
        self.summary = Self.summary(alignment, left: articles[left], right: articles[right])
    }

    static func summary(_ alignment: PairAlignment, left: Article, right: Article) -> [Summary] {
        let leftText = ScalarText(left.body), rightText = ScalarText(right.body)
        func texts(_ differences: [PairAlignment.Difference], _ kind: PairAlignment.DifferenceKind, _ body: ScalarText) -> [String] {
            // Neighbouring words of one kind read as one ("12 Maret 2026", "Badan SAR Nasional").
            var phrases: [Range<Int>] = []
            for d in differences where d.kind == kind {
                if let last = phrases.last, d.range.lowerBound - last.upperBound <= 1, d.range.lowerBound >= last.upperBound,
                   body.text(in: last.upperBound..<d.range.lowerBound).allSatisfy({ $0 == " " || $0 == "-" }) {
                    phrases[phrases.count - 1] = last.lowerBound..<d.range.upperBound
                } else {
                    phrases.append(d.range)
                }
            }
            var seen = Set<String>(), out: [String] = []
            for range in phrases {
                let t = body.text(in: range)
                if seen.insert(t).inserted { out.append(t) }
            }
            return out
        }
        return [PairAlignment.DifferenceKind.number, .date, .name].compactMap { kind in
            let l = texts(alignment.rows.flatMap(\.leftDifferences), kind, leftText)
            let r = texts(alignment.rows.flatMap(\.rightDifferences), kind, rightText)
            return l.isEmpty && r.isEmpty ? nil : Summary(kind: kind, left: l, right: r)
        }
    }

    /// Each side's text width: the screen less a one-cell margin on the outside of each column and
    /// a three-cell gutter between them.
    public static func columnWidth(_ screenWidth: Int) -> Int { max(4, (screenWidth - 5) / 2) }

    mutating func resize(to width: Int, articles: [Article]) {
        guard width != screenWidth else { return }
        screenWidth = width
        layout = CompareLayout(alignment, left: articles[left], right: articles[right], columnWidth: Self.columnWidth(width))
    }

    /// Rows where the two sides differ (their first lines), for n / N.
    public var differenceStarts: [Int] {
        alignment.rows.indices.filter { alignment.rows[$0].kind != .same }.map { layout.rowStarts[$0] }
    }
}
