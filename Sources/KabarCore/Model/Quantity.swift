/// A number as written in the text, normalised to a value with its unit or counted noun.
public struct Quantity: Sendable, Hashable, Codable {
    /// The text as written ("100 Ribu Pasukan", "Rp 420 Triliun").
    public var text: String
    /// The normalised value (100000, 420000000000000).
    public var value: Double
    /// Unit or counted noun, lowercased ("pasukan", "km", "persen"), nil when none follows.
    public var unit: String?
    /// Currency code when the amount is money ("IDR", "USD").
    public var currency: String?
    /// Position in the cleaned body, in Unicode scalars.
    public var range: Range<Int>

    public init(text: String, value: Double, unit: String?, currency: String?, range: Range<Int>) {
        self.text = text
        self.value = value
        self.unit = unit
        self.currency = currency
        self.range = range
    }
}
