import CZlib

/// gzip (and zlib) decompression through the system zlib.
public enum Gzip {
    public enum Failure: Error, Equatable {
        case corrupt(String)
        case tooLarge
        /// Refused by the caller's look at the start of the inflated data.
        case refused(String)
    }

    public static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// Inflates every gzip member in `input`, refusing output larger than `limit` bytes. The
    /// output is inflated as a stream: the work stops as soon as the limit is passed, or when
    /// `rejectsStart` refuses the first 64 KB inflated (binary data), so a small file that
    /// inflates to gigabytes costs at most `limit` bytes of memory and the time to reach it.
    public static func decompress(_ input: [UInt8], limit: Int,
                                  rejectsStart: ([UInt8]) -> Failure? = { _ in nil }) throws(Failure) -> [UInt8] {
        var output = [UInt8]()
        output.reserveCapacity(min(limit, input.count * 4))
        var inspected = false
        var stream = z_stream()
        // 15 + 32: any window size, gzip or zlib header detected automatically.
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .corrupt("zlib could not start")
        }
        defer { inflateEnd(&stream) }
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        var failure: Failure?
        input.withUnsafeBufferPointer { inBuf in
            var offset = 0
            while offset < inBuf.count {
                stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress! + offset)
                stream.avail_in = UInt32(inBuf.count - offset)
                var status: Int32 = Z_OK
                repeat {
                    status = buffer.withUnsafeMutableBufferPointer { outBuf -> Int32 in
                        stream.next_out = outBuf.baseAddress
                        stream.avail_out = UInt32(chunk)
                        let s = inflate(&stream, Z_NO_FLUSH)
                        let produced = chunk - Int(stream.avail_out)
                        output.append(contentsOf: outBuf[0..<produced])
                        return s
                    }
                    if output.count > limit { failure = .tooLarge; return }
                    if !inspected && output.count >= 1 << 16 {
                        inspected = true
                        if let refused = rejectsStart(output) { failure = refused; return }
                    }
                } while status == Z_OK && stream.avail_out == 0
                let consumed = (inBuf.count - offset) - Int(stream.avail_in)
                offset += consumed
                if status == Z_STREAM_END {
                    // Another gzip member may follow (concatenated .gz files).
                    if offset < inBuf.count { inflateReset(&stream); continue }
                    return
                }
                if status != Z_OK && status != Z_BUF_ERROR {
                    failure = .corrupt(status == Z_DATA_ERROR ? "corrupt gzip data" : "zlib error \(status)")
                    return
                }
                if consumed == 0 { failure = .corrupt("truncated gzip data"); return }
            }
            failure = .corrupt("truncated gzip data")
        }
        if failure == nil, !inspected, let refused = rejectsStart(output) { failure = refused }
        if let failure {
            // A truncated stream still yields what was inflated; callers get the error.
            throw failure
        }
        return output
    }
}
