/// The compare screen's own state: the open comparison, the first layout line shown (both sides
/// scroll together), and whether every differing word is marked (`w`) or only numbers, dates
/// and names.
public struct CompareScreen: Sendable {
    public var comparison: Comparison?
    public var top = 0
    public var showsAllWords = false
    /// The pair being aligned in the background (`Effect.alignPair`); the screen shows a spinner until then.
    public var waiting: Pair?
    /// The alignment row to keep at the top when the alignment arrives (after `s`).
    public var rowToKeep: Int?

    public struct Pair: Sendable, Hashable {
        public var left: Int
        public var right: Int
    }
}
