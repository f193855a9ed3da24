import KabarCore

/// The ledger screen's own state (`L`): every verdict of the user's ledger, newest change first,
/// where each stands in this collection (found when the screen opens), the label shown (nil: all),
/// the selected row and the first shown.
public struct LedgerScreen: Sendable {
    /// Indexes into `AppState.verdicts`, newest change first.
    var order: [Int] = []
    var places: [VerdictPlace] = []
    public var label: String?
    public var cursor = 0
    public var top = 0

    /// The verdicts shown: every one, or those with the label chosen.
    func rows(_ verdicts: [Verdict]) -> [Int] {
        guard let label else { return order }
        return order.filter { verdicts[$0].label == label }
    }

    /// Rows between the title bar and the status bar.
    static func viewport(height: Int) -> Int { max(1, height - 2) }
}
