#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole regular file into memory, refusing what cannot be an article collection.
public enum FileLoader {
    /// Largest single-article file (text or HTML page) kabar reads. The largest real page in
    /// the shared corpus is under 1 MB; anything far beyond is not one article.
    public static let maxArticleFileBytes = 16 << 20
    /// Largest record collection (JSON, JSONL, or a .gz of one, after decompression): what one
    /// input may hold in memory at once (peak memory for one input stays under 512 MB). Split
    /// larger collections into several files.
    public static let maxCollectionBytes = 256 << 20

    public static func read(_ path: String, limit: Int) -> Result<[UInt8], IngestProblem> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            return .failure(IngestProblem(path: path, message: "cannot read: \(String(cString: strerror(errno)))"))
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            return .failure(IngestProblem(path: path, message: "cannot read: \(String(cString: strerror(errno)))"))
        }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            return .failure(IngestProblem(path: path, message: "not a regular file"))
        }
        let size = Int(st.st_size)
        if size == 0 {
            return .failure(IngestProblem(path: path, message: "empty file"))
        }
        if size > limit {
            return .failure(IngestProblem(path: path, message:
                "file too large (\(megabytes(size)); kabar reads at most \(megabytes(limit)) for this kind of file)"))
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let n = bytes.withUnsafeMutableBytes { buf in
                Glibc.read(fd, buf.baseAddress! + filled, size - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(IngestProblem(path: path, message: "cannot read: \(String(cString: strerror(errno)))"))
            }
            if n == 0 { break }
            filled += n
        }
        if filled < size { bytes.removeLast(size - filled) }
        return .success(bytes)
    }

    static func megabytes(_ n: Int) -> String {
        let mb = Double(n) / 1_048_576
        return mb >= 10 ? "\(Int(mb.rounded())) MB" : "\((mb * 10).rounded() / 10) MB"
    }
}

/// Heuristic: the first bytes look like binary data, not text. A few NUL bytes in a text (a
/// scraper's slip) do not make it binary; a file whose sample is one-eighth controls does.
func looksBinary(_ bytes: [UInt8]) -> Bool {
    let sample = bytes.prefix(8192)
    if sample.count >= 4 {
        // Well-known binary magic numbers.
        let magic: [[UInt8]] = [[0x89, 0x50, 0x4E, 0x47], [0xFF, 0xD8, 0xFF], [0x25, 0x50, 0x44, 0x46],
                                [0x50, 0x4B, 0x03, 0x04], [0x7F, 0x45, 0x4C, 0x46], [0x47, 0x49, 0x46, 0x38]]
        for m in magic where sample.starts(with: m) { return true }
    }
    var controls = 0
    for b in sample where b < 0x20 && b != 0x0A && b != 0x0D && b != 0x09 && b != 0x0C && b != 0x1B { controls += 1 }
    return sample.count > 0 && controls * 8 > sample.count
}

/// The text with its NUL bytes removed, and how many there were.
func removingNULs(_ bytes: [UInt8]) -> (bytes: [UInt8], removed: Int) {
    guard bytes.contains(0) else { return (bytes, 0) }
    let kept = bytes.filter { $0 != 0 }
    return (kept, bytes.count - kept.count)
}
