import KabarCore

/// The library screen's own state: the cursor and scroll, the filter (and the articles whose text
/// holds it), the sort order, the story it is narrowed to, the marks, and the rows all these give.
/// It stays under every screen opened from it, so going back finds it as the user left it.
public struct LibraryScreen: Sendable {
    /// `s` cycles through them: file order, newest first, oldest first (tracing the first report), outlet.
    public enum SortOrder: String, Sendable, CaseIterable {
        case file, date, oldest, outlet

        /// As the title bar names it.
        public var label: String {
            switch self {
            case .file: return "file"
            case .date: return "date, newest first"
            case .oldest: return "date, oldest first"
            case .outlet: return "outlet"
            }
        }
    }

    public var cursor = 0
    /// The first row shown.
    public var top = 0
    public var filter = ""
    public var isFiltering = false
    /// The filter as it was when `/` started editing it: Esc puts it back.
    var filterBeforeEditing = ""
    /// The articles whose text holds the filter (for the filter as it is now).
    public var textMatches: TextMatches?
    public var sortOrder: SortOrder = .file
    /// Only this story's articles are shown (set from the story list).
    public var storyFilter: Int?
    /// Articles marked (m) for the columns, compare and desk screens, in marking order, at most 4.
    public var marked: [Int] = []

    /// The rows last made and what they were made from: `rows` makes them again only when one
    /// of these changed (a key in the library on 10,000 articles must not sort them all again).
    private var cached: (source: RowSource, rows: [Int])?
    /// Each article's title and outlet lowercased, made at the first filter (not at every key).
    private var titleKeys: [String]?

    struct RowSource: Equatable {
        var filter: String
        var sortOrder: SortOrder
        var storyFilter: Int?
        var textQuery: String?
        var textCount: Int
        var storyCount: Int?
        var articleCount: Int
    }

    public init() {}

    func source(articles: [Article], stories: [Story]?) -> RowSource {
        RowSource(filter: filter, sortOrder: sortOrder, storyFilter: storyFilter, textQuery: textMatches?.query,
                  textCount: textMatches?.articles.count ?? 0, storyCount: stories?.count, articleCount: articles.count)
    }

    /// Indexes into `articles`, filtered and sorted as the library shows them.
    func rows(articles: [Article], stories: [Story]?) -> [Int] {
        if let cached, cached.source == source(articles: articles, stories: stories) { return cached.rows }
        return makeRows(articles: articles, stories: stories)
    }

    /// Keeps the rows for the state as it is now (after each event), so drawing and the next key read them.
    mutating func refreshRows(articles: [Article], stories: [Story]?) {
        if !filter.isEmpty, titleKeys?.count != articles.count { titleKeys = articles.map(Self.titleKey) }
        let now = source(articles: articles, stories: stories)
        if cached?.source != now { cached = (now, makeRows(articles: articles, stories: stories)) }
    }

    private func makeRows(articles: [Article], stories: [Story]?) -> [Int] {
        var indexes = Array(articles.indices)
        if let s = storyFilter, let stories, s < stories.count { indexes = stories[s].articleIndexes }
        if !filter.isEmpty {
            let needle = filter.lowercased()
            let inText = textMatches?.query == filter ? textMatches?.articles : nil
            let keys = titleKeys?.count == articles.count ? titleKeys : nil
            indexes = indexes.filter { i in
                inText?.contains(i) == true || (keys?[i] ?? Self.titleKey(articles[i])).contains(needle)
            }
        }
        // Sorted by integer keys made once per sort (comparing dates and outlet names themselves
        // took 376 ms a key on 100,000 articles).
        switch sortOrder {
        case .file: break
        case .date, .oldest:
            // Dated articles in the order asked, undated ones last, ties (to the minute) in file order.
            let newestFirst = sortOrder == .date
            let keys = articles.map { a -> Int64 in
                guard let d = a.published else { return Int64.max }
                // The fields in `PublishedDate <`'s order (wrapping, never trapping, on a date out of range).
                let minutes = Int64((((d.year &* 13 &+ d.month) &* 32 &+ d.day) &* 25 &+ (d.hour ?? 0)) &* 61 &+ (d.minute ?? 0))
                return newestFirst ? -minutes : minutes
            }
            indexes.sort { (keys[$0], $0) < (keys[$1], $1) }
        case .outlet:
            // Outlets by name ("~" for none, after every name), ties in file order.
            let names = articles.map { $0.outlet ?? "~" }
            var rank: [String: Int] = [:]
            for (k, name) in Set(names).sorted().enumerated() { rank[name] = k }
            let ranks = names.map { rank[$0]! }
            indexes.sort { (ranks[$0], $0) < (ranks[$1], $1) }
        }
        return indexes
    }

    /// What the filter reads besides the text: the title and the outlet, lowercased (a line break
    /// between them, which no filter holds).
    static func titleKey(_ a: Article) -> String { ((a.title ?? "") + "\n" + (a.outlet ?? "")).lowercased() }

    /// Rows of articles between the title bar and the status bar.
    static func viewport(height: Int) -> Int { max(1, height - 2) }

    /// The cursor on a row, and the rows scrolled so that it shows.
    mutating func clamp(rowCount n: Int, height: Int) {
        Movement.clampList(cursor: &cursor, top: &top, rowCount: n, viewport: Self.viewport(height: height))
    }

    /// A key while the filter is typed (after `/`): Enter keeps it, Esc puts back the filter from before.
    mutating func editFilter(_ key: Key) {
        switch key {
        case .enter: isFiltering = false
        case .escape:
            isFiltering = false
            filter = filterBeforeEditing
            toFirstRow()
        case .backspace:
            if !filter.isEmpty { filter.removeLast() }
            toFirstRow()
        case .character(let c):
            filter.append(c)
            toFirstRow()
        default: break
        }
    }

    /// Back to the first row (the filter or the sort changed).
    mutating func toFirstRow() {
        cursor = 0
        top = 0
    }
}
