/// A screen of text lines that only scrolls (help, the inputs that could not be read): the first
/// line shown.
public struct TextScreen: Sendable, Equatable {
    public var top = 0

    /// Scrolls for a moving key over `lineCount` lines shown `viewport` at a time; false when the key does not scroll.
    mutating func scroll(_ key: Key, count: Int, lineCount: Int, viewport: Int) -> Bool {
        // The last first line that still fills the screen.
        let last = max(0, lineCount - viewport)
        guard let moved = Movement.apply(key, to: top, count: count, page: max(1, viewport - 1), last: last) else { return false }
        top = max(0, min(moved, last))
        return true
    }
}
