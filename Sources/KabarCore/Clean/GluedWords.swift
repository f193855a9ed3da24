/// Words a scrape glued together where a link began or ended: "memberikan apresiasi kepadaRaja
/// Salman", "seperti dikutipThe Guardian", "prajuritTNIhingga", "Donald Trumpmulai",
/// "PresidenAmerika Serikat". Such a word is read as two again, with a space between, so the
/// reader shows "kepada Raja" and claims find the cue and the name.
///
/// Only where the case shows the seam, and only in ways a brand or a handle does not use:
/// - a lowercase word of three letters or more (or "di", "ke") followed by a capital:
///   "kepadaKompas" → "kepada Kompas" (not "iPhone", "tvOne", nor detik's own "detikNews",
///   though "daridetikBali" → "dari detikBali");
/// - an acronym or a capitalised word followed by a small word that ends the token:
///   "TNIhingga" → "TNI hingga", "Trumpmulai" → "Trump mulai";
/// - a title or a country followed by a capitalised word: "PresidenAmerika" → "Presiden Amerika"
///   ("YouTube", "WhatsApp", "McDonald" stay);
/// - a comma between a word and a capitalised one: "Demokrat,Zohran" → "Demokrat, Zohran".
/// Tokens holding a digit, "@", "#", "/", "_", "=" or "." (handles, links, ids) are left alone.
///
/// The claims tokenizer (`TokenizedText`) also reads any "KebudayaanFadli" as two words, without
/// changing the text; this step changes the text itself, only where the seam is certain, so the
/// reader, search and every later step see "kepada Raja".
enum GluedWords {
    /// The bytes of `u[range]` with a space at each seam; nil when there is none (the common case).
    static func spaced(_ u: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [UInt8]? {
        var seams: [Int] = []
        let lo = range.lowerBound, end = range.upperBound
        // Only a capital or a comma can start a seam: eight bytes at a time, the flagged bytes are
        // looked at one by one (a token is read only around a capital that may open or close one).
        var tokenDone = lo   // tokens before this were read already
        func look(_ i: Int) {
            let b = u[i]
            if b &- 0x41 < 26 {
                guard i >= tokenDone else { return }
                let before: UInt8 = i > lo ? u[i - 1] : 0x20
                // A lowercase letter before a capital, two capitals before a lowercase letter, or a long capitalised word.
                let mixed = isLower(before) || (isASCIIUpper(before) && i + 1 < end && isLower(u[i + 1]))
                guard mixed || before == 0x20 else { return }
                var start = i
                while start > lo, u[start - 1] != 0x20 { start -= 1 }
                var stop = i + 1
                while stop < end, u[stop] != 0x20 { stop += 1 }
                if mixed || stop - start >= 9 {
                    seamsOfToken(u, start..<stop, into: &seams)
                    tokenDone = stop
                }
            } else if b == UInt8(ascii: ","), i > lo, isLower(u[i - 1]) || u[i - 1] == UInt8(ascii: ")"), i + 2 < end,
                      isASCIIUpper(u[i + 1]), isLower(u[i + 2]) {
                // "dari Partai Demokrat,Zohran Mamdani", "Senin (30/6),The Guardian": a comma glued to the word after it.
                seams.append(i + 1)
            }
        }
        let base = UnsafeRawPointer(u.baseAddress!)
        var i = lo
        while i + 8 <= end {
            var flagged = capitalsOrCommas(base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            while flagged != 0 {
                look(i + flagged.trailingZeroBitCount / 8)
                flagged &= flagged &- 1
            }
            i += 8
        }
        while i < end { look(i); i += 1 }
        guard !seams.isEmpty else { return nil }
        seams.sort()
        var out: [UInt8] = []
        out.reserveCapacity(range.count + seams.count)
        var from = range.lowerBound
        for seam in seams {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: u[from..<seam]))
            out.append(0x20)
            from = seam
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: u[from..<end]))
        return out
    }

    /// The seams inside one token (no spaces), appended to `seams` in order.
    static func seamsOfToken(_ u: UnsafeBufferPointer<UInt8>, _ token: Range<Int>, into seams: inout [Int]) {
        // Trailing and leading punctuation ("(OPM),", "“dikutipThe") are no part of the word.
        var lo = token.lowerBound, hi = token.upperBound
        for k in lo..<hi where u[k] == UInt8(ascii: "@") || u[k] == UInt8(ascii: "#") { return }
        while lo < hi, !isASCIIAlnum(u[lo]), u[lo] < 0x80 { lo += 1 }
        while hi > lo, !isASCIIAlnum(u[hi - 1]), u[hi - 1] < 0x80 { hi -= 1 }
        guard hi - lo >= 5 else { return }
        for k in lo..<hi {
            let b = u[k]
            if isASCIIDigit(b) || b == UInt8(ascii: "@") || b == UInt8(ascii: "#") || b == UInt8(ascii: "/") || b == UInt8(ascii: "_")
                || b == UInt8(ascii: "=") || b == UInt8(ascii: ".") || b >= 0x80 { return }
        }
        var k = lo
        while k < hi {
            // A run of letters of one shape, then the next.
            let runStart = k
            if isLower(u[k]) {
                // Rule 1: a lowercase word, then a capital.
                while k < hi, isLower(u[k]) { k += 1 }
                guard k < hi, isASCIIUpper(u[k]), runStart == lo || seams.last == runStart else { return }
                let word = Array(UnsafeBufferPointer(rebasing: u[runStart..<k]))
                if word == detik { continue }   // "detikNews", "detikJatim": the outlet's own names
                if word.count > detik.count, word.suffix(detik.count).elementsEqual(detik) {
                    seams.append(k - detik.count)   // "daridetikBali" → "dari detikBali"
                    continue
                }
                guard word.count >= 3 || shortWords.contains(word) else { return }
                seams.append(k)
                continue
            }
            guard isASCIIUpper(u[k]) else { return }
            var capitals = 0
            while k < hi, isASCIIUpper(u[k]) { k += 1; capitals += 1 }
            let lowerStart = k
            while k < hi, isLower(u[k]) { k += 1 }
            let lowerRun = Array(UnsafeBufferPointer(rebasing: u[lowerStart..<k]))
            if k == hi {
                // Rule 2: "TNIhingga": an acronym, then a small word; "Trumpmulai": a name of four letters or more,
                // then a long small word.
                if capitals >= 2, smallTails.contains(lowerRun) || longTails.contains(lowerRun) {
                    seams.append(lowerStart)
                } else if capitals == 1, lowerRun.count >= 8,
                          let tail = longTails.first(where: { lowerRun.count - $0.count >= 3 && lowerRun.suffix($0.count).elementsEqual($0) }) {
                    seams.append(k - tail.count)
                }
                return
            }
            // Rule 3: "PresidenAmerika": a title or a country, then a capital.
            guard capitals == 1, isASCIIUpper(u[k]) else { return }
            let word = Array(UnsafeBufferPointer(rebasing: u[runStart..<k])).map { isASCIIUpper($0) ? $0 | 0x20 : $0 }
            guard titlesAndPlaces.contains(word) else { return }
            seams.append(k)
        }
    }

    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }

    /// The high bit of each of the eight bytes of `w` (little-endian) that may be an ASCII capital or a
    /// comma: every such byte is flagged, and a few others may be (a byte after a comma).
    @inline(__always) static func capitalsOrCommas(_ w: UInt64) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F, high: UInt64 = 0x8080_8080_8080_8080
        let ascii = ~w & high
        let atLeastA = ((w & low7) &+ 0x3F3F_3F3F_3F3F_3F3F) & high          // (b & 0x7F) >= 0x41
        let pastZ = ((w & low7) &+ 0x2525_2525_2525_2525) & high             // (b & 0x7F) >= 0x5B
        let capitals = atLeastA & ~pastZ & ascii
        let x = w ^ 0x2C2C_2C2C_2C2C_2C2C                                    // a zero byte where a comma was
        let commas = (x &- 0x0101_0101_0101_0101) & ~x & high
        return capitals | commas
    }

    static let detik = Array("detik".utf8)
    /// Two-letter words that glue to a name: "diJalur", "kePersebaya".
    static let shortWords: Set<[UInt8]> = Set(["di", "ke"].map { Array($0.utf8) })
    /// Small words that end a glued token after an acronym ("KPKdan").
    static let smallTails: Set<[UInt8]> = Set(["yang", "dan", "di", "ke", "dari", "pada", "itu", "ini"].map { Array($0.utf8) })
    /// Longer ones, which also end a glued token after a name: no name or Indonesian word of four letters
    /// or more ends in them ("Mulyadi" ends in "di", "Ramadan" in "dan": those are not here).
    static let longTails: [[UInt8]] = ["mulai", "lebih", "hingga", "sangat", "melalui", "tersebut", "sebagai", "dengan",
                                       "untuk", "bahwa", "kepada", "terhadap", "ketika", "setelah", "sebelum", "bersama",
                                       "kembali", "tambah", "mengatakan", "menyatakan", "menjelaskan", "mengungkapkan",
                                       "menegaskan", "menambahkan", "menyampaikan", "melaporkan", "menuturkan", "membantah",
                                       "mengklaim", "mengaku", "menilai", "menyebut", "menyebutkan", "memastikan", "mengungkap",
                                       "berharap"].map { Array($0.utf8) }
    /// Titles and countries that a scrape glues to the name after them.
    static let titlesAndPlaces: Set<[UInt8]> = Set([
        "presiden", "menteri", "ketua", "kepala", "direktur", "gubernur", "bupati", "wali", "wakil", "sekretaris", "juru",
        "panglima", "kapolri", "kapolda", "kapolres", "jaksa", "hakim", "pelatih", "penyerang", "gelandang", "bek", "kiper",
        "indonesia", "jakarta", "amerika", "serikat", "israel", "palestina", "rusia", "ukraina", "china", "tiongkok",
        "jepang", "korea", "malaysia", "singapura", "inggris", "prancis", "jerman", "iran", "india", "australia",
        // "Jawa BaratDedi Mulyadi", "Rabu (18 Juni)Siang": a region's last word, a month.
        "barat", "timur", "utara", "selatan", "tengah",
        "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember",
        // "DilansirAljazeera", "PantauanKompas": a word that names a source before it.
        "dilansir", "dikutip", "menurut", "pantauan", "laporan",
    ].map { Array($0.utf8) })
}
