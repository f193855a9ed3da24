import CZlib
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file read front to back in chunks, through gzip when it is compressed (every member of a
/// multi-member file, as Common Crawl writes WARC records), so a reader of a large archive holds
/// only the bytes it is looking at.
final class ByteSource {
    enum Failure: Error, Equatable {
        case cannotOpen(String)
        case corrupt(String)
    }

    private let fd: Int32
    private var gzip: Bool
    private var stream = z_stream()
    private var inflating = false
    private var raw = [UInt8](repeating: 0, count: 1 << 20)
    private var rawStart = 0, rawEnd = 0
    private var rawFinished = false
    /// Decoded bytes not yet consumed: `buffer[start..<buffer.count]`.
    private var buffer: [UInt8] = []
    private var start = 0
    /// Bytes consumed so far (of the decoded stream).
    private(set) var offset = 0
    /// Set when the gzip data ended early or was damaged: the bytes before it were still given.
    private(set) var failure: Failure?

    init(path: String) throws(Failure) {
        fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .cannotOpen(String(cString: strerror(errno))) }
        gzip = false
        fillRaw()
        if rawEnd - rawStart >= 2, raw[rawStart] == 0x1F, raw[rawStart + 1] == 0x8B {
            gzip = true
            guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                close(fd)
                throw .corrupt("zlib could not start")
            }
            inflating = true
        }
    }

    deinit {
        if inflating { inflateEnd(&stream) }
        close(fd)
    }

    var isGzip: Bool { gzip }

    private func fillRaw() {
        if rawStart > 0 {
            let (from, count) = (rawStart, rawEnd - rawStart)
            if count > 0 { raw.withUnsafeMutableBufferPointer { p in _ = memmove(p.baseAddress!, p.baseAddress! + from, count) } }
            rawEnd -= rawStart
            rawStart = 0
        }
        while !rawFinished && rawEnd < raw.count {
            let (end, room) = (rawEnd, raw.count - rawEnd)
            let n = raw.withUnsafeMutableBufferPointer { p in Glibc.read(fd, p.baseAddress! + end, room) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { rawFinished = true; break }
            rawEnd += n
        }
    }

    /// Appends at least one more decoded chunk to `buffer`; false at the end of the data.
    private func more() -> Bool {
        // Drop what was consumed before growing the buffer.
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
        if !gzip {
            if rawStart == rawEnd { fillRaw() }
            guard rawStart < rawEnd else { return false }
            buffer.append(contentsOf: raw[rawStart..<rawEnd])
            rawStart = rawEnd
            return true
        }
        let chunk = 1 << 18
        var out = [UInt8](repeating: 0, count: chunk)
        while true {
            if rawStart == rawEnd { fillRaw() }
            if rawStart == rawEnd {
                // The data ended inside a member.
                if inflating, stream.total_in > 0 || stream.avail_in > 0 { failure = failure ?? .corrupt("truncated gzip data") }
                return false
            }
            var status: Int32 = Z_OK
            var produced = 0
            var left = 0
            let (from, available) = (rawStart, rawEnd - rawStart)
            // (zlib keeps a pointer back to `stream`: it is used in place, never copied.)
            raw.withUnsafeMutableBufferPointer { input in
                out.withUnsafeMutableBufferPointer { output in
                    stream.next_in = input.baseAddress! + from
                    stream.avail_in = UInt32(available)
                    stream.next_out = output.baseAddress
                    stream.avail_out = UInt32(chunk)
                    status = inflate(&stream, Z_NO_FLUSH)
                    produced = chunk - Int(stream.avail_out)
                    left = Int(stream.avail_in)
                }
            }
            rawStart = rawEnd - left
            if produced > 0 { buffer.append(contentsOf: out[0..<produced]) }
            if status == Z_STREAM_END {
                // Another member follows, or the file ends here.
                inflateReset(&stream)
                stream.total_in = 0
                if rawStart == rawEnd { fillRaw() }
                if rawStart == rawEnd { return produced > 0 }
            } else if status != Z_OK && status != Z_BUF_ERROR {
                failure = .corrupt(status == Z_DATA_ERROR ? "corrupt gzip data" : "zlib error \(status)")
                return produced > 0
            }
            if produced > 0 { return true }
        }
    }

    /// The next line without its "\r\n" or "\n"; nil at the end. A line longer than `limit` is cut there.
    func line(limit: Int = 1 << 16) -> [UInt8]? {
        var searched = 0   // bytes after `start` already searched (the buffer may shift under `more()`)
        while true {
            if let nl = buffer[(start + searched)..<buffer.count].firstIndex(of: 0x0A) {
                var end = nl
                if end > start && buffer[end - 1] == 0x0D { end -= 1 }
                let result = Array(buffer[start..<min(end, start + limit)])
                offset += nl + 1 - start
                start = nl + 1
                return result
            }
            searched = buffer.count - start
            if searched > limit || !more() {
                guard start < buffer.count else { return nil }
                let result = Array(buffer[start..<min(buffer.count, start + limit)])
                offset += buffer.count - start
                start = buffer.count
                return result
            }
        }
    }

    /// The next `count` bytes (fewer at the end of the data).
    func bytes(_ count: Int) -> [UInt8] {
        while buffer.count - start < count, more() {}
        let n = min(count, buffer.count - start)
        let result = Array(buffer[start..<(start + n)])
        start += n
        offset += n
        return result
    }

    /// Skips `count` bytes without keeping them; returns how many there were.
    @discardableResult
    func skip(_ count: Int) -> Int {
        var left = count
        while left > 0 {
            if start == buffer.count, !more() { break }
            let n = min(left, buffer.count - start)
            start += n
            offset += n
            left -= n
        }
        return count - left
    }
}
