/// Numbers for the same thing that outlets report differently: 100.000 troops in three
/// outlets, 500.000, 50.000 and 10.000 in others (conflicting), or 1,3 juta and 1,28 juta
/// active personnel (compatible once rounded).
public struct NumberDiscrepancy: Sendable, Hashable {
    public struct Report: Sendable, Hashable {
        /// Index into the article list the discrepancies were found in.
        public var article: Int
        public var quantity: Quantity
        /// The number is in the headline: its range counts scalars of the title, not the body.
        public var inHeadline: Bool
    }

    /// What the numbers count ("troops", "people", "km", "money:IDR").
    public var family: String
    /// `.conflicting` when any two values conflict, `.compatibleByRounding` otherwise.
    public var agreement: NumberAgreement
    /// Every report of the thing, by value (largest first), then article.
    public var reports: [Report]

    /// The distinct values, largest first.
    public var values: [Double] {
        var seen: [Double] = []
        for r in reports where !seen.contains(r.quantity.value) { seen.append(r.quantity.value) }
        return seen
    }
}
