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
    /// The body, for cutting substrings.
    private let body: String
    /// Where the byte offset of a scalar differs from its index: for each scalar after a
    /// non-ASCII one, the scalar index and the extra bytes before it (sorted, usually short).
    private let extraBytes: [(scalar: Int32, extra: Int32)]
    let tokens: [Token]
    /// Paragraph ranges (separated by newlines), in scalars.
    let paragraphs: [Range<Int>]
    /// For every block of scalars, the index of the first token starting at or after the block.
    private let firstToken: [Int32]
    /// Indices of the tokens that are quotation marks or sentence ends (" ‘ ’ ‚ “ ” „ . ? !), in
    /// order: the quote scanner and the sentence splitter read these instead of every token.
    let marks: [Int32]
    /// Where the tokenizer cut two glued words apart ("Presiden|Prabowo"), in scalars, in order;
    /// `string(_:)` shows a space there. Empty for most texts.
    private let gluePoints: [Int]

    init(_ text: String) {
        var body = text
        body.makeContiguousUTF8()
        let (scalars, extraBytes) = body.withUTF8 { Self.decode($0) }
        self.scalars = scalars
        self.body = body
        self.extraBytes = extraBytes
        (tokens, paragraphs, firstToken, marks, gluePoints) = Self.tokenize(scalars)
    }

    /// The scalars of `bytes`, and where multi-byte scalars shift byte offsets. Runs of ASCII
    /// are copied eight bytes at a time.
    private static func decode(_ p: UnsafeBufferPointer<UInt8>) -> ([Unicode.Scalar], [(scalar: Int32, extra: Int32)]) {
        let n = p.count
        guard n > 0 else { return ([], []) }
        var extraBytes: [(scalar: Int32, extra: Int32)] = []
        let base = p.baseAddress!
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: n) { sbuf, sCount in
            sbuf.baseAddress!.withMemoryRebound(to: UInt32.self, capacity: n) { s in
                var i = 0, k = 0
                while i < n {
                    if i &+ 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                        for j in 0..<8 { s[k &+ j] = UInt32(base[i &+ j]) }
                        i &+= 8; k &+= 8
                        continue
                    }
                    let b = base[i]
                    if b < 0x80 {
                        s[k] = UInt32(b)
                        i &+= 1
                    } else {
                        let (v, len) = decodeUTF8Scalar(p, at: i)
                        s[k] = Unicode.Scalar(v) == nil || len == 0 ? 0xFFFD : v
                        i &+= max(len, 1)
                        extraBytes.append((Int32(truncatingIfNeeded: k &+ 1), Int32(truncatingIfNeeded: i &- k &- 1)))
                    }
                    k &+= 1
                }
                sCount = k
            }
        }
        return (scalars, extraBytes)
    }

    /// The byte offset in the body of scalar `k` (or of the end).
    private func byteOffset(_ k: Int) -> Int {
        var lo = 0, hi = extraBytes.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(extraBytes[mid].scalar) <= k { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? k : k + Int(extraBytes[lo - 1].extra)
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

    /// Scalar classes for the tokenizer, as bits (a word accumulates the classes it holds).
    private enum Class {
        static let other: UInt16 = 0, digit: UInt16 = 1, lower: UInt16 = 2, upper: UInt16 = 4, space: UInt16 = 8, newline: UInt16 = 16
        static let word: UInt16 = digit | lower | upper
    }

    /// For each ASCII scalar: its class bits in the high byte, its lowercase form in the low byte.
    private static let asciiTable: [UInt16] = (0..<128).map { v -> UInt16 in
        let cls: UInt16
        if v >= 0x30 && v <= 0x39 { cls = Class.digit }
        else if v >= 0x61 && v <= 0x7A { cls = Class.lower }
        else if v >= 0x41 && v <= 0x5A { cls = Class.upper }
        else if v == 0x20 { cls = Class.space }
        else if v == 0x0A { cls = Class.newline }
        else { cls = Class.other }
        let lower = cls == Class.upper ? v | 0x20 : v
        return cls << 8 | UInt16(lower)
    }

    /// Class bits and the value hashed (ASCII lowercased) of any scalar.
    @inline(__always)
    private static func entry(_ v: UInt32, _ table: UnsafePointer<UInt16>) -> (UInt16, UInt32) {
        if v < 0x80 { let e = table[Int(v)]; return (e >> 8, UInt32(e & 0xFF)) }
        return (nonASCIIClass(v), v)
    }

    /// The class of a non-ASCII scalar, out of line: its Unicode property look-ups would crowd
    /// the tokenizer's loop (registers spilled, a long prologue) for a rare case.
    @inline(never)
    private static func nonASCIIClass(_ v: UInt32) -> UInt16 {
        let c = Unicode.Scalar(v).unsafelyUnwrapped
        if !isWordScalar(c) { return Class.other }
        return isUppercase(c) ? Class.upper : Class.lower
    }

    /// Scalars per entry of the first-token table.
    private static let blockShift = 3

    /// Words (letters and digits, with inner hyphens and apostrophes: "Jong-un", "YouTube-nya",
    /// "Ma’ruf") and single punctuation tokens; paragraphs at newlines; the first-token table.
    private static func tokenize(_ scalars: [Unicode.Scalar]) -> ([Token], [Range<Int>], [Int32], [Int32], [Int]) {
        let n = scalars.count
        var paragraphs: [Range<Int>] = []
        var marks: [Int32] = []
        var gluePoints: [Int] = []
        var tokenCount = 0
        let tokens = [Token](unsafeUninitializedCapacity: max(n, 1)) { tbuf, tCount in
            scalars.withUnsafeBufferPointer { sp in
                asciiTable.withUnsafeBufferPointer { table in
                    CueLexicon.claimWords.withTable { lexicon in
                        tokenCount = tokenize(sp, table: table.baseAddress!, lexicon: lexicon, into: tbuf.baseAddress!,
                                              paragraphs: &paragraphs, marks: &marks, gluePoints: &gluePoints)
                    }
                }
            }
            tCount = tokenCount
        }
        return (tokens, paragraphs, firstTokens(tokens, scalarCount: n), marks, gluePoints)
    }

    /// For every block of `1 << blockShift` scalars, the first token starting at or after it.
    private static func firstTokens(_ tokens: [Token], scalarCount n: Int) -> [Int32] {
        let blocks = (n >> blockShift) + 1
        return [Int32](unsafeUninitializedCapacity: blocks) { fbuf, fCount in
            tokens.withUnsafeBufferPointer { tp in
                var k = 0
                for b in 0..<blocks {
                    let position = b << blockShift
                    while k < tp.count && tp[k].range.lowerBound < position { k &+= 1 }
                    fbuf[b] = Int32(truncatingIfNeeded: k)
                }
            }
            fCount = blocks
        }
    }

    /// The tokenizer's loop, on raw buffers (no captured state): returns the token count.
    private static func tokenize(_ sp: UnsafeBufferPointer<Unicode.Scalar>, table: UnsafePointer<UInt16>, lexicon: WordFlags.Table,
                                 into out: UnsafeMutablePointer<Token>, paragraphs: inout [Range<Int>], marks: inout [Int32],
                                 gluePoints: inout [Int]) -> Int {
        let n = sp.count
        guard n > 0 else { return 0 }
        let base = UnsafeRawPointer(sp.baseAddress!).assumingMemoryBound(to: UInt32.self)
        var t = 0
        var i = 0
        var paragraphStart = 0
        while i < n {
            let s = base[i]
            let (first, firstValue) = entry(s, table)
            if first == Class.space { i &+= 1; continue }
            if first == Class.newline {
                if i > paragraphStart { paragraphs.append(paragraphStart..<i) }
                paragraphStart = i &+ 1
                i &+= 1
                continue
            }
            if first == Class.other {
                if isMark(s) { marks.append(Int32(truncatingIfNeeded: t)) }
                (out + t).initialize(to: Token(range: i..<(i &+ 1), hash: 0, mark: unsafeBitCast(s, to: Unicode.Scalar.self), isWord: false))
                t &+= 1
                i &+= 1
                continue
            }
            let start = i
            // `seen` holds the classes after the first scalar: a capital there means a capital inside the word.
            var (end, hash, seen) = scanWord(base, from: i &+ 1, count: n, table: table,
                                             hash: (fnvBasis ^ UInt64(firstValue)) &* fnvPrime, seen: 0)
            // Only a word of a name's length is read for glue: the rest of a cut word is read again, so a
            // run of thousands of glued letters ("abcDabcD…") would be read once per cut.
            if seen & Class.upper != 0, seen & Class.lower != 0, end &- start <= Self.longestGluedWord,
               let cut = gluedWordEnd(base, start, end) {
                // "PresidenPrabowo", "dilansirAntara": two words a scrape glued together are two tokens.
                end = cut
                gluePoints.append(cut)
                hash = fnvBasis
                seen = 0
                for k in start..<cut {
                    hash = mix(hash, value: base[k])
                    if k > start { seen |= entry(base[k], table).0 }
                }
            }
            if first == Class.upper, seen & (Class.upper | Class.digit) == 0, end &- start >= 10, end &- start <= Self.longestGluedWord,
               let cut = gluedVerbStart(base, start, end, lexicon: lexicon) {
                // "Trumpmenyatakan": a name glued to the reporting verb after it. (A cut made above is found
                // again when the rest is read.)
                if gluePoints.last == end { gluePoints.removeLast() }
                end = cut
                gluePoints.append(cut)
                hash = fnvBasis
                for k in start..<cut { hash = mix(hash, value: base[k]) }
            }
            seen |= first
            i = end
            // The space after a word is skipped here, not in a turn of the outer loop.
            if i < n && base[i] == 0x20 { i &+= 1 }
            // All capitals: no lowercase letter, and at least two capitals ("NATO", not "A-1").
            var allCaps = false
            if seen & Class.lower == 0 && seen & Class.upper != 0 {
                var upper = 0
                for k in start..<end where entry(base[k], table).0 == Class.upper { upper &+= 1 }
                allCaps = upper >= 2
            }
            (out + t).initialize(to: Token(range: start..<end, hash: hash, mark: unsafeBitCast(s, to: Unicode.Scalar.self),
                                           claimFlags: lexicon.flags(hash), isWord: true,
                                           isCapitalized: first == Class.upper, isAllCaps: allCaps, hasDigit: seen & Class.digit != 0))
            t &+= 1
        }
        if n > paragraphStart { paragraphs.append(paragraphStart..<n) }
        return t
    }

    /// The rest of a word from `i`: where it ends, its hash and the classes its scalars hold. Its
    /// ASCII loop calls nothing, so that this, the hottest loop, keeps its values in registers.
    @inline(__always)
    private static func scanWord(_ base: UnsafePointer<UInt32>, from start: Int, count n: Int, table: UnsafePointer<UInt16>,
                                 hash initial: UInt64, seen initialSeen: UInt16) -> (Int, UInt64, UInt16) {
        var i = start, hash = initial, seen = initialSeen
        let wordBits = Class.word << 8
        while true {
            // ASCII letters and digits, most of every word: no call in this loop, so nothing leaves the registers.
            while i < n {
                let c = base[i]
                guard c < 0x80 else { break }
                let e = table[Int(c)]
                guard e & wordBits != 0 else { break }
                seen |= e &>> 8
                hash = (hash ^ UInt64(e & 0xFF)) &* fnvPrime
                i &+= 1
            }
            guard i < n else { break }
            let c = base[i]
            if c >= 0x80 {
                let k = nonASCIIClass(c)
                if k & Class.word != 0 {
                    seen |= k
                    hash = (hash ^ UInt64(c)) &* fnvPrime
                    i &+= 1
                    continue
                }
            }
            // An inner hyphen or apostrophe joins two word parts.
            guard c == 0x2D || c == 0x27 || c == 0x2019, i &+ 1 < n, entry(base[i &+ 1], table).0 & Class.word != 0 else { break }
            hash = mix(hash, value: c)
            i &+= 1
        }
        return (i, hash, seen)
    }

    /// The longest word read for glue (two or three words run together are shorter).
    static let longestGluedWord = 64

    /// Where the first of two glued words ends: at an ASCII capital that follows three lowercase
    /// letters and comes before a lowercase one ("Presiden|Prabowo", "dari|Antara", "Kompas|Tekno");
    /// nil for a word with no such capital ("iPhone", "McDonald", "YouTube", "NATO").
    static func gluedWordEnd(_ base: UnsafePointer<UInt32>, _ start: Int, _ end: Int) -> Int? {
        @inline(__always) func lower(_ v: UInt32) -> Bool { v >= 0x61 && v <= 0x7A }
        @inline(__always) func upper(_ v: UInt32) -> Bool { v >= 0x41 && v <= 0x5A }
        var k = start &+ 3
        while k &+ 1 < end {
            if upper(base[k]), lower(base[k &+ 1]), lower(base[k &- 1]), lower(base[k &- 2]), lower(base[k &- 3]) { return k }
            k &+= 1
        }
        return nil
    }

    /// Where a reporting verb glued to the end of a capitalised word begins ("Trump|menyatakan",
    /// "Heryawan|mengatakan"): at a "me" or "be" three letters in or more, when the rest of the word
    /// is a speech verb of the lexicon; nil otherwise.
    static func gluedVerbStart(_ base: UnsafePointer<UInt32>, _ start: Int, _ end: Int, lexicon: WordFlags.Table) -> Int? {
        var p = start &+ 3
        while p &+ 6 <= end {
            if (base[p] == 0x6D || base[p] == 0x62) && base[p &+ 1] == 0x65 {
                var h = fnvBasis
                for k in p..<end { h = mix(h, value: base[k]) }
                if lexicon.flags(h) & CueLexicon.Flag.speechVerb != 0 { return p }
            }
            p &+= 1
        }
        return nil
    }

    /// A quotation mark (" and U+2018…U+201E) or a sentence end (. ? !).
    @inline(__always)
    static func isMark(_ v: UInt32) -> Bool {
        v == 0x2E || v == 0x22 || v == 0x3F || v == 0x21 || (v >= 0x2018 && v <= 0x201E)
    }

    /// The position in `marks` of the first mark token at or after token `k`.
    func firstMark(atOrAfterToken k: Int) -> Int {
        var lo = 0, hi = marks.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(marks[mid]) < k { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// FNV-1a, the word hash used by every lexicon look-up.
    static let fnvBasis: UInt64 = 0xcbf29ce484222325
    static let fnvPrime: UInt64 = 0x100000001b3

    /// One scalar into a word hash: ASCII lowercased, ’ read as '.
    @inline(__always)
    static func mix(_ hash: UInt64, _ c: Unicode.Scalar) -> UInt64 { mix(hash, value: c.value) }

    @inline(__always)
    static func mix(_ hash: UInt64, value: UInt32) -> UInt64 {
        var v = value
        if v >= 0x41 && v <= 0x5A { v += 32 }
        if v == 0x2019 { v = 0x27 }
        return (hash ^ UInt64(v)) &* fnvPrime
    }

    /// True when some word of `s` (letters, digits, inner hyphens and apostrophes) has a hash
    /// `predicate` accepts; no string is made per word. ASCII text (most names) is read as bytes,
    /// other text as scalars (a loop generic over both ran 11 M instructions slower on the bench).
    static func containsWord(_ s: String, where predicate: (UInt64) -> Bool) -> Bool {
        var hash = fnvBasis
        var inWord = false
        for b in s.utf8 {
            if b >= 0x80 { return containsWord(scalarsOf: s, where: predicate) }
            let alphanumeric = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            if alphanumeric || b == 0x2D || b == 0x27 {
                hash = mix(hash, value: UInt32(b))
                inWord = true
            } else if inWord {
                if predicate(hash) { return true }
                hash = fnvBasis
                inWord = false
            }
        }
        return inWord && predicate(hash)
    }

    private static func containsWord(scalarsOf s: String, where predicate: (UInt64) -> Bool) -> Bool {
        var hash = fnvBasis
        var inWord = false
        for c in s.unicodeScalars {
            if isWordScalar(c) || c == "-" || c == "’" || c == "'" {
                hash = mix(hash, c)
                inWord = true
            } else if inWord {
                if predicate(hash) { return true }
                hash = fnvBasis
                inWord = false
            }
        }
        return inWord && predicate(hash)
    }

    /// The `hash` of the last space-separated word of `s`, if any.
    static func lastWordHash(_ s: String) -> UInt64? {
        var hash = fnvBasis
        var last: UInt64?
        var inWord = false
        for c in s.unicodeScalars {
            if c == " " {
                if inWord { last = hash }
                hash = fnvBasis
                inWord = false
                continue
            }
            hash = mix(hash, c)
            inWord = true
        }
        return inWord ? hash : last
    }

    static func hash(_ word: String) -> UInt64 {
        // ASCII: the bytes are the scalars.
        var hash = fnvBasis
        for b in word.utf8 {
            if b >= 0x80 { return word.unicodeScalars.reduce(fnvBasis, mix) }
            hash = mix(hash, value: UInt32(b))
        }
        return hash
    }

    /// `hash` of the text in `range`, read from the scalars (no string is made).
    func hash(of range: Range<Int>) -> UInt64 {
        scalars[range].reduce(Self.fnvBasis, Self.mix)
    }

    /// The text of a scalar range, copied from the body's UTF-8 bytes.
    func string(_ range: Range<Int>) -> String {
        if !gluePoints.isEmpty, gluePoints.contains(where: { $0 > range.lowerBound && $0 < range.upperBound }) {
            // "PresidenPrabowo" as "Presiden Prabowo": a space where glued words were cut apart.
            var pieces: [String] = [], from = range.lowerBound
            for cut in gluePoints where cut > range.lowerBound && cut < range.upperBound {
                pieces.append(rawString(from..<cut))
                from = cut
            }
            pieces.append(rawString(from..<range.upperBound))
            return pieces.joined(separator: " ")
        }
        return rawString(range)
    }

    private func rawString(_ range: Range<Int>) -> String {
        let a = byteOffset(range.lowerBound), b = byteOffset(range.upperBound)
        var body = self.body   // contiguous since init: no copy
        return body.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[a..<b]), as: UTF8.self) }
    }

    /// True when the word with `hash` is written in lowercase somewhere in the text ("korupsi" in an
    /// article about the Komisi Pemberantasan Korupsi): a common word, not part of a person's name.
    /// A scan of the tokens, for the rare question a long capitalised run after a role raises (a
    /// filter of the lowercase words, built at the first question, cost more: articles ask once or twice).
    func appearsLowercase(_ hash: UInt64) -> Bool {
        tokens.withUnsafeBufferPointer { tp in
            for k in 0..<tp.count where tp[k].hash == hash && !tp[k].isCapitalized && tp[k].isWord { return true }
            return false
        }
    }

    /// Indonesian nouns built with pe-…-an / ke-…-an or ending in -an/-si ("Penyalahgunaan",
    /// "Ketidakhadiran", "Kondisi"); names ending in -wan/-man are kept.
    func looksLikeCommonNoun(_ tok: Token) -> Bool {
        guard tok.isWord, tok.range.count >= 6 else { return false }
        let r = tok.range
        /// The word's scalar at `k` (negative: from the end), ASCII lowercased.
        func at(_ k: Int) -> UInt32 {
            let v = scalars[k >= 0 ? r.lowerBound + k : r.upperBound + k].value
            return v >= 0x41 && v <= 0x5A ? v | 0x20 : v
        }
        func hasSuffix(_ s: [UInt32]) -> Bool {
            var k = -1
            for c in s.reversed() { if at(k) != c { return false }; k -= 1 }
            return true
        }
        func hasPrefix(_ s: [UInt32]) -> Bool {
            var k = 0
            for c in s { if at(k) != c { return false }; k += 1 }
            return true
        }
        let x = Self.nounAffixes
        if hasSuffix(x.wan) || hasSuffix(x.man) { return false }
        return hasSuffix(x.an) || hasSuffix(x.si) || hasPrefix(x.peng) || hasPrefix(x.pem) || hasPrefix(x.ketidak)
    }

    /// The affixes `looksLikeCommonNoun` reads, as scalar values.
    private static let nounAffixes = (wan: values("wan"), man: values("man"), an: values("an"), si: values("si"),
                                      peng: values("peng"), pem: values("pem"), ketidak: values("ketidak"))
    private static func values(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

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
