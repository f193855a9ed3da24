import CZlib

/// zlib compression of one stored value (an article's archive): its length, then the zlib stream,
/// so the index keeps each article once, compressed (about a quarter of its analysed size).
/// What is read back is untrusted: a stream that is cut, has bytes after its end, or inflates to
/// another length than the one written is damage, and throws.
enum PackedBytes {
    struct Damaged: Error {}

    /// The most an archive may claim to inflate to (a damaged length never allocates more).
    static let maximumLength = 1 << 30

    static func pack(_ raw: [UInt8]) -> [UInt8] {
        var header = ArchiveWriter(capacity: 10)
        header.unsigned(UInt64(raw.count))
        var bound = compressBound(uLong(raw.count))
        var out = [UInt8](repeating: 0, count: header.bytes.count + Int(bound))
        out.replaceSubrange(0..<header.bytes.count, with: header.bytes)
        let start = header.bytes.count
        let status = out.withUnsafeMutableBufferPointer { o in
            raw.withUnsafeBufferPointer { i in
                compress2(o.baseAddress! + start, &bound, i.baseAddress, uLong(raw.count), 6)
            }
        }
        // compress2 fails only without memory or with a too-small buffer (compressBound rules that out).
        precondition(status == Z_OK, "zlib compress2 failed (\(status))")
        out.removeSubrange((start + Int(bound))...)
        return out
    }

    static func unpack(_ packed: UnsafeRawBufferPointer) throws(Damaged) -> [UInt8] {
        var reader = ArchiveReader(packed)
        guard let declared = try? reader.unsigned(), declared > 0, declared <= UInt64(maximumLength) else { throw Damaged() }
        let start = reader.offset
        guard let base = packed.baseAddress, start < packed.count else { throw Damaged() }
        var out = [UInt8](repeating: 0, count: Int(declared))
        var produced = uLong(declared)
        var consumed = uLong(packed.count - start)
        let status = out.withUnsafeMutableBufferPointer { o in
            uncompress2(o.baseAddress, &produced, base.assumingMemoryBound(to: UInt8.self) + start, &consumed)
        }
        guard status == Z_OK, produced == uLong(declared), consumed == uLong(packed.count - start) else { throw Damaged() }
        return out
    }
}
