import KabarCore

/// The entity list's own state: the search typed, the selected entity and the first row shown.
public struct EntityListScreen: Sendable, Equatable {
    public var filter = ""
    public var cursor = 0
    public var top = 0
    /// The entities the filter matches, kept between keys (scanning every entity's spellings
    /// three times a key took 420 ms on 100,000 articles); a filter typed further narrows them.
    private var matches: Matches?

    struct Matches: Sendable {
        var needle: String
        var tableSize: Int
        var rows: [Int]
    }

    public static func == (a: EntityListScreen, b: EntityListScreen) -> Bool {
        (a.filter, a.cursor, a.top) == (b.filter, b.cursor, b.top)
    }

    /// The entities of `table` the filter matches, in rank order.
    func rows(in table: EntityTable) -> [Int] {
        if let m = matches, m.tableSize == table.entities.count, m.needle == EntityName.key(filter) { return m.rows }
        return table.matching(filter)
    }

    /// Keeps the matches for the filter as it is now (after each event).
    mutating func refreshRows(in table: EntityTable) {
        let needle = EntityName.key(filter)
        if let m = matches, m.tableSize == table.entities.count {
            if m.needle == needle { return }
            if !m.needle.isEmpty, needle.contains(m.needle) {
                matches = Matches(needle: needle, tableSize: m.tableSize, rows: table.matching(filter, within: m.rows))
                return
            }
        }
        matches = Matches(needle: needle, tableSize: table.entities.count, rows: table.matching(filter))
    }

    /// Rows of entities under the title bar and the search line, above the status bar.
    static func viewport(height: Int) -> Int { max(1, height - 3) }

    /// A new search: from the first entity.
    mutating func toFirstRow() {
        cursor = 0
        top = 0
    }
}

/// One entity's screen: the selected item (a claim or a mention) and the first line shown.
public struct EntityScreen: Sendable, Equatable {
    public var item = 0
    public var top = 0

    /// Lines of items under the title bar and the spellings, above the status bar.
    static func viewport(height: Int) -> Int { max(1, height - 3) }
}
