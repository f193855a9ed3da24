/// Reads what `ArchiveWriter` wrote, in the same order. Every read checks the bounds: a truncated
/// or damaged archive throws `ArchiveReader.Damaged` instead of reading past its end.
struct ArchiveReader {
    struct Damaged: Error, CustomStringConvertible {
        var offset: Int
        var description: String { "damaged archive at byte \(offset)" }
    }

    private let bytes: UnsafeRawBufferPointer
    private(set) var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func byte() throws(Damaged) -> UInt8 {
        guard offset < bytes.count else { throw Damaged(offset: offset) }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func unsigned() throws(Damaged) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw Damaged(offset: offset) }
            value |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return value }
            shift += 7
        }
    }

    mutating func int() throws(Damaged) -> Int {
        let u = try unsigned()
        return Int(truncatingIfNeeded: Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1))))
    }

    /// A count or length: not negative and not beyond what is left to read.
    mutating func count() throws(Damaged) -> Int {
        let n = try unsigned()
        guard n <= UInt64(bytes.count - offset) else { throw Damaged(offset: offset) }
        return Int(n)
    }

    mutating func bool() throws(Damaged) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw Damaged(offset: offset - 1)
        }
    }

    mutating func double() throws(Damaged) -> Double {
        guard bytes.count - offset >= 8 else { throw Damaged(offset: offset) }
        var bits: UInt64 = 0
        for k in 0..<8 { bits |= UInt64(bytes[offset + k]) << (8 * UInt64(k)) }
        offset += 8
        return Double(bitPattern: bits)
    }

    mutating func string() throws(Damaged) -> String {
        let n = try count()
        defer { offset += n }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + n]), as: UTF8.self)
    }

    mutating func range() throws(Damaged) -> Range<Int> {
        let lower = try int()
        let length = try int()
        guard length >= 0, lower <= Int.max - length else { throw Damaged(offset: offset) }
        return lower..<lower + length
    }

    mutating func optional<T>(_ read: (inout ArchiveReader) throws(Damaged) -> T) throws(Damaged) -> T? {
        try bool() ? try read(&self) : nil
    }

    mutating func optionalString() throws(Damaged) -> String? { try optional { r throws(Damaged) in try r.string() } }
    mutating func optionalInt() throws(Damaged) -> Int? { try optional { r throws(Damaged) in try r.int() } }
    mutating func optionalRange() throws(Damaged) -> Range<Int>? { try optional { r throws(Damaged) in try r.range() } }
}
