/// A text read as an array of Unicode scalars, so a range of scalar offsets (the unit of every
/// range kabar reports) is cut in time proportional to its length, not to where it starts.
public struct ScalarText: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) { scalars = Array(string.unicodeScalars) }
    init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    func callAsFunction(_ range: Range<Int>) -> String {
        var s = ""
        s.unicodeScalars.append(contentsOf: scalars[range])
        return s
    }

    func callAsFunction(_ word: WordSpan) -> String { self(word.range) }

    /// The text at `range`, clamped to the text (a range from elsewhere may not fit).
    public func text(in range: Range<Int>) -> String {
        let lower = min(max(0, range.lowerBound), scalars.count), upper = min(max(lower, range.upperBound), scalars.count)
        return self(lower..<upper)
    }
}
