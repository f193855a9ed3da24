/// A JSON value with ordered object keys, so kabar's output is stable and diffable.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }

    public static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }

    /// Compact JSON text.
    public func serialized() -> String {
        var out: [UInt8] = []
        write(into: &out, indent: false, level: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// Indented JSON text (two spaces).
    public func pretty() -> String {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        write(into: &out, indent: true, level: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// Indented JSON text as it stands `level` deep inside a document (`pretty()` is level 0), for
    /// writers that put a document out a piece at a time.
    public func pretty(level: Int) -> String {
        var out: [UInt8] = []
        write(into: &out, indent: true, level: level)
        return String(decoding: out, as: UTF8.self)
    }

    private func write(into out: inout [UInt8], indent: Bool, level: Int) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .int(let i): JSONValue.writeInt(i, into: &out)
        case .double(let d):
            if d.isFinite && d == d.rounded() && abs(d) < 1e15 { out += String(Int64(d)).utf8 } else if d.isFinite { out += String(d).utf8 } else { out += "null".utf8 }
        case .string(let s): JSONValue.writeString(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]".utf8; return }
            out.append(UInt8(ascii: "["))
            for (k, item) in items.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                newline(&out, indent, level + 1)
                item.write(into: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent, level)
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            if pairs.isEmpty { out += "{}".utf8; return }
            out.append(UInt8(ascii: "{"))
            for (k, pair) in pairs.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                newline(&out, indent, level + 1)
                JSONValue.writeString(pair.0, into: &out)
                out += (indent ? ": " : ":").utf8
                pair.1.write(into: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent, level)
            out.append(UInt8(ascii: "}"))
        }
    }

    private func newline(_ out: inout [UInt8], _ indent: Bool, _ level: Int) {
        guard indent else { return }
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: 2 * level))
    }

    /// An integer's decimal digits, written without making a String.
    static func writeInt(_ i: Int, into out: inout [UInt8]) {
        if i == Int.min { out += String(i).utf8; return }
        var v = i < 0 ? -i : i
        if i < 0 { out.append(UInt8(ascii: "-")) }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[19 - n] = UInt8(truncatingIfNeeded: 0x30 + v % 10)
                v /= 10
                n += 1
            } while v > 0
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: d[(20 - n)...]))
        }
    }

    /// A JSON string: runs of bytes that need no escape copied whole (UTF-8 passes through), the
    /// quote, the backslash and controls escaped.
    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { u in
            var run = 0
            var k = 0
            while k < u.count {
                let b = u[k]
                if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0x7F { k += 1; continue }
                if run < k { out.append(contentsOf: UnsafeBufferPointer(rebasing: u[run..<k])) }
                switch b {
                case UInt8(ascii: "\""): out += "\\\"".utf8
                case UInt8(ascii: "\\"): out += "\\\\".utf8
                case 0x0A: out += "\\n".utf8
                case 0x0D: out += "\\r".utf8
                case 0x09: out += "\\t".utf8
                default:
                    let hex: StaticString = "0123456789abcdef"
                    out += "\\u00".utf8
                    hex.withUTF8Buffer { h in out.append(h[Int(b >> 4)]); out.append(h[Int(b & 15)]) }
                }
                k += 1
                run = k
            }
            if run < u.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: u[run..<u.count])) }
        }
        out.append(UInt8(ascii: "\""))
    }
}
