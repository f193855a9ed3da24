/// The compare screen's own state: the open comparison, the first layout line shown (both sides
/// scroll together), and whether every differing word is marked (`w`) or only numbers, dates
/// and names.
public struct CompareScreen: Sendable {
    public var comparison: Comparison?
    public var top = 0
    public var showsAllWords = false
}
