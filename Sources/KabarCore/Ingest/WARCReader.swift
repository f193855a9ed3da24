import Foundation

/// Reads web archives (WARC 1.0 and 1.1, `.warc` or `.warc.gz` with gzip per record, as Common
/// Crawl and `wget --warc-file` write them) as a stream: every `response` record whose HTTP
/// payload is an HTML page is an article, its address from `WARC-Target-URI`, its date from the
/// page or else `WARC-Date`. Other records (request, metadata, revisit, warcinfo), pages that are
/// not HTML or not a 200 answer, and truncated records are counted and skipped. Only one record's
/// bytes are held at a time.
enum WARCReader {
    /// The largest record block read; a longer one is skipped (counted) without being held.
    static let maximumRecordBytes = 16 << 20

    /// What a read skipped, by reason, for the summary line.
    struct Tally {
        var byReason: [String: Int] = [:]
        mutating func skip(_ reason: String) { byReason[reason, default: 0] += 1 }
    }

    static func read(path: String) -> (documents: [SourceDocument], problems: [IngestProblem]) {
        var documents: [SourceDocument] = []
        let problems = read(path: path) { documents.append($0) }
        return (documents, problems)
    }

    /// Reads the archive record by record, handing each article page to `each` as it is found, so
    /// nothing of the archive but the record being read is held.
    static func read(path: String, each: (SourceDocument) -> Void) -> [IngestProblem] {
        let source: ByteSource
        do { source = try ByteSource(path: path) } catch {
            return [IngestProblem(path: path, message: "cannot open: \(error)")]
        }
        var problems: [IngestProblem] = []
        var tally = Tally()
        let stem = fileStem(path)
        var records = 0
        // Ids given so far, by their 64-bit hash (8 bytes an article, not the whole id).
        var used = Set<UInt64>()
        while let first = nextNonBlankLine(source) {
            guard first.starts(with: Array("WARC/".utf8)) else {
                problems.append(IngestProblem(path: path, message: records == 0
                    ? "not a WARC file (it does not start with a WARC/1.0 or WARC/1.1 record)"
                    : "record \(records + 1) at byte \(source.offset): no WARC header where one should start; the rest is not read"))
                break
            }
            records += 1
            var headers: [String: String] = [:]
            while let line = source.line(), !line.isEmpty {
                guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
                let name = String(decoding: line[..<colon], as: UTF8.self).lowercased()
                let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmedASCII
                headers[name] = value
            }
            guard let length = headers["content-length"].flatMap({ Int($0) }), length >= 0 else {
                problems.append(IngestProblem(path: path, message: "record \(records): no Content-Length; the rest is not read"))
                break
            }
            let type = headers["warc-type"]?.lowercased() ?? "?"
            guard type == "response", length <= maximumRecordBytes else {
                let skipped = source.skip(length)
                if skipped < length { tally.skip("truncated"); break }
                tally.skip(type == "response" ? "larger than \(FileLoader.megabytes(maximumRecordBytes))" : type)
                continue
            }
            let block = source.bytes(length)
            if block.count < length {
                tally.skip("truncated")
                break
            }
            let uri = headers["warc-target-uri"].map { $0.trimmingCharacters(in: ["<", ">"]) }
            switch httpPage(block) {
            case .failure(let why): tally.skip(why)
            case .success(let html):
                switch HTMLReader.read(html, path: path) {
                case .notArticle: tally.skip("not an article page")
                case .article(var doc):
                    doc.id = stem + "-" + StableHash.shortID(uri ?? String(records))
                    if !used.insert(StableHash.fnv1a(doc.id)).inserted { doc.id += "-\(records)" }
                    doc.format = .warc
                    // Header values are untrusted text like the page: one clean line each.
                    if doc.stated.url == nil { doc.stated.url = HTMLReader.field(uri) }
                    if doc.stated.date == nil, let date = headers["warc-date"] { doc.stated.date = HTMLReader.field(String(date.prefix(16))) }
                    each(doc)
                }
            }
        }
        if let failure = source.failure {
            problems.append(IngestProblem(path: path, message: "the archive ends early (\(failure)); the records before it are read"))
        }
        if let truncated = tally.byReason.removeValue(forKey: "truncated") {
            problems.append(IngestProblem(path: path, message: "\(truncated == 1 ? "a record" : "\(truncated) records") shorter than its Content-Length (a truncated archive?); the records before it are read"))
        }
        // One line for everything else skipped, most frequent reason first.
        let skipped = tally.byReason.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        if !skipped.isEmpty {
            let total = skipped.reduce(0) { $0 + $1.value }
            problems.append(IngestProblem(path: path, message: "\(total) record\(total == 1 ? "" : "s") with no article: "
                                          + skipped.map { "\($0.value) \($0.key)" }.joined(separator: ", "), severity: .notice))
        }
        if records == 0 && problems.isEmpty { problems.append(IngestProblem(path: path, message: "empty WARC file")) }
        return problems
    }

    static func nextNonBlankLine(_ source: ByteSource) -> [UInt8]? {
        while let line = source.line() {
            if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return line }
        }
        return nil
    }

    /// The HTML of an HTTP response block: status 200, an HTML content type, the body de-chunked
    /// and decompressed when the server sent it so.
    static func httpPage(_ block: [UInt8]) -> Result<[UInt8], WhySkipped> {
        guard let headerEnd = find(Array("\r\n\r\n".utf8), in: block) else { return .failure(WhySkipped("without HTTP headers")) }
        let head = String(decoding: block[..<headerEnd], as: UTF8.self)
        let lines = head.split(separator: "\r\n", omittingEmptySubsequences: false)
        let status = lines.first.map { $0.split(separator: " ") }.flatMap { $0.count >= 2 ? Int($0[1]) : nil }
        guard let status else { return .failure(WhySkipped("without an HTTP status")) }
        guard status == 200 else { return .failure(WhySkipped("not HTTP 200")) }
        var fields: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces).lowercased()
        }
        let contentType = fields["content-type"] ?? ""
        guard contentType.isEmpty || contentType.contains("html") else { return .failure(WhySkipped("not HTML")) }
        var body = Array(block[(headerEnd + 4)...])
        if fields["transfer-encoding"]?.contains("chunked") == true {
            guard let joined = dechunked(body) else { return .failure(WhySkipped("damaged chunked body")) }
            body = joined
        }
        if let encoding = fields["content-encoding"], encoding.contains("gzip") || encoding.contains("deflate") {
            guard let inflated = try? Gzip.decompress(body, limit: FileLoader.maxArticleFileBytes) else {
                return .failure(WhySkipped("damaged compressed body"))
            }
            body = inflated
        }
        guard !looksBinary(body) else { return .failure(WhySkipped("not HTML")) }
        return .success(body)
    }

    struct WhySkipped: Error {
        var reason: String
        init(_ reason: String) { self.reason = reason }
    }

    /// A chunked HTTP body joined; nil when a chunk size is not a number.
    static func dechunked(_ body: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var i = 0
        while i < body.count {
            guard let lineEnd = find(Array("\r\n".utf8), in: body, from: i) else { return out.isEmpty ? nil : out }
            let sizeText = String(decoding: body[i..<lineEnd], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else { return nil }
            if size == 0 { return out }
            let from = lineEnd + 2
            guard from + size <= body.count else { out += body[from...]; return out }
            out += body[from..<(from + size)]
            i = from + size + 2
        }
        return out
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int = 0) -> Int? {
        guard needle.count <= haystack.count - from else { return nil }
        var i = from
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0], haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}

extension WARCReader.Tally {
    mutating func skip(_ why: WARCReader.WhySkipped) { skip(why.reason) }
}
