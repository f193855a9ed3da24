extension String {
    /// The text at a range of Unicode scalar offsets (the unit of every range kabar reports),
    /// clamped to the string.
    public func scalars(in range: Range<Int>) -> String {
        let view = unicodeScalars
        let lower = max(0, range.lowerBound)
        guard let start = view.index(view.startIndex, offsetBy: lower, limitedBy: view.endIndex) else { return "" }
        let end = view.index(start, offsetBy: max(0, range.upperBound - lower), limitedBy: view.endIndex) ?? view.endIndex
        return String(view[start..<end])
    }
}
