/// Boilerplate that scrapers leave in the middle of a paragraph ("… ADVERTISEMENT SCROLL TO
/// CONTINUE WITH CONTENT …", "[Gambas:Video CNN]"): cut out as blocks of their own.
enum InlineMarkers {
    /// Exact markers, matched case-sensitively as written by the outlets.
    static let exact: [String] = [
        "ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT",
        "SCROLL TO CONTINUE WITH CONTENT",
        "ADVERTISEMENT",
        "Advertisement",
    ]

    /// Splits a line around the markers; markers come back as separate pieces.
    static func split(_ line: String) -> [String] {
        let u = Array(line.utf8)
        guard u.count > 12, mayContainMarker(u) else { return [line] }
        var pieces: [String] = []
        var start = 0
        var i = 0
        outer: while i < u.count {
            let b = u[i]
            if b == UInt8(ascii: "A") || b == UInt8(ascii: "S") {
                for marker in exact {
                    let m = Array(marker.utf8)
                    if matches(u, at: i, m), boundary(u, before: i), boundary(u, after: i + m.count) {
                        if i > start { pieces.append(String(decoding: u[start..<i], as: UTF8.self)) }
                        pieces.append(marker)
                        i += m.count
                        start = i
                        continue outer
                    }
                }
            } else if b == UInt8(ascii: "["), matches(u, at: i, Array("[Gambas:".utf8)) {
                var j = i
                while j < u.count && u[j] != UInt8(ascii: "]") && j - i < 120 { j += 1 }
                if j < u.count && u[j] == UInt8(ascii: "]") {
                    if i > start { pieces.append(String(decoding: u[start..<i], as: UTF8.self)) }
                    pieces.append(String(decoding: u[i...j], as: UTF8.self))
                    i = j + 1
                    start = i
                    continue
                }
            }
            i += 1
        }
        if start == 0 { return [line] }
        if start < u.count { pieces.append(String(decoding: u[start...], as: UTF8.self)) }
        return pieces
    }

    /// Old single-line scrapes mark paragraph breaks with two spaces after a sentence end.
    static func splitParagraphs(_ line: String) -> [String] {
        let u = Array(line.utf8)
        guard u.count > 200 else { return [line] }
        var pieces: [String] = []
        var start = 0
        var i = 1
        while i + 2 < u.count {
            if u[i] == 0x20 && u[i + 1] == 0x20 {
                let prev = u[i - 1]
                let endsSentence = prev == UInt8(ascii: ".") || prev == UInt8(ascii: "\"") || prev == UInt8(ascii: "?")
                    || prev == UInt8(ascii: "!") || prev == 0x9D /* last byte of ” */
                var j = i
                while j < u.count && u[j] == 0x20 { j += 1 }
                if endsSentence && j < u.count && i - start > 40 {
                    pieces.append(String(decoding: u[start..<i], as: UTF8.self))
                    start = j
                    i = j
                    continue
                }
            }
            i += 1
        }
        if pieces.isEmpty { return [line] }
        pieces.append(String(decoding: u[start...], as: UTF8.self))
        return pieces
    }

    private static func mayContainMarker(_ u: [UInt8]) -> Bool {
        // Cheap pre-check: an upper-case run "ADVE"/"SCRO"/"Adve" or "[Gam".
        var i = 0
        while i + 3 < u.count {
            let b = u[i]
            if b == UInt8(ascii: "A") && u[i + 1] == UInt8(ascii: "D") && u[i + 2] == UInt8(ascii: "V") { return true }
            if b == UInt8(ascii: "A") && u[i + 1] == UInt8(ascii: "d") && u[i + 2] == UInt8(ascii: "v")
                && u[i + 3] == UInt8(ascii: "e") { return true }
            if b == UInt8(ascii: "S") && u[i + 1] == UInt8(ascii: "C") && u[i + 2] == UInt8(ascii: "R") { return true }
            if b == UInt8(ascii: "[") && u[i + 1] == UInt8(ascii: "G") && u[i + 2] == UInt8(ascii: "a") { return true }
            i += 1
        }
        return false
    }

    private static func matches(_ u: [UInt8], at i: Int, _ m: [UInt8]) -> Bool {
        guard i + m.count <= u.count else { return false }
        for k in 0..<m.count where u[i + k] != m[k] { return false }
        return true
    }

    private static func boundary(_ u: [UInt8], before i: Int) -> Bool { i == 0 || !isASCIIAlnum(u[i - 1]) }
    private static func boundary(_ u: [UInt8], after i: Int) -> Bool { i >= u.count || !isASCIIAlnum(u[i]) }
}
