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
