#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one JSON object's top-level string and number fields straight from UTF-8 bytes.
/// Nested arrays and objects are skipped (balanced, strings respected). String escapes,
/// including \u surrogate pairs, are decoded; a lone surrogate becomes U+FFFD.
/// Returns nil when the bytes are not a well-formed object (the caller explains why).
enum JSONRecordScanner {
    static func fields(_ u: UnsafeBufferPointer<UInt8>) -> [String: [UInt8]]? {
        var i = 0
        let n = u.count
        func skipSpace() { while i < n, u[i] == 0x20 || u[i] == 0x0A || u[i] == 0x0D || u[i] == 0x09 { i += 1 } }
        skipSpace()
        guard i < n, u[i] == UInt8(ascii: "{") else { return nil }
        i += 1
        var result: [String: [UInt8]] = [:]
        skipSpace()
        if i < n, u[i] == UInt8(ascii: "}") { i += 1; skipSpace(); return i == n ? result : nil }
        while true {
            skipSpace()
            guard i < n, u[i] == UInt8(ascii: "\""), let keyBytes = readString(u, &i) else { return nil }
            skipSpace()
            guard i < n, u[i] == UInt8(ascii: ":") else { return nil }
            i += 1
            skipSpace()
            guard i < n else { return nil }
            let c = u[i]
            if c == UInt8(ascii: "\"") {
                guard let value = readString(u, &i) else { return nil }
                result[String(decoding: keyBytes, as: UTF8.self)] = value
            } else if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") {
                guard skipNested(u, &i) else { return nil }
            } else {
                let start = i
                while i < n, u[i] != UInt8(ascii: ","), u[i] != UInt8(ascii: "}"), u[i] > 0x20 { i += 1 }
                let literal = Array(u[start..<i])
                guard !literal.isEmpty, isLiteral(literal) else { return nil }
                if literal != Array("null".utf8) && literal != Array("true".utf8) && literal != Array("false".utf8) {
                    result[String(decoding: keyBytes, as: UTF8.self)] = literal
                }
            }
            skipSpace()
            guard i < n else { return nil }
            if u[i] == UInt8(ascii: ",") { i += 1; continue }
            if u[i] == UInt8(ascii: "}") { i += 1; break }
            return nil
        }
        skipSpace()
        return i == n ? result : nil
    }

    private static func isLiteral(_ b: [UInt8]) -> Bool {
        if b == Array("null".utf8) || b == Array("true".utf8) || b == Array("false".utf8) { return true }
        return b.allSatisfy { isASCIIDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
    }

    /// `i` at the opening quote; leaves `i` after the closing quote.
    private static func readString(_ u: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> [UInt8]? {
        let n = u.count
        i += 1
        let start = i
        // Fast path: find the next quote with memchr; no backslash before it means no escapes.
        guard let quote = memchr(u.baseAddress! + i, 0x22, n - i) else { return nil }
        let q = UnsafeRawPointer(quote) - UnsafeRawPointer(u.baseAddress!)
        if memchr(u.baseAddress! + i, 0x5C, q - i) == nil { i = q } else {
            while i < n, u[i] != UInt8(ascii: "\""), u[i] != UInt8(ascii: "\\") { i += 1 }
        }
        guard i < n else { return nil }
        if u[i] == UInt8(ascii: "\"") {
            let out = Array(u[start..<i])
            i += 1
            return out
        }
        var out = Array(u[start..<i])
        out.reserveCapacity(out.count + 64)
        while i < n {
            let b = u[i]
            if b == UInt8(ascii: "\"") { i += 1; return out }
            if b != UInt8(ascii: "\\") {
                // Copy the run up to the next quote or backslash (both found with memchr).
                let base = u.baseAddress!
                let quote = memchr(base + i, 0x22, n - i).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? n
                let slash = memchr(base + i, 0x5C, quote - i).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? quote
                let j = slash
                out.append(contentsOf: UnsafeBufferPointer(rebasing: u[i..<j]))
                i = j
                continue
            }
            guard i + 1 < n else { return nil }
            let e = u[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard var scalar = hex4(u, i) else { return nil }
                i += 4
                if (0xD800...0xDBFF).contains(scalar) {
                    if i + 5 < n, u[i] == UInt8(ascii: "\\"), u[i + 1] == UInt8(ascii: "u"), let low = hex4(u, i + 2), (0xDC00...0xDFFF).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                    } else {
                        scalar = 0xFFFD
                    }
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    scalar = 0xFFFD
                }
                appendUTF8(scalar, to: &out)
            default:
                return nil
            }
        }
        return nil
    }

    private static func hex4(_ u: UnsafeBufferPointer<UInt8>, _ at: Int) -> UInt32? {
        guard at + 4 <= u.count else { return nil }
        var v: UInt32 = 0
        for k in at..<(at + 4) {
            let c = u[k]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            default: return nil
            }
            v = v * 16 + d
        }
        return v
    }

    private static func skipNested(_ u: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Bool {
        var depth = 0
        let n = u.count
        while i < n {
            let c = u[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                while i < n, u[i] != UInt8(ascii: "\"") { i += u[i] == UInt8(ascii: "\\") ? 2 : 1 }
                i += 1
                continue
            }
            if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") { depth += 1 }
            if c == UInt8(ascii: "}") || c == UInt8(ascii: "]") {
                depth -= 1
                if depth == 0 { i += 1; return true }
            }
            i += 1
        }
        return false
    }
}
