/// Named HTML character references found in news pages and scraped text.
/// Numeric references (`&#8220;`, `&#x201C;`) are decoded without a table.
enum HTMLEntities {
    static let named: [String: UInt32] = [
        "nbsp": 0xA0, "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27,
        "ldquo": 0x201C, "rdquo": 0x201D, "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A, "bdquo": 0x201E,
        "laquo": 0xAB, "raquo": 0xBB, "lsaquo": 0x2039, "rsaquo": 0x203A, "prime": 0x2032, "Prime": 0x2033,
        "hellip": 0x2026, "ndash": 0x2013, "mdash": 0x2014, "minus": 0x2212, "bull": 0x2022, "middot": 0xB7,
        "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "deg": 0xB0, "plusmn": 0xB1, "times": 0xD7, "divide": 0xF7,
        "frac12": 0xBD, "frac14": 0xBC, "frac34": 0xBE, "sup1": 0xB9, "sup2": 0xB2, "sup3": 0xB3,
        "euro": 0x20AC, "pound": 0xA3, "yen": 0xA5, "cent": 0xA2, "sect": 0xA7, "para": 0xB6, "micro": 0xB5,
        "shy": 0xAD, "zwnj": 0x200C, "zwj": 0x200D, "lrm": 0x200E, "rlm": 0x200F,
        "thinsp": 0x2009, "ensp": 0x2002, "emsp": 0x2003, "acute": 0xB4, "uml": 0xA8, "iexcl": 0xA1, "iquest": 0xBF,
        "aacute": 0xE1, "Aacute": 0xC1, "agrave": 0xE0, "Agrave": 0xC0, "acirc": 0xE2, "Acirc": 0xC2,
        "atilde": 0xE3, "Atilde": 0xC3, "auml": 0xE4, "Auml": 0xC4, "aring": 0xE5, "Aring": 0xC5, "aelig": 0xE6,
        "ccedil": 0xE7, "Ccedil": 0xC7, "eacute": 0xE9, "Eacute": 0xC9, "egrave": 0xE8, "Egrave": 0xC8,
        "ecirc": 0xEA, "euml": 0xEB, "iacute": 0xED, "Iacute": 0xCD, "igrave": 0xEC, "icirc": 0xEE, "iuml": 0xEF,
        "ntilde": 0xF1, "Ntilde": 0xD1, "oacute": 0xF3, "Oacute": 0xD3, "ograve": 0xF2, "ocirc": 0xF4,
        "otilde": 0xF5, "ouml": 0xF6, "Ouml": 0xD6, "oslash": 0xF8, "Oslash": 0xD8, "uacute": 0xFA, "Uacute": 0xDA,
        "ugrave": 0xF9, "ucirc": 0xFB, "uuml": 0xFC, "Uuml": 0xDC, "yacute": 0xFD, "szlig": 0xDF,
        "scaron": 0x161, "Scaron": 0x160, "zcaron": 0x17E, "Zcaron": 0x17D,
    ]

    /// Tries to read a character reference whose `&` is at `start`.
    /// Returns the scalar and the index just past the `;`, or nil.
    @inline(__always)
    static func decode(_ p: UnsafeBufferPointer<UInt8>, at start: Int) -> (UInt32, Int)? {
        let n = p.count
        var i = start + 1
        guard i < n else { return nil }
        if p[i] == UInt8(ascii: "#") {
            i += 1
            var value: UInt32 = 0
            var digits = 0
            let hex = i < n && (p[i] == UInt8(ascii: "x") || p[i] == UInt8(ascii: "X"))
            if hex { i += 1 }
            while i < n, digits < 8 {
                let c = p[i]
                let d: UInt32
                switch c {
                case 0x30...0x39: d = UInt32(c - 0x30)
                case 0x61...0x66 where hex: d = UInt32(c - 0x61 + 10)
                case 0x41...0x46 where hex: d = UInt32(c - 0x41 + 10)
                default: d = UInt32.max
                }
                if d == UInt32.max { break }
                value = value * (hex ? 16 : 10) + d
                digits += 1
                i += 1
            }
            guard digits > 0, i < n, p[i] == UInt8(ascii: ";") else { return nil }
            if value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { value = 0xFFFD }
            // Numeric references in 0x80...0x9F mean Windows-1252 characters (HTML5 rule).
            if (0x80...0x9F).contains(value) { value = windows1252Scalar(UInt8(value)) }
            return (value, i + 1)
        }
        var j = i
        while j < n, j - i < 10 {
            let c = p[j]
            let isAlnum = (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
            if !isAlnum { break }
            j += 1
        }
        guard j > i, j < n, p[j] == UInt8(ascii: ";") else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: p[i..<j]), as: UTF8.self)
        guard let scalar = named[name] else { return nil }
        return (scalar, j + 1)
    }
}
