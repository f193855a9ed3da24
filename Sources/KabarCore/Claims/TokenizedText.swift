/// A body as Unicode scalars (so every range is a scalar offset, as the JSON contract counts)
/// split into word and punctuation tokens. Words carry a hash of their lowercase form, so
/// lexicon look-ups allocate nothing.
struct TokenizedText {
    struct Token {
        var range: Range<Int>
        /// FNV-1a of the lowercased word; 0 for punctuation.
        var hash: UInt64
        /// The scalar of a punctuation token (a word's first scalar).
        var mark: Unicode.Scalar
        /// The word's `CueLexicon.claimWords` flags; 0 for punctuation and ordinary words.
        var claimFlags: UInt8
        private var bits: UInt8

        init(range: Range<Int>, hash: UInt64, mark: Unicode.Scalar, claimFlags: UInt8 = 0,
             isWord: Bool, isCapitalized: Bool = false, isAllCaps: Bool = false, hasDigit: Bool = false) {
            self.range = range
            self.hash = hash
            self.mark = mark
            self.claimFlags = claimFlags
            bits = (isWord ? 1 : 0) | (isCapitalized ? 2 : 0) | (isAllCaps ? 4 : 0) | (hasDigit ? 8 : 0)
        }

        var isWord: Bool { bits & 1 != 0 }
        var isCapitalized: Bool { bits & 2 != 0 }
        var isAllCaps: Bool { bits & 4 != 0 }
        var hasDigit: Bool { bits & 8 != 0 }
    }

    let scalars: [Unicode.Scalar]
    /// The body's UTF-8 and, for every scalar index (plus the end), its byte offset: substrings
    /// are cut from bytes instead of being rebuilt scalar by scalar.
    private let utf8: [UInt8]
    private let byteOffsets: [Int32]
    let tokens: [Token]
    /// Paragraph ranges (separated by newlines), in scalars.
    let paragraphs: [Range<Int>]
    /// For every block of scalars, the index of the first token starting at or after the block.
    private let firstToken: [Int32]

    init(_ text: String) {
        var copy = text
        let bytes = copy.withUTF8 { Array($0) }
        let (scalars, offsets) = Self.decode(bytes)
        self.scalars = scalars
        self.utf8 = bytes
        self.byteOffsets = offsets
        (tokens, paragraphs, firstToken) = Self.tokenize(scalars)
    }

    /// The scalars of `bytes` and each one's byte offset (plus the end). Runs of ASCII are
    /// copied eight bytes at a time.
    private static func decode(_ bytes: [UInt8]) -> ([Unicode.Scalar], [Int32]) {
        let n = bytes.count
        guard n > 0 else { return ([], [0]) }
        var count = 0
        var offsets: [Int32] = []
        let scalars = bytes.withUnsafeBufferPointer { p -> [Unicode.Scalar] in
            let base = p.baseAddress!
            return [Unicode.Scalar](unsafeUninitializedCapacity: n) { sbuf, sCount in
                offsets = [Int32](unsafeUninitializedCapacity: n + 1) { obuf, oCount in
                    sbuf.baseAddress!.withMemoryRebound(to: UInt32.self, capacity: n) { s in
                        let o = obuf.baseAddress!
                        var i = 0, k = 0
                        while i < n {
                            if i &+ 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                                for j in 0..<8 {
                                    s[k &+ j] = UInt32(base[i &+ j])
                                    o[k &+ j] = Int32(truncatingIfNeeded: i &+ j)
                                }
                                i &+= 8; k &+= 8
                                continue
                            }
                            o[k] = Int32(truncatingIfNeeded: i)
                            let b = base[i]
                            if b < 0x80 {
                                s[k] = UInt32(b)
                                i &+= 1
                            } else {
                                let (v, len) = decodeUTF8Scalar(p, at: i)
                                s[k] = Unicode.Scalar(v) == nil || len == 0 ? 0xFFFD : v
                                i &+= max(len, 1)
                            }
                            k &+= 1
                        }
                        o[k] = Int32(truncatingIfNeeded: n)
                        count = k
                    }
                    oCount = count + 1
                }
                sCount = count
            }
        }
        return (scalars, offsets)
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

    /// Scalar classes for the tokenizer.
    private enum Class {
        static let other: UInt8 = 0, digit: UInt8 = 1, lower: UInt8 = 2, upper: UInt8 = 3, space: UInt8 = 4, newline: UInt8 = 5
        @inline(__always) static func isWord(_ c: UInt8) -> Bool { c &- 1 < 3 }
    }

    /// For each ASCII scalar: its class in the high byte, its lowercase form in the low byte.
    private static let asciiTable: [UInt16] = (0..<128).map { v -> UInt16 in
        let cls: UInt8
        if v >= 0x30 && v <= 0x39 { cls = Class.digit }
        else if v >= 0x61 && v <= 0x7A { cls = Class.lower }
        else if v >= 0x41 && v <= 0x5A { cls = Class.upper }
        else if v == 0x20 { cls = Class.space }
        else if v == 0x0A { cls = Class.newline }
        else { cls = Class.other }
        let lower = cls == Class.upper ? v | 0x20 : v
        return UInt16(cls) << 8 | UInt16(lower)
    }

    /// Scalars per entry of the first-token table.
    private static let blockShift = 3

    /// Words (letters and digits, with inner hyphens and apostrophes: "Jong-un", "YouTube-nya",
    /// "Ma’ruf") and single punctuation tokens; paragraphs at newlines; the first-token table.
    private static func tokenize(_ scalars: [Unicode.Scalar]) -> ([Token], [Range<Int>], [Int32]) {
        let n = scalars.count
        var paragraphs: [Range<Int>] = []
        var tokenCount = 0
        let tokens = [Token](unsafeUninitializedCapacity: max(n, 1)) { tbuf, tCount in
            scalars.withUnsafeBufferPointer { sp in
                asciiTable.withUnsafeBufferPointer { table in
                    tokenCount = tokenize(sp, table: table.baseAddress!, lexicon: CueLexicon.claimWords, into: tbuf.baseAddress!,
                                          paragraphs: &paragraphs)
                }
            }
            tCount = tokenCount
        }
        // firstToken[b]: the first token starting at or after scalar b << blockShift.
        let blocks = (n >> blockShift) + 1
        let firstToken = [Int32](unsafeUninitializedCapacity: blocks) { fbuf, fCount in
            var b = 0
            tokens.withUnsafeBufferPointer { tp in
                for t in 0..<tp.count {
                    let start = tp[t].range.lowerBound
                    while b << blockShift <= start && b < blocks { fbuf[b] = Int32(truncatingIfNeeded: t); b &+= 1 }
                }
            }
            while b < blocks { fbuf[b] = Int32(truncatingIfNeeded: tokens.count); b &+= 1 }
            fCount = blocks
        }
        return (tokens, paragraphs, firstToken)
    }

    /// The tokenizer's loop, on raw buffers (no captured state): returns the token count.
    private static func tokenize(_ sp: UnsafeBufferPointer<Unicode.Scalar>, table: UnsafePointer<UInt16>, lexicon: WordFlags,
                                 into out: UnsafeMutablePointer<Token>, paragraphs: inout [Range<Int>]) -> Int {
        let n = sp.count
        /// Class in the high byte, the value to hash in the low bits (ASCII lowercased).
        @inline(__always) func entry(_ c: Unicode.Scalar) -> (UInt8, UInt32) {
            let v = c.value
            if v < 0x80 { let e = table[Int(v)]; return (UInt8(e >> 8), UInt32(e & 0xFF)) }
            if !isWordScalar(c) { return (Class.other, v) }
            return (isUppercase(c) ? Class.upper : Class.lower, v)
        }
        var t = 0
        var i = 0
        var paragraphStart = 0
        while i < n {
            let s = sp[i]
            let (first, firstValue) = entry(s)
            if first == Class.space { i &+= 1; continue }
            if first == Class.newline {
                if i > paragraphStart { paragraphs.append(paragraphStart..<i) }
                paragraphStart = i &+ 1
                i &+= 1
                continue
            }
            if first == Class.other {
                (out + t).initialize(to: Token(range: i..<(i &+ 1), hash: 0, mark: s, isWord: false))
                t &+= 1
                i &+= 1
                continue
            }
            let start = i
            var hash: UInt64 = (0xcbf29ce484222325 ^ UInt64(firstValue)) &* 0x100000001b3
            var upper = first == Class.upper ? 1 : 0, digits = first == Class.digit ? 1 : 0, joiners = 0
            i &+= 1
            while i < n {
                let c = sp[i]
                let (k, v) = entry(c)
                if Class.isWord(k) {
                    upper &+= k == Class.upper ? 1 : 0
                    digits &+= k == Class.digit ? 1 : 0
                    hash = (hash ^ UInt64(v)) &* 0x100000001b3
                    i &+= 1
                    continue
                }
                // An inner hyphen or apostrophe joins two word parts.
                guard c == "-" || c == "'" || c == "’", i &+ 1 < n, Class.isWord(entry(sp[i &+ 1]).0) else { break }
                hash = (hash ^ UInt64(c == "’" ? 0x27 : c.value)) &* 0x100000001b3
                joiners &+= 1
                i &+= 1
            }
            let letters = i &- start &- digits &- joiners
            (out + t).initialize(to: Token(range: start..<i, hash: hash, mark: s, claimFlags: lexicon.flags(hash), isWord: true,
                                           isCapitalized: first == Class.upper, isAllCaps: letters >= 2 && upper == letters,
                                           hasDigit: digits > 0))
            t &+= 1
        }
        if n > paragraphStart { paragraphs.append(paragraphStart..<n) }
        return t
    }

    /// True when some word of `s` (letters, digits, inner hyphens and apostrophes) has a hash
    /// `predicate` accepts; no string is made per word.
    static func containsWord(_ s: String, where predicate: (UInt64) -> Bool) -> Bool {
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
                if predicate(hash) { return true }
                hash = 0xcbf29ce484222325
                inWord = false
            }
        }
        return inWord && predicate(hash)
    }

    /// The `hash` of the last space-separated word of `s`, if any.
    static func lastWordHash(_ s: String) -> UInt64? {
        var hash: UInt64 = 0xcbf29ce484222325
        var last: UInt64?
        var inWord = false
        for c in s.unicodeScalars {
            if c == " " {
                if inWord { last = hash }
                hash = 0xcbf29ce484222325
                inWord = false
                continue
            }
            var v = c.value
            if v >= 0x41 && v <= 0x5A { v += 32 }
            if c == "’" { v = 0x27 }
            hash = (hash ^ UInt64(v)) &* 0x100000001b3
            inWord = true
        }
        return inWord ? hash : last
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

    /// `hash` of the text in `range`, read from the scalars (no string is made).
    func hash(of range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for k in range {
            let c = scalars[k]
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
    @inline(__always)
    func tokenIndex(atOrAfter offset: Int) -> Int {
        if offset <= 0 { return 0 }
        let block = offset >> Self.blockShift
        if block >= firstToken.count { return tokens.count }
        var k = Int(firstToken[block])
        while k < tokens.count && tokens[k].range.lowerBound < offset { k += 1 }
        return k
    }
}
