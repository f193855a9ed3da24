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
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            while i < end, u[i] == 0x20 { i += 1 }
            let start = i
            // A lowercase letter before a capital, two capitals before a lowercase letter, or a long capitalised word.
            var mixed = false
            var before: UInt8 = 0, twoBefore: UInt8 = 0
            while i < end, u[i] != 0x20 {
                let b = u[i]
                if isASCIIUpper(b) ? isLower(before) : isLower(b) && isASCIIUpper(before) && isASCIIUpper(twoBefore) { mixed = true }
                // "dari Partai Demokrat,Zohran Mamdani": a comma glued to the name after it.
                if b == UInt8(ascii: ","), isLower(before), i + 2 < end, isASCIIUpper(u[i + 1]), isLower(u[i + 2]) { seams.append(i + 1) }
                twoBefore = before
                before = b
                i += 1
            }
            if mixed || i - start >= 9 && isASCIIUpper(u[start]) { seamsOfToken(u, start..<i, into: &seams) }
        }
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
                                       "menegaskan", "menambahkan", "menyampaikan"].map { Array($0.utf8) }
    /// Titles and countries that a scrape glues to the name after them.
    static let titlesAndPlaces: Set<[UInt8]> = Set([
        "presiden", "menteri", "ketua", "kepala", "direktur", "gubernur", "bupati", "wali", "wakil", "sekretaris", "juru",
        "panglima", "kapolri", "kapolda", "kapolres", "jaksa", "hakim", "pelatih", "penyerang", "gelandang", "bek", "kiper",
        "indonesia", "jakarta", "amerika", "serikat", "israel", "palestina", "rusia", "ukraina", "china", "tiongkok",
        "jepang", "korea", "malaysia", "singapura", "inggris", "prancis", "jerman", "iran", "india", "australia",
    ].map { Array($0.utf8) })
}
