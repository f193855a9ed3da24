/// The keys that move a cursor or scroll, the same on every screen: a line (↓ ↑, j k, repeated by
/// the wheel), a page (PgDn PgUp, Space b), the first or the last (Home End, g G).
enum Movement {
    /// `value` moved by `key`; nil when the key does not move. The screen clamps the result.
    static func apply(_ key: Key, to value: Int, count: Int, page: Int, last: Int) -> Int? {
        switch key {
        case .down, .character("j"): return value + count
        case .up, .character("k"): return value - count
        case .pageDown, .character(" "): return value + page
        case .pageUp, .character("b"): return value - page
        case .home, .character("g"): return 0
        case .end, .character("G"): return last
        default: return nil
        }
    }
}

extension Movement {
    /// A list's cursor moved by `key` and kept on a row, and its first row shown keeping it in
    /// view; false when the key does not move (a page is the viewport's rows).
    static func moveList(_ key: Key, cursor: inout Int, top: inout Int, count: Int, rowCount n: Int, viewport rows: Int) -> Bool {
        guard let moved = apply(key, to: cursor, count: count, page: rows, last: n - 1) else { return false }
        cursor = min(max(0, n - 1), max(0, moved))
        top = scrolledTop(top, showing: cursor, rows: rows)
        return true
    }

    /// A list's cursor kept on a row, and its first row shown keeping it in view with the screen
    /// full where the rows allow.
    static func clampList(cursor: inout Int, top: inout Int, rowCount n: Int, viewport rows: Int) {
        cursor = min(max(0, cursor), max(0, n - 1))
        top = scrolledTop(top, showing: cursor, rows: rows)
        top = max(0, min(top, max(0, n - rows)))
    }
}
