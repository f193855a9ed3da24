import KabarCore

/// Two articles in the compare screen: their alignment (found once, when the screen opens) and
/// its layout at the current width (found again only when the width changes).
public struct Comparison: Sendable {
    public let left: Int
    public let right: Int
    public let alignment: PairAlignment
    public private(set) var layout: CompareLayout
    public private(set) var screenWidth: Int

    public init(articles: [Article], left: Int, right: Int, screenWidth: Int) {
        self.left = left
        self.right = right
        self.alignment = PairAlignment(articles[left], articles[right])
        self.screenWidth = screenWidth
        self.layout = CompareLayout(alignment, left: articles[left], right: articles[right], columnWidth: Self.columnWidth(screenWidth))
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
