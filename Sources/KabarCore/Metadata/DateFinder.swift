/// Finds dates as Indonesian and English news pages write them:
/// "2025-06-18T13:15", "2015/08/25", "08/08/2022, 23:31 WIB", "Rabu (10/8/2022)",
/// "18 Oktober 2024 13:11", "Selasa, 9 Agustus 2022", "20 Juni 2025 | 16.08 WIB", "June 18, 2015".
public enum DateFinder {
    static let months: [String: Int] = [
        "januari": 1, "jan": 1, "january": 1,
        "februari": 2, "pebruari": 2, "feb": 2, "february": 2, "peb": 2,
        "maret": 3, "mar": 3, "march": 3,
        "april": 4, "apr": 4,
        "mei": 5, "may": 5,
        "juni": 6, "jun": 6, "june": 6,
        "juli": 7, "jul": 7, "july": 7,
        "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "august": 8, "agst": 8,
        "september": 9, "sep": 9, "sept": 9, "sepember": 9,
        "oktober": 10, "okt": 10, "oct": 10, "october": 10,
        "november": 11, "nov": 11, "nop": 11, "nopember": 11,
        "desember": 12, "des": 12, "dec": 12, "december": 12,
    ]
    static let weekdays: Set<String> = ["senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad",
                                        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                        "sen", "sel", "rab", "kam", "jum", "sab", "min", "mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    /// Hashes (`TokenizedText.hash`) of every month and weekday name, for word-level checks.
    static let nameHashes: Set<UInt64> = Set((Array(months.keys) + Array(weekdays)).map(TokenizedText.hash))
    static let zones: [String: Int] = ["wib": 420, "wita": 480, "wit": 540, "utc": 0, "gmt": 0, "z": 0]

    enum Token: Equatable {
        case number(Int, digits: Int)
        case word(String)
        case sep(UInt8)
    }

    public struct Match: Sendable {
        public var date: PublishedDate
        /// A weekday name stood before the date ("Rabu (10/8/2022)").
        public var hasWeekday: Bool
    }

    public static func firstDate(in text: String) -> PublishedDate? { firstMatch(in: text)?.date }

    public static func firstMatch(in text: String) -> Match? {
        allMatches(in: text, limit: 1).first
    }

    public static func allMatches(in text: String, limit: Int = .max) -> [Match] {
        guard text.utf8.contains(where: isASCIIDigit) else { return [] }   // every date has a digit
        let tokens = tokenize(text)
        var results: [Match] = []
        var i = 0
        while i < tokens.count && results.count < limit {
            if let (m, next) = match(tokens, at: i) {
                results.append(m)
                i = next
            } else {
                i += 1
            }
        }
        return results
    }

    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var num = 0, digits = 0
        var word: [UInt8] = []
        func flush() {
            if digits > 0 { tokens.append(.number(num, digits: digits)); num = 0; digits = 0 }
            if !word.isEmpty { tokens.append(.word(String(decoding: word, as: UTF8.self))); word.removeAll() }
        }
        for b in text.utf8 {
            if isASCIIDigit(b) {
                if !word.isEmpty { flush() }
                if digits < 9 { num = num * 10 + Int(b - 0x30) }
                digits += 1
            } else if isASCIIUpper(b) || isASCIILower(b) || (b == UInt8(ascii: "'") && !word.isEmpty) {
                if digits > 0 { flush() }
                word.append(b | (isASCIIUpper(b) ? 0x20 : 0))
            } else {
                flush()
                if b != 0x20 { tokens.append(.sep(b)) } else if tokens.last != .sep(0x20) { tokens.append(.sep(0x20)) }
            }
        }
        flush()
        return tokens
    }

    private static func match(_ t: [Token], at start: Int) -> (Match, Int)? {
        var i = start
        var weekday = false
        if case .word(let w) = t[i], weekdays.contains(w) {
            weekday = true
            i += 1
            // "Rabu, ", "Rabu (", "Rabu "
            while i < t.count, case .sep(let s) = t[i], s == 0x20 || s == UInt8(ascii: ",") || s == UInt8(ascii: "(") { i += 1 }
            guard i < t.count else { return nil }
        }
        guard case .number(let a, let aDigits) = t[i] else {
            // "June 18, 2015"
            if case .word(let w) = t[i], let month = months[w], w.count >= 3,
               i + 2 < t.count, case .sep(0x20) = t[i + 1], case .number(let d, let dd) = t[i + 2], dd <= 2 {
                var j = i + 3
                if j < t.count, case .sep(let s) = t[j], s == UInt8(ascii: ",") { j += 1 }
                if j < t.count, case .sep(0x20) = t[j] { j += 1 }
                if j < t.count, case .number(let y, 4) = t[j] {
                    var date = PublishedDate(year: y, month: month, day: d)
                    let end = readTime(t, from: j + 1, into: &date)
                    if date.isValid { return (Match(date: date, hasWeekday: weekday), end) }
                }
            }
            return nil
        }
        // ISO: 2025-06-18 / 2015/08/25
        if aDigits == 4, i + 4 < t.count, case .sep(let s1) = t[i + 1], s1 == UInt8(ascii: "-") || s1 == UInt8(ascii: "/"),
           case .number(let m, let md) = t[i + 2], md <= 2, case .sep(let s2) = t[i + 3], s2 == s1,
           case .number(let d, let dd) = t[i + 4], dd <= 2 {
            var date = PublishedDate(year: a, month: m, day: d)
            let j = i + 5
            let end = readTime(t, from: j, into: &date)
            if date.isValid { return (Match(date: date, hasWeekday: weekday), end) }
            return nil
        }
        guard aDigits <= 2 else { return nil }
        // D/M/YYYY or D-M-YYYY (day first); D/M (no year) is not enough.
        if i + 4 < t.count, case .sep(let s1) = t[i + 1], s1 == UInt8(ascii: "/") || s1 == UInt8(ascii: "-") || s1 == UInt8(ascii: "."),
           case .number(let m, let md) = t[i + 2], md <= 2, case .sep(let s2) = t[i + 3], s2 == s1,
           case .number(var y, let yd) = t[i + 4], yd == 4 || yd == 2 {
            if yd == 2 { y += 2000 }
            var date = PublishedDate(year: y, month: m, day: a)
            let end = readTime(t, from: i + 5, into: &date)
            if date.isValid { return (Match(date: date, hasWeekday: weekday), end) }
            return nil
        }
        // D Month YYYY
        if i + 4 < t.count, case .sep(0x20) = t[i + 1], case .word(let w) = t[i + 2], let month = months[w] {
            var j = i + 3
            if j < t.count, case .sep(let s) = t[j], s == UInt8(ascii: ".") { j += 1 }
            if j < t.count, case .sep(0x20) = t[j] { j += 1 }
            if j < t.count, case .number(let y, 4) = t[j] {
                var date = PublishedDate(year: y, month: month, day: a)
                let end = readTime(t, from: j + 1, into: &date)
                if date.isValid { return (Match(date: date, hasWeekday: weekday), end) }
            }
        }
        return nil
    }

    /// Reads an optional time and zone after a date: ", 23:31 WIB", " | 16.08 WIB", "T13:15:00+07:00", " 13:11".
    private static func readTime(_ t: [Token], from start: Int, into date: inout PublishedDate) -> Int {
        var j = start
        var steps = 0
        // Skip up to three separators/connectors: ",", " ", "|", "-", "pukul", "jam", "at", "t".
        while j < t.count && steps < 4 {
            if case .sep(let s) = t[j], s == 0x20 || s == UInt8(ascii: ",") || s == UInt8(ascii: "|") || s == UInt8(ascii: "-") || s == UInt8(ascii: ")") {
                j += 1; steps += 1; continue
            }
            if case .word(let w) = t[j], w == "pukul" || w == "jam" || w == "at" || w == "t" { j += 1; steps += 1; continue }
            break
        }
        guard j + 2 < t.count, case .number(let h, let hd) = t[j], hd <= 2,
              case .sep(let c) = t[j + 1], c == UInt8(ascii: ":") || c == UInt8(ascii: "."),
              case .number(let m, 2) = t[j + 2], h <= 23, m <= 59 else { return start }
        date.hour = h
        date.minute = m
        var k = j + 3
        if k + 1 < t.count, case .sep(UInt8(ascii: ":")) = t[k], case .number(_, 2) = t[k + 1] { k += 2 }   // seconds
        // Zone: " WIB", "+07:00", "Z"
        var z = k
        if z < t.count, case .sep(0x20) = t[z] { z += 1 }
        if z < t.count, case .word(let w) = t[z], let off = zones[w] {
            date.utcOffsetMinutes = off
            date.zone = w.uppercased()
            return z + 1
        }
        if k + 1 < t.count, case .sep(let sign) = t[k], sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"),
           case .number(let oh, let od) = t[k + 1] {
            var minutes = 0
            var end = k + 2
            if od == 4 { minutes = (oh / 100) * 60 + oh % 100 } else {
                minutes = oh * 60
                if end + 1 < t.count, case .sep(UInt8(ascii: ":")) = t[end], case .number(let om, 2) = t[end + 1] {
                    minutes += om; end += 2
                }
            }
            date.utcOffsetMinutes = sign == UInt8(ascii: "-") ? -minutes : minutes
            return end
        }
        return k
    }
}
