/// How the bytes of a document were turned into text.
public enum TextEncoding: String, Sendable, Codable {
    /// Valid UTF-8 throughout.
    case utf8
    /// Declared (or detected) single-byte Windows-1252 / ISO-8859-1 text.
    case windows1252
    /// Mostly UTF-8 with invalid bytes, each read as Windows-1252.
    case utf8WithFallback

    /// Reads a charset label as found in `<meta charset>` or a Content-Type header.
    public init?(label: String) {
        let l = label.lowercased().trimmingCharacters(in: .whitespaces)
        switch l {
        case "utf-8", "utf8": self = .utf8
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "windows-1252", "cp1252", "us-ascii", "ascii",
             "iso-8859-15", "x-cp1252":
            self = .windows1252
        default: return nil
        }
    }
}

/// Windows-1252 code points for bytes 0x80...0x9F (0 where the code page leaves a hole).
/// Bytes 0xA0...0xFF map to the Latin-1 code point of the same value.
let windows1252High: [UInt32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
]

@inline(__always)
func windows1252Scalar(_ byte: UInt8) -> UInt32 {
    if byte < 0x80 { return UInt32(byte) }
    if byte < 0xA0 { return windows1252High[Int(byte - 0x80)] }
    return UInt32(byte)
}

/// True when `bytes` is well-formed UTF-8.
func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    let n = bytes.count
    while i < n {
        let b = bytes[i]
        if b < 0x80 { i += 1; continue }
        let (_, len) = decodeUTF8Scalar(bytes, at: i)
        if len == 0 { return false }
        i += len
    }
    return true
}

/// Decodes one UTF-8 sequence starting at `i`; returns length 0 when the sequence is invalid.
@inline(__always)
func decodeUTF8Scalar(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
    let b0 = p[i]
    let n = p.count
    if b0 < 0x80 { return (UInt32(b0), 1) }
    if b0 < 0xC2 { return (0, 0) }
    if b0 < 0xE0 {
        guard i + 1 < n else { return (0, 0) }
        let b1 = p[i + 1]
        guard b1 & 0xC0 == 0x80 else { return (0, 0) }
        return ((UInt32(b0 & 0x1F) << 6) | UInt32(b1 & 0x3F), 2)
    }
    if b0 < 0xF0 {
        guard i + 2 < n else { return (0, 0) }
        let b1 = p[i + 1], b2 = p[i + 2]
        guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return (0, 0) }
        if b0 == 0xE0 && b1 < 0xA0 { return (0, 0) }      // overlong
        if b0 == 0xED && b1 >= 0xA0 { return (0, 0) }     // surrogates
        return ((UInt32(b0 & 0x0F) << 12) | (UInt32(b1 & 0x3F) << 6) | UInt32(b2 & 0x3F), 3)
    }
    if b0 < 0xF5 {
        guard i + 3 < n else { return (0, 0) }
        let b1 = p[i + 1], b2 = p[i + 2], b3 = p[i + 3]
        guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, b3 & 0xC0 == 0x80 else { return (0, 0) }
        if b0 == 0xF0 && b1 < 0x90 { return (0, 0) }
        if b0 == 0xF4 && b1 >= 0x90 { return (0, 0) }
        return ((UInt32(b0 & 0x07) << 18) | (UInt32(b1 & 0x3F) << 12) | (UInt32(b2 & 0x3F) << 6) | UInt32(b3 & 0x3F), 4)
    }
    return (0, 0)
}

@inline(__always)
func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
    if scalar < 0x80 {
        out.append(UInt8(scalar))
    } else if scalar < 0x800 {
        out.append(UInt8(0xC0 | (scalar >> 6)))
        out.append(UInt8(0x80 | (scalar & 0x3F)))
    } else if scalar < 0x10000 {
        out.append(UInt8(0xE0 | (scalar >> 12)))
        out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (scalar & 0x3F)))
    } else {
        out.append(UInt8(0xF0 | (scalar >> 18)))
        out.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
        out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (scalar & 0x3F)))
    }
}
