/// The columns screen's own state: each column's first line, the focused column, and whether
/// the columns scroll together (`a` toggles).
public struct ColumnsScreen: Sendable, Equatable {
    public var tops: [Int] = []
    public var focused = 0
    public var scrollsTogether = true

    /// Two to four articles, each at its top, the first focused (the scrolling choice is kept).
    mutating func open(columns: Int) {
        tops = Array(repeating: 0, count: columns)
        focused = 0
    }

    /// Lines of each column between the title bar and the status bar, under the headers.
    static func viewport(height: Int) -> Int { max(1, height - 3) }
}
