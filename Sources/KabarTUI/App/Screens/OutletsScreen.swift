import KabarCore

/// The outlet comparison's own state: the two outlets (`O`), their comparison once the background
/// work delivers it, and the selected story.
public struct OutletsScreen: Sendable {
    public var names: (String, String)?
    public var comparison: OutletComparison?
    public var cursor = 0
}
