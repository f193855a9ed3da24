#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Boilerplate that scrapers leave in the middle of a paragraph ("… ADVERTISEMENT SCROLL TO
/// CONTINUE WITH CONTENT …", "[Gambas:Video CNN]"): cut out as blocks of their own.
/// Works on byte ranges of the page text; nothing is copied until the final block strings.
enum InlineMarkers {
    /// Markers, longest first. "advertisement" is matched only as the outlets write it (upper case or
    /// capitalised) so the English word inside a sentence is left alone; the scroll prompt in any case.
    static let markers: [(bytes: [UInt8], anyCase: Bool)] = [
        ("advertisement scroll to continue with content", true),
        ("scroll to continue with content", true),
        ("ADVERTISEMENT", false),
        ("Advertisement", false),
    ].map { (Array($0.0.utf8), $0.1) }
    static let gambas = Array("[Gambas:".utf8)

    /// Splits `range` around the markers; markers come back as ranges of their own.
    static func split(_ u: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Range<Int>] {
        // A short line holding only a marker is caught whole by the boilerplate rules.
        guard range.count > 48, mayContainMarker(u, range) else { return [range] }
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        var i = range.lowerBound
        let end = range.upperBound
        outer: while i < end {
            let b = u[i]
            // Candidates: an upper-case A or S, or a lower-case "scr" (the prompt written in lower case).
            if b == UInt8(ascii: "A") || b == UInt8(ascii: "S")
                || (b == UInt8(ascii: "s") && i + 2 < end && u[i + 1] == UInt8(ascii: "c") && u[i + 2] == UInt8(ascii: "r")) {
                for m in markers where matches(u, at: i, m.bytes, end: end, anyCase: m.anyCase) {
                    let length = m.bytes.count
                    if boundary(u, before: i, start: range.lowerBound), boundary(u, after: i + length, end: end) {
                        if i > start { pieces.append(start..<i) }
                        pieces.append(i..<(i + length))
                        i += length
                        start = i
                        continue outer
                    }
                }
            } else if b == UInt8(ascii: "["), matches(u, at: i, gambas, end: end, anyCase: false) {
                var j = i
                while j < end && u[j] != UInt8(ascii: "]") && j - i < 120 { j += 1 }
                if j < end && u[j] == UInt8(ascii: "]") {
                    if i > start { pieces.append(start..<i) }
                    pieces.append(i..<(j + 1))
                    i = j + 1
                    start = i
                    continue
                }
            }
            i += 1
        }
        if start == range.lowerBound { return [range] }
        if start < end { pieces.append(start..<end) }
        return pieces
    }

    static let reportLead = Array("laporan wartawan".utf8)

    /// Old Tribunnews scrapes glue the reporter line to the article: "Laporan Wartawan
    /// Tribunnews.com, Eri Komar Sinaga TRIBUNNEWS.COM, JAKARTA - …" is cut before the upper-case
    /// "….COM" dateline, so the byline is furniture and the article stays text.
    static func splitReportLead(_ u: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Range<Int>] {
        guard range.count > 120, matches(u, at: range.lowerBound, reportLead, end: range.upperBound, anyCase: true) else { return [range] }
        let limit = min(range.upperBound - 6, range.lowerBound + 200)
        var i = range.lowerBound + reportLead.count
        while i < limit {
            if u[i] == UInt8(ascii: "."), u[i + 1] == UInt8(ascii: "C"), u[i + 2] == UInt8(ascii: "O"), u[i + 3] == UInt8(ascii: "M") {
                var start = i
                while start > range.lowerBound, u[start - 1] != 0x20 { start -= 1 }
                if start > range.lowerBound, isASCIIUpper(u[start]), isASCIIUpper(u[i - 1]) {
                    return [range.lowerBound..<(start - 1), start..<range.upperBound]
                }
            }
            i += 1
        }
        return [range]
    }

    /// Old single-line scrapes mark paragraph breaks with two spaces after a sentence end; never
    /// inside a quotation ("… dalam hal ini Kemenag.  Sudah saatnya …," kata Ledia stays one).
    static func splitParagraphs(_ u: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Range<Int>] {
        guard range.count > 200 else { return [range] }
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        var i = range.lowerBound + 1
        let end = range.upperBound
        // Quotation state up to `scanned`, read once over the bytes as split points come.
        var scanned = range.lowerBound
        var inQuote = false, openedAt = 0
        func quoted(before k: Int) -> Bool {
            while scanned < k {
                let b = u[scanned]
                if b == 0x22 { inQuote.toggle(); openedAt = scanned }
                else if b == 0xE2, scanned + 2 < end, u[scanned + 1] == 0x80 {
                    if u[scanned + 2] == 0x9C { inQuote = true; openedAt = scanned } else if u[scanned + 2] == 0x9D { inQuote = false }
                }
                scanned += 1
            }
            // A stray mark left open does not hold the rest of the line together.
            return inQuote && k - openedAt < 800
        }
        while i + 2 < end {
            // Two bytes at a time: a double space must cover u[i+1].
            if u[i + 1] != 0x20 { i += 2; continue }
            if u[i] != 0x20 { i += 1; continue }
            do {
                let prev = u[i - 1]
                let endsSentence = prev == UInt8(ascii: ".") || prev == UInt8(ascii: "\"") || prev == UInt8(ascii: "?")
                    || prev == UInt8(ascii: "!") || prev == 0x9D /* last byte of ” */
                var j = i
                while j < end && u[j] == 0x20 { j += 1 }
                if endsSentence && j < end && i - start > 40 && !quoted(before: i) {
                    pieces.append(start..<i)
                    start = j
                    i = j
                    continue
                }
            }
            i += 1
        }
        if pieces.isEmpty { return [range] }
        pieces.append(start..<end)
        return pieces
    }

    /// Cheap pre-check with memchr (vectorised) for the rare bytes of each marker: "v"/"V" of
    /// "advertisement" (with A, d and e around it), "[" of "[Gambas", "c"/"C" of "scroll".
    private static func mayContainMarker(_ u: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let base = u.baseAddress! + range.lowerBound
        let count = range.count
        @inline(__always) func any(_ needle: UInt8, _ check: (Int) -> Bool) -> Bool {
            var offset = 0
            while offset < count, let hit = memchr(base + offset, Int32(needle), count - offset) {
                let at = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                if check(at) { return true }
                offset = at + 1
            }
            return false
        }
        func lower(_ k: Int) -> UInt8 { k >= 0 && k < count ? base[k] | 0x20 : 0 }
        let advert: (Int) -> Bool = { at in at >= 2 && base[at - 2] == UInt8(ascii: "A") && lower(at - 1) == UInt8(ascii: "d") && lower(at + 1) == UInt8(ascii: "e") }
        let scroll: (Int) -> Bool = { at in lower(at - 1) == UInt8(ascii: "s") && lower(at + 1) == UInt8(ascii: "r") && lower(at + 2) == UInt8(ascii: "o") }
        return any(UInt8(ascii: "V"), advert) || any(UInt8(ascii: "v"), advert)
            || any(UInt8(ascii: "["), { at in at + 2 < count && base[at + 1] == UInt8(ascii: "G") && base[at + 2] == UInt8(ascii: "a") })
            || any(UInt8(ascii: "C"), scroll) || any(UInt8(ascii: "c"), scroll)
    }

    private static func matches(_ u: UnsafeBufferPointer<UInt8>, at i: Int, _ m: [UInt8], end: Int, anyCase: Bool) -> Bool {
        guard i + m.count <= end else { return false }
        for k in 0..<m.count {
            let c = u[i + k]
            if anyCase ? (isASCIIUpper(c) ? c | 0x20 : c) != m[k] : c != m[k] { return false }
        }
        return true
    }

    private static func boundary(_ u: UnsafeBufferPointer<UInt8>, before i: Int, start: Int) -> Bool { i == start || !isASCIIAlnum(u[i - 1]) }
    private static func boundary(_ u: UnsafeBufferPointer<UInt8>, after i: Int, end: Int) -> Bool { i >= end || !isASCIIAlnum(u[i]) }
}
