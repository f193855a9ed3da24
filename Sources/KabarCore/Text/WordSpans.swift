/// A word of a text with its place in Unicode scalars (the unit every range in kabar counts).
struct WordSpan: Sendable, Hashable {
    var range: Range<Int>
    /// FNV-1a of the lowercase bytes (`ByteWords.hash`), so "Korut" and "korut" compare equal.
    var hash: UInt64
    /// Starts with a digit: "100.000", "1,3", "8/8/2022" (separators between digits stay inside).
    var isNumber: Bool
    /// Starts with an uppercase ASCII letter.
    var isCapitalized: Bool
}

/// Splits a text into words read as UTF-8 bytes, counting scalars as it goes: runs of ASCII
/// letters and digits and of non-ASCII letters. Curly quotes, dashes and other general
/// punctuation (U+2000–U+206F) separate words; ".", "," and "/" between two digits do not.
enum WordSpans {
    static func of(_ text: String) -> [WordSpan] {
        var result: [WordSpan] = []
        var copy = text
        copy.withUTF8 { p in
            let n = p.count
            var i = 0, scalar = 0
            var start = -1, startScalar = 0
            var h: UInt64 = 0xcbf29ce484222325
            var number = false, capital = false
            @inline(__always) func close() {
                if start >= 0 {
                    result.append(WordSpan(range: startScalar..<scalar, hash: h, isNumber: number, isCapitalized: capital))
                    start = -1
                }
            }
            @inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
            while i < n {
                let b = p[i]
                var len = 1
                var isWordByte: Bool
                if b < 0x80 {
                    isWordByte = isDigit(b) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                    // "100.000", "1,3", "8/8/2022": a separator between digits stays in the number.
                    if !isWordByte, start >= 0, number, (b == 0x2E || b == 0x2C || b == 0x2F), i + 1 < n, isDigit(p[i + 1]), i > 0, isDigit(p[i - 1]) {
                        isWordByte = true
                    }
                } else {
                    len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                    // U+2000–U+206F (E2 80 xx, E2 81 xx): quotes, dashes, ellipsis; U+00A0–U+00BF: NBSP, «, », ·.
                    let generalPunctuation = b == 0xE2 && i + 1 < n && (p[i + 1] == 0x80 || p[i + 1] == 0x81)
                    let latin1Punctuation = b == 0xC2
                    isWordByte = !generalPunctuation && !latin1Punctuation
                }
                if isWordByte {
                    if start < 0 {
                        start = i; startScalar = scalar
                        h = 0xcbf29ce484222325
                        number = isDigit(b)
                        capital = b >= 0x41 && b <= 0x5A
                    }
                    for k in i..<min(i + len, n) {
                        var c = p[k]
                        if c >= 0x41 && c <= 0x5A { c += 32 }
                        h = (h ^ UInt64(c)) &* 0x100000001b3
                    }
                } else {
                    close()
                }
                i += len
                scalar += 1
            }
            close()
        }
        return result
    }
}
