/// A body as Unicode scalars (so every range is a scalar offset, as the JSON contract counts)
/// split into word and punctuation tokens. Words carry a hash of their lowercase form, so
/// lexicon look-ups allocate nothing.
struct TokenizedText {
    struct Token {
        var range: Range<Int>
        /// FNV-1a of the lowercased word; 0 for punctuation.
        var hash: UInt64
        var isWord: Bool
        var isCapitalized: Bool
        var isAllCaps: Bool
        var hasDigit: Bool
        /// The scalar of a punctuation token.
        var mark: Unicode.Scalar
    }

    let scalars: [Unicode.Scalar]
    private(set) var tokens: [Token] = []
    /// Paragraph ranges (separated by newlines), in scalars.
    private(set) var paragraphs: [Range<Int>] = []

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        tokenize()
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    private mutating func tokenize() {
        let n = scalars.count
        var i = 0
        var paragraphStart = 0
        tokens.reserveCapacity(n / 5)
        while i < n {
            let s = scalars[i]
            if s == "\n" {
                if i > paragraphStart { paragraphs.append(paragraphStart..<i) }
                paragraphStart = i + 1
                i += 1
                continue
            }
            if s == " " { i += 1; continue }
            if Self.isWordScalar(s) {
                let start = i
                var hash: UInt64 = 0xcbf29ce484222325
                var upper = 0, letters = 0, digit = false
                while i < n {
                    let c = scalars[i]
                    if Self.isWordScalar(c) {
                        var v = c.value
                        if v >= 0x41 && v <= 0x5A { upper += 1; v += 32 } else if v >= 0x80, c.properties.isUppercase { upper += 1 }
                        if v >= 0x30 && v <= 0x39 { digit = true } else { letters += 1 }
                        hash = (hash ^ UInt64(v)) &* 0x100000001b3
                        i += 1
                    } else if (c == "-" || c == "'" || c == "’") && i + 1 < n && Self.isWordScalar(scalars[i + 1]) && i > start {
                        // Inner hyphen or apostrophe: "Jong-un", "YouTube-nya", "Ma’ruf".
                        hash = (hash ^ UInt64(c == "’" ? 0x27 : c.value)) &* 0x100000001b3
                        i += 1
                    } else {
                        break
                    }
                }
                let first = scalars[start]
                let capital = first.properties.isUppercase
                tokens.append(Token(range: start..<i, hash: hash, isWord: true, isCapitalized: capital,
                                    isAllCaps: letters >= 2 && upper == letters, hasDigit: digit, mark: first))
                continue
            }
            tokens.append(Token(range: i..<(i + 1), hash: 0, isWord: false, isCapitalized: false, isAllCaps: false, hasDigit: false, mark: s))
            i += 1
        }
        if n > paragraphStart { paragraphs.append(paragraphStart..<n) }
    }

    static func hash(_ word: String) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for c in word.unicodeScalars {
            var v = c.value
            if v >= 0x41 && v <= 0x5A { v += 32 }
            if c == "’" { v = 0x27 }
            hash = (hash ^ UInt64(v)) &* 0x100000001b3
        }
        return hash
    }

    func string(_ range: Range<Int>) -> String {
        var s = ""
        s.unicodeScalars.append(contentsOf: scalars[range])
        return s
    }

    /// Index of the first token starting at or after scalar offset `offset`.
    func tokenIndex(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].range.lowerBound < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
