import KabarCore

/// The desk's own state: the articles it compares, its rows (made when it opens), the selected
/// row and the first shown.
public struct DeskScreen: Sendable {
    public var articles: [Int] = []
    var rows: [DeskView.Row] = []
    public var cursor = 0
    public var top = 0
}

/// The desk's rows for a set of articles, as background work hands them back.
public struct DeskContent: Sendable {
    let articles: [Int]
    let rows: [DeskView.Row]
}
