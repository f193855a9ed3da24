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
    /// The body's UTF-8 and, for every scalar index (plus the end), its byte offset: substrings
    /// are cut from bytes instead of being rebuilt scalar by scalar.
    private let utf8: [UInt8]
    private let byteOffsets: [Int32]
    private(set) var tokens: [Token] = []
    /// Paragraph ranges (separated by newlines), in scalars.
    private(set) var paragraphs: [Range<Int>] = []

    init(_ text: String) {
        var copy = text
        let bytes = copy.withUTF8 { Array($0) }
        let n = bytes.count
        var count = 0
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int32] = []
        bytes.withUnsafeBufferPointer { p in
            scalars = [Unicode.Scalar](unsafeUninitializedCapacity: n) { sbuf, sCount in
                offsets = [Int32](unsafeUninitializedCapacity: n + 1) { obuf, oCount in
                    var i = 0
                    var k = 0
                    while i < n {
                        obuf[k] = Int32(i)
                        let b = p[i]
                        if b < 0x80 {
                            sbuf[k] = Unicode.Scalar(b)
                            i += 1
                        } else {
                            let (v, len) = decodeUTF8Scalar(p, at: i)
                            sbuf[k] = Unicode.Scalar(v) ?? "\u{FFFD}"
                            i += max(len, 1)
                        }
                        k += 1
                    }
                    obuf[k] = Int32(n)
                    oCount = k + 1
                    count = k
                }
                sCount = count
            }
        }
        self.scalars = scalars
        self.utf8 = bytes
        self.byteOffsets = offsets
        tokenize()
    }

    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        if v >= 0x2000 && v <= 0x206F { return false }   // general punctuation: quotes, dashes, ellipsis
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    @inline(__always)
    static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase
    }

    /// ASCII classes: 1 digit, 2 lowercase, 3 uppercase, 0 other.
    private static let asciiClass: [UInt8] = (0..<128).map { v -> UInt8 in
        if v >= 0x30 && v <= 0x39 { return 1 }
        if v >= 0x61 && v <= 0x7A { return 2 }
        if v >= 0x41 && v <= 0x5A { return 3 }
        return 0
    }

    private mutating func tokenize() {
        let n = scalars.count
        var paragraphs: [Range<Int>] = []
        let table = Self.asciiClass
        var tokens: [Token] = []
        tokens.reserveCapacity(n / 4)
        scalars.withUnsafeBufferPointer { sc in
            table.withUnsafeBufferPointer { cls in
                var i = 0
                var paragraphStart = 0
                @inline(__always) func classOf(_ c: Unicode.Scalar) -> UInt8 {
                    let v = c.value
                    if v < 0x80 { return cls[Int(v)] }
                    if !Self.isWordScalar(c) { return 0 }
                    return Self.isUppercase(c) ? 3 : 2
                }
                while i < n {
                    let s = sc[i]
                    if s == "\n" {
                        if i > paragraphStart { paragraphs.append(paragraphStart..<i) }
                        paragraphStart = i + 1
                        i += 1
                        continue
                    }
                    if s == " " { i += 1; continue }
                    let firstClass = classOf(s)
                    if firstClass != 0 {
                        let start = i
                        var hash: UInt64 = 0xcbf29ce484222325
                        var upper = 0, letters = 0, digit = false
                        while i < n {
                            let c = sc[i]
                            let k = classOf(c)
                            if k != 0 {
                                var v = c.value
                                if k == 3 { upper += 1; if v < 0x80 { v += 32 } }
                                if k == 1 { digit = true } else { letters += 1 }
                                hash = (hash ^ UInt64(v)) &* 0x100000001b3
                                i += 1
                            } else if (c == "-" || c == "'" || c == "’") && i + 1 < n && classOf(sc[i + 1]) != 0 && i > start {
                                // Inner hyphen or apostrophe: "Jong-un", "YouTube-nya", "Ma’ruf".
                                hash = (hash ^ UInt64(c == "’" ? 0x27 : c.value)) &* 0x100000001b3
                                i += 1
                            } else {
                                break
                            }
                        }
                        tokens.append(Token(range: start..<i, hash: hash, isWord: true, isCapitalized: firstClass == 3,
                                            isAllCaps: letters >= 2 && upper == letters, hasDigit: digit, mark: s))
                        continue
                    }
                    tokens.append(Token(range: i..<(i + 1), hash: 0, isWord: false, isCapitalized: false, isAllCaps: false, hasDigit: false, mark: s))
                    i += 1
                }
                if n > paragraphStart { paragraphs.append(paragraphStart..<n) }
            }
        }
        self.tokens = tokens
        self.paragraphs = paragraphs
    }

    /// Hashes of the space-separated words of `s`, without allocating a string per word.
    static func wordHashes(_ s: String) -> [UInt64] {
        var result: [UInt64] = []
        var hash: UInt64 = 0xcbf29ce484222325
        var inWord = false
        for c in s.unicodeScalars {
            if isWordScalar(c) || c == "-" || c == "’" || c == "'" {
                var v = c.value
                if v >= 0x41 && v <= 0x5A { v += 32 }
                if c == "’" { v = 0x27 }
                hash = (hash ^ UInt64(v)) &* 0x100000001b3
                inWord = true
            } else if inWord {
                result.append(hash)
                hash = 0xcbf29ce484222325
                inWord = false
            }
        }
        if inWord { result.append(hash) }
        return result
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
        let a = Int(byteOffsets[range.lowerBound]), b = Int(byteOffsets[range.upperBound])
        return utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[a..<b]), as: UTF8.self) }
    }

    /// Indonesian nouns built with pe-…-an / ke-…-an or ending in -an/-si ("Penyalahgunaan",
    /// "Ketidakhadiran", "Kondisi"); names ending in -wan/-man are kept.
    func looksLikeCommonNoun(_ tok: Token) -> Bool {
        guard tok.isWord, tok.range.count >= 6 else { return false }
        let word = string(tok.range).lowercased()
        if word.hasSuffix("wan") || word.hasSuffix("man") { return false }
        return word.hasSuffix("an") || word.hasSuffix("si") || word.hasPrefix("peng") || word.hasPrefix("pem") || word.hasPrefix("ketidak")
    }

    /// True when the word token is a weekday or month name.
    func isCalendarWord(_ k: Int) -> Bool { CueLexicon.calendarWords.contains(tokens[k].hash) }

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
