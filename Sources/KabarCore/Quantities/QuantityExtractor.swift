/// Finds numbers in article text and normalises them: "100.000 pasukan" and "100 Ribu Pasukan"
/// are 100000 pasukan; "1,3 juta personel" is 1300000; "Rp 420 Triliun" is 4.2e14 IDR;
/// "1.3 million troops" is 1300000 troops. Indonesian text groups thousands with "." and
/// marks decimals with ","; English the other way round. Dates, times, years, phone numbers,
/// ordinals ("ke-7") and numbers glued to words ("Liputan6") are not quantities.
public struct QuantityExtractor: Sendable {
    public init() {}

    static let scales: [String: Double] = [
        "ribu": 1e3, "rb": 1e3, "ribuan": 1e3, "thousand": 1e3,
        "juta": 1e6, "jt": 1e6, "million": 1e6, "millions": 1e6,
        "miliar": 1e9, "milyar": 1e9, "billion": 1e9, "billions": 1e9,
        "triliun": 1e12, "trilyun": 1e12, "trillion": 1e12, "t": 1e12,
    ]
    /// Units kept as they are (lowercased) after the number.
    static let units: Set<String> = ["km", "kilometer", "m", "meter", "cm", "mm", "kg", "gram", "ton", "persen", "%",
                                     "hektare", "ha", "mil", "miles", "derajat", "mw", "kwh", "liter", "barel", "sr",
                                     "percent", "per", "km/jam", "knot", "kaki", "feet"]
    /// Words after a number that are not what it counts.
    static let stopwords: Set<String> = [
        "dan", "atau", "yang", "di", "ke", "dari", "pada", "untuk", "dengan", "dalam", "oleh", "itu", "ini", "tentang",
        "sebagai", "hingga", "sampai", "lebih", "kurang", "sekitar", "adalah", "seperti", "bukan", "hanya", "saja",
        "pun", "lagi", "sejak", "menjadi", "namun", "tetapi", "jika", "setelah", "sebelum", "saat", "ketika", "kali",
        "wib", "wita", "wit", "pukul", "juga", "akan", "telah", "sudah", "the", "and", "of", "to", "in", "a", "for",
        "on", "at", "by", "is", "was", "are", "were", "from", "with", "as", "or", "than", "per", "dari", "se", "nomor",
    ]
    static let months: Set<String> = Set(DateFinder.months.keys)

    public func extract(from text: String, language: Language) -> [Quantity] {
        var s = text
        return s.withUTF8 { extract(bytes: $0, language: language) }
    }

    func extract(bytes u: UnsafeBufferPointer<UInt8>, language: Language) -> [Quantity] {
        var result: [Quantity] = []
        let n = u.count
        var i = 0
        var scalarBase = 0      // scalars before byte `countedTo`
        var countedTo = 0
        func scalarOffset(_ byte: Int) -> Int {
            while countedTo < byte {
                if u[countedTo] & 0xC0 != 0x80 { scalarBase += 1 }
                countedTo += 1
            }
            return scalarBase
        }

        while i < n {
            let b = u[i]
            guard isASCIIDigit(b) else { i += 1; continue }
            let start = i
            // Read digits with inner separators.
            var j = i
            var seps: [(Int, UInt8)] = []
            while j < n {
                if isASCIIDigit(u[j]) { j += 1; continue }
                if (u[j] == UInt8(ascii: ".") || u[j] == UInt8(ascii: ",")) && j + 1 < n && isASCIIDigit(u[j + 1]) {
                    seps.append((j, u[j])); j += 1; continue
                }
                break
            }
            let end = j
            i = end
            // Context before.
            let prev: UInt8 = start > 0 ? u[start - 1] : 0x20
            var currency: String?
            var qStart = start
            var magnitude = false
            if isASCIIUpper(prev) || isASCIILower(prev) {
                // "Rp420" is money; "M4,9" an earthquake's magnitude; "Liputan6", "P19" are names.
                if start >= 2 && (u[start - 2] | 0x20) == UInt8(ascii: "r") && (prev | 0x20) == UInt8(ascii: "p") {
                    currency = "IDR"; qStart = start - 2
                } else if prev == UInt8(ascii: "M"), start < 2 || !isASCIIAlnum(u[start - 2]), !seps.isEmpty {
                    magnitude = true; qStart = start - 1
                } else { continue }
            } else if prev == UInt8(ascii: "/") || prev == UInt8(ascii: ":") || prev == UInt8(ascii: "-") && start >= 2 && (isASCIIAlnum(u[start - 2])) {
                continue   // dates, times, "ke-7"
            } else if prev == UInt8(ascii: "$") {
                currency = "USD"; qStart = start - 1
                if start >= 3 && u[start - 3] == UInt8(ascii: "U") && u[start - 2] == UInt8(ascii: "S") { qStart = start - 3 }
            } else if prev == 0x20 || prev == UInt8(ascii: "(") {
                let w = wordBefore(u, at: start)
                if w == "rp" || w == "rp." || w == "idr" { currency = "IDR"; qStart = start - w.utf8.count - 1 }
                else if w == "us$" || w == "usd" { currency = "USD"; qStart = start - w.utf8.count - 1 }
                else if w == "ke-" { continue }
            }
            if qStart < 0 { qStart = start }
            // A digit group after a space-separated digit group is a phone number or a code ("0811 9787 670").
            if prev == 0x20 && start >= 2 && isASCIIDigit(u[start - 2]) { continue }
            // Context after: dates and times.
            if end < n && (u[end] == UInt8(ascii: "/") || u[end] == UInt8(ascii: ":")) && end + 1 < n && isASCIIDigit(u[end + 1]) {
                // Skip the rest of the date or time.
                var k = end
                while k < n && (isASCIIDigit(u[k]) || u[k] == UInt8(ascii: "/") || u[k] == UInt8(ascii: ":")) { k += 1 }
                i = k
                continue
            }
            if end < n && (isASCIIUpper(u[end]) || isASCIILower(u[end])) {
                // Glued: "6.500km" is fine, "20detik" is a name.
                let w = wordAfter(u, at: end).word
                if !Self.units.contains(w) && Self.scales[w] == nil { continue }
            }
            let digitsOnly = seps.isEmpty
            let length = end - start
            if digitsOnly && u[start] == UInt8(ascii: "0") && length >= 3 { continue }   // phone numbers, codes
            if !seps.isEmpty && u[start] == UInt8(ascii: "0") && seps.count >= 2 { continue }
            // Phone-like runs: "0811 9787 670".
            guard var value = parseValue(u, start: start, end: end, seps: seps, language: language) else { continue }

            // Words after: scale, then unit or counted noun.
            var cursor = end
            var after = wordAfter(u, at: cursor)
            var qEnd = end
            if digitsOnly && length == 4 && value >= 1900 && value <= 2100 && currency == nil {
                // A year unless a scale or unit follows.
                if Self.scales[after.word] == nil && !Self.units.contains(after.word) { continue }
            }
            if length <= 2 && digitsOnly && Self.months.contains(after.word) && after.word.count >= 3 { i = after.end; continue }   // "9 Agustus"
            // Clock times: "pukul 23.00", "19.30 WITA".
            if after.word == "wib" || after.word == "wita" || after.word == "wit" { continue }
            let before = wordBefore(u, at: qStart)
            if Self.months.contains(before) && before.count >= 3 { continue }          // "Agustus 2022"
            if before == "pukul" || before == "jam" { continue }
            if let scale = Self.scales[after.word], after.word != "t" || currency != nil {
                value *= scale
                qEnd = after.end
                cursor = after.end
                after = wordAfter(u, at: cursor)
            } else if after.word == "m" && currency != nil {
                value *= 1e9; qEnd = after.end; cursor = after.end; after = wordAfter(u, at: cursor)
            }
            var unit: String?
            if end < n && u[end] == UInt8(ascii: "%") {
                unit = "persen"; qEnd = end + 1
            } else if Self.units.contains(after.word) && after.word != "per" {
                unit = after.word == "%" ? "persen" : (after.word == "percent" ? "persen" : after.word)
                qEnd = after.end
            } else if currency == nil, after.word.count >= 3, after.capitalOK, let f = after.word.utf8.first, !isASCIIDigit(f), !Self.stopwords.contains(after.word), !looksLikeVerb(after.word),
                      Self.scales[after.word] == nil {
                unit = after.word
                qEnd = after.end
            }
            // "magnitudo (M) 4,8"
            if start >= 4, u[start - 1] == 0x20, u[start - 2] == UInt8(ascii: ")"), u[start - 3] | 0x20 == UInt8(ascii: "m"), u[start - 4] == UInt8(ascii: "(") {
                magnitude = true; qStart = start - 4
            }
            if magnitude {
                unit = "magnitudo"; qEnd = end
            } else if before == "m" || before == "magnitudo" || before == "magnitude" {
                unit = "magnitudo"; qEnd = end
                qStart = start - before.utf8.count - 1
            }
            let textBytes = UnsafeBufferPointer(rebasing: u[qStart..<qEnd])
            let textString = String(decoding: textBytes, as: UTF8.self)
            let r0 = scalarOffset(qStart)
            let r1 = scalarOffset(qEnd)
            result.append(Quantity(text: textString, value: value, unit: unit, currency: currency, range: r0..<r1))
            i = max(i, qEnd)
        }
        return result
    }

    func parseValue(_ u: UnsafeBufferPointer<UInt8>, start: Int, end: Int, seps: [(Int, UInt8)], language: Language) -> Double? {
        // Decide which separator groups thousands.
        var thousands: UInt8 = language == .english ? UInt8(ascii: ",") : UInt8(ascii: ".")
        var decimal: UInt8 = language == .english ? UInt8(ascii: ".") : UInt8(ascii: ",")
        if let last = seps.last {
            let groupAfterLast = end - last.0 - 1
            let kinds = Set(seps.map(\.1))
            if kinds.count == 1 && seps.count >= 2 {
                thousands = last.1            // "1.000.000" or "1,000,000"
                decimal = last.1 == UInt8(ascii: ".") ? UInt8(ascii: ",") : UInt8(ascii: ".")
            } else if kinds.count == 1 && groupAfterLast != 3 {
                decimal = last.1              // "1,3" or "1.3": not a thousands group
                thousands = decimal == UInt8(ascii: ".") ? UInt8(ascii: ",") : UInt8(ascii: ".")
            } else if kinds.count == 2 {
                decimal = last.1              // "1.565,8" or "1,565.8"
                thousands = decimal == UInt8(ascii: ".") ? UInt8(ascii: ",") : UInt8(ascii: ".")
            }
        }
        var value = 0.0
        var fraction = 0.0
        var scale = 0.1
        var inFraction = false
        for k in start..<end {
            let c = u[k]
            if isASCIIDigit(c) {
                if inFraction { fraction += Double(c - 0x30) * scale; scale /= 10 } else { value = value * 10 + Double(c - 0x30) }
            } else if c == decimal {
                if inFraction { return nil }
                inFraction = true
            } else if c == thousands {
                if inFraction { return nil }
            }
        }
        return value + fraction
    }

    struct WordAfter { var word: String; var end: Int; var capitalOK: Bool }

    /// The next word (lowercased) after optional spaces; "%" counts as a word.
    func wordAfter(_ u: UnsafeBufferPointer<UInt8>, at index: Int) -> WordAfter {
        var k = index
        while k < u.count && u[k] == 0x20 { k += 1 }
        if k < u.count && u[k] == UInt8(ascii: "%") { return WordAfter(word: "%", end: k + 1, capitalOK: true) }
        let s = k
        var bytes: [UInt8] = []
        while k < u.count && (isASCIIAlnum(u[k]) || u[k] >= 0x80 || (u[k] == UInt8(ascii: "/") && !bytes.isEmpty && k + 1 < u.count && isASCIILower(u[k + 1]))) {
            bytes.append(isASCIIUpper(u[k]) ? u[k] | 0x20 : u[k])
            k += 1
            if bytes.count > 24 { break }
        }
        // A hyphenated plural ("tentara-tentara") stays one word.
        return WordAfter(word: String(decoding: bytes, as: UTF8.self), end: k, capitalOK: s < u.count)
    }

    /// The word right before `index` (lowercased), skipping one space.
    func wordBefore(_ u: UnsafeBufferPointer<UInt8>, at index: Int) -> String {
        var k = index - 1
        while k >= 0 && u[k] == 0x20 { k -= 1 }
        let e = k + 1
        while k >= 0 && (isASCIIAlnum(u[k]) || u[k] == UInt8(ascii: "$") || u[k] == UInt8(ascii: ".") || u[k] == UInt8(ascii: "-")) && e - k <= 12 { k -= 1 }
        guard e > k + 1 else { return "" }
        return String(decoding: u[(k + 1)..<e].map { isASCIIUpper($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// Indonesian verbs carry prefixes (me-, ber-, ter-, di-): "bertugas" is not what is counted.
    func looksLikeVerb(_ w: String) -> Bool {
        guard w.utf8.count >= 6 else { return false }
        return w.hasPrefix("me") || w.hasPrefix("ber") || w.hasPrefix("ter") || w.hasPrefix("di")
    }
}
