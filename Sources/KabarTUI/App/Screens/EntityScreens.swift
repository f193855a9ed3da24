/// The entity list's own state: the search typed, the selected entity and the first row shown.
public struct EntityListScreen: Sendable, Equatable {
    public var filter = ""
    public var cursor = 0
    public var top = 0

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
