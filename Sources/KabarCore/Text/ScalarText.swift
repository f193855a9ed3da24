/// A text read as an array of Unicode scalars, so a range of scalar offsets (the unit of every
/// range kabar reports) is cut in time proportional to its length, not to where it starts.
public struct ScalarText: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) { scalars = Array(string.unicodeScalars) }
    init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    /// The text of `range`, encoded to UTF-8 straight into the new string (appending the scalars
    /// to a string's scalar view took about 7,000 instructions for a word).
    func callAsFunction(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return scalars.withUnsafeBufferPointer { p in
            String(unsafeUninitializedCapacity: range.count * 4) { out in
                var n = 0
                for k in range {
                    let v = p[k].value
                    if v < 0x80 {
                        out[n] = UInt8(truncatingIfNeeded: v); n &+= 1
                    } else if v < 0x800 {
                        out[n] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6)); out[n &+ 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)); n &+= 2
                    } else if v < 0x10000 {
                        out[n] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12)); out[n &+ 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                        out[n &+ 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)); n &+= 3
                    } else {
                        out[n] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18)); out[n &+ 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
                        out[n &+ 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F)); out[n &+ 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                        n &+= 4
                    }
                }
                return n
            }
        }
    }

    func callAsFunction(_ word: WordSpan) -> String { self(word.range) }

    /// The text at `range`, clamped to the text (a range from elsewhere may not fit).
    public func text(in range: Range<Int>) -> String {
        let lower = min(max(0, range.lowerBound), scalars.count), upper = min(max(lower, range.upperBound), scalars.count)
        return self(lower..<upper)
    }
}
