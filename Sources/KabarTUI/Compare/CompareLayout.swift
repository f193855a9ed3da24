import KabarCore

/// A pair alignment wrapped into screen lines of two columns: each row's paragraphs wrapped to
/// the column width, the shorter side padded so the next row starts level on both sides, a
/// filler side marked as such. Shared by the compare screen and `kabar compare`'s text output.
public struct CompareLayout: Sendable {
    public struct Mark: Sendable, Equatable {
        /// Scalar range within the line's text.
        public var range: Range<Int>
        public var kind: PairAlignment.DifferenceKind
    }

    public struct Side: Sendable, Equatable {
        public var text: String
        public var marks: [Mark]
    }

    public struct Line: Sendable, Equatable {
        /// nil on a filler (the other article has no paragraph here); "" on padding or a gap line.
        public var left: Side?
        public var right: Side?
        /// Index of the alignment row this line belongs to; nil for the blank line between rows.
        public var row: Int?
        public var kind: PairAlignment.RowKind?
    }

    public var lines: [Line]
    /// The first line of each alignment row.
    public var rowStarts: [Int]

    public init(_ alignment: PairAlignment, left: Article, right: Article, columnWidth: Int) {
        var lines: [Line] = []
        var starts: [Int] = []
        let width = max(1, columnWidth)
        let leftText = ScalarText(left.body), rightText = ScalarText(right.body)
        for (k, row) in alignment.rows.enumerated() {
            if k > 0 { lines.append(Line(left: Side(text: "", marks: []), right: Side(text: "", marks: []), row: nil, kind: nil)) }
            starts.append(lines.count)
            let l = row.left.map { Self.wrap(leftText, $0, row.leftDifferences, width) }
            let r = row.right.map { Self.wrap(rightText, $0, row.rightDifferences, width) }
            let height = max(l?.count ?? 0, r?.count ?? 0)
            for y in 0..<height {
                let ls: Side? = l.map { y < $0.count ? $0[y] : Side(text: "", marks: []) }
                let rs: Side? = r.map { y < $0.count ? $0[y] : Side(text: "", marks: []) }
                lines.append(Line(left: ls, right: rs, row: k, kind: row.kind))
            }
        }
        self.lines = lines
        self.rowStarts = starts
    }

    /// A side's paragraph wrapped; a side holding two paragraphs (one outlet joined what the other
    /// wrote as two) shows both, a blank line between.
    private static func wrap(_ body: ScalarText, _ range: Range<Int>, _ differences: [PairAlignment.Difference], _ width: Int) -> [Side] {
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        for k in range where body.scalars[k] == "\n" {
            if k > start { parts.append(start..<k) }
            start = k + 1
        }
        if start < range.upperBound { parts.append(start..<range.upperBound) }
        var sides: [Side] = []
        for (n, part) in parts.enumerated() {
            if n > 0 { sides.append(Side(text: "", marks: [])) }
            sides += wrapParagraph(body, part, differences, width)
        }
        return sides
    }

    private static func wrapParagraph(_ body: ScalarText, _ paragraph: Range<Int>, _ differences: [PairAlignment.Difference], _ width: Int) -> [Side] {
        let text = body.text(in: paragraph)
        return TextWrapper.wrapWithRanges(text, width: width).map { line, range in
            let absolute = (paragraph.lowerBound + range.lowerBound)..<(paragraph.lowerBound + range.upperBound)
            let marks = differences.compactMap { d -> Mark? in
                let r = d.range.clamped(to: absolute)
                return r.isEmpty ? nil : Mark(range: (r.lowerBound - absolute.lowerBound)..<(r.upperBound - absolute.lowerBound), kind: d.kind)
            }
            return Side(text: line, marks: marks)
        }
    }
}
