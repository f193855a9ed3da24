import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads article records from JSON (one record, an array, or `{"articles": [...]}`) and JSONL.
/// Field names follow common scraper conventions; the first present one wins.
enum RecordReader {
    static let titleKeys = ["title", "judul", "headline"]
    static let textKeys = ["text", "content", "body", "isi", "article", "konten"]
    static let urlKeys = ["url", "link", "canonical_url"]
    static let dateKeys = ["date_raw", "published", "published_at", "publishedAt", "date", "tanggal", "datetime"]
    static let outletKeys = ["outlet", "source_name", "media", "site", "publisher"]
    static let authorKeys = ["author", "penulis", "byline", "reporter"]
    static let idKeys = ["id", "_id", "uuid"]

    static func readJSONL(_ bytes: [UInt8], path: String) -> (documents: [SourceDocument], problems: [IngestProblem]) {
        var docs: [SourceDocument] = []
        var problems: [IngestProblem] = []
        var lineNumber = 0
        var start = 0
        let stem = fileStem(path)
        let n = bytes.count
        while start < n {
            let end = bytes.withUnsafeBufferPointer { buf -> Int in
                guard let hit = memchr(buf.baseAddress! + start, 0x0A, n - start) else { return n }
                return UnsafeRawPointer(hit) - UnsafeRawPointer(buf.baseAddress!)
            }
            lineNumber += 1
            let slice = bytes[start..<end]
            start = end + 1
            if slice.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            if slice.count > FileLoader.maxArticleFileBytes {
                problems.append(IngestProblem(path: path, message: "line \(lineNumber): record too large, skipped"))
                continue
            }
            let scanned = bytes.withUnsafeBufferPointer { JSONRecordScanner.fields(UnsafeBufferPointer(rebasing: $0[slice.startIndex..<slice.endIndex])) }
            guard let fields = scanned else {
                // Let Foundation tell an invalid line from a valid non-object.
                let valid = (try? JSONSerialization.jsonObject(with: Data(slice), options: [.fragmentsAllowed])) != nil
                problems.append(IngestProblem(path: path, message: "line \(lineNumber): \(valid ? "not a JSON object" : "not valid JSON"), skipped"))
                continue
            }
            let sanitizer = Sanitizer()
            let lookup: (String) -> String? = { key in
                guard let raw = fields[key] else { return nil }
                let clean = sanitizer.sanitize(raw).text.trimmedASCII
                return clean.isEmpty ? nil : clean
            }
            switch document(lookup: lookup, path: path, fallbackID: stem + "-" + String(lineNumber), format: .jsonl) {
            case .success(let doc): docs.append(doc)
            case .failure(let why):
                problems.append(IngestProblem(path: path, message: "line \(lineNumber): \(why.message)"))
            }
        }
        return (docs, problems)
    }

    static func readJSON(_ bytes: [UInt8], path: String) -> (documents: [SourceDocument], problems: [IngestProblem]) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
        } catch {
            return ([], [IngestProblem(path: path, message: "not valid JSON: \(describe(error))")])
        }
        var records: [[String: Any]] = []
        if let array = object as? [Any] {
            records = array.compactMap { $0 as? [String: Any] }
        } else if let dict = object as? [String: Any] {
            if let list = dict["articles"] as? [Any] {
                records = list.compactMap { $0 as? [String: Any] }
            } else {
                records = [dict]
            }
        }
        if records.isEmpty {
            return ([], [IngestProblem(path: path, message: "no article records (expected an object, an array, or {\"articles\": [...]})")])
        }
        var docs: [SourceDocument] = []
        var problems: [IngestProblem] = []
        for (i, record) in records.enumerated() {
            let fallback = records.count == 1 ? fileStem(path) : "\(fileStem(path))-\(i + 1)"
            switch document(from: record, path: path, fallbackID: fallback, format: .json) {
            case .success(let doc): docs.append(doc)
            case .failure(let why):
                problems.append(IngestProblem(path: path, message: "record \(i + 1): \(why.message)"))
            }
        }
        return (docs, problems)
    }

    static func document(from record: [String: Any], path: String, fallbackID: String,
                         format: SourceFormat) -> Result<SourceDocument, IngestProblem> {
        let sanitizer = Sanitizer()
        return document(lookup: { key in
            if let s = record[key] as? String {
                let clean = sanitizer.sanitize(s).trimmedASCII
                return clean.isEmpty ? nil : clean
            }
            if let n = record[key] as? NSNumber, key == "id" || key == "_id" { return n.stringValue }
            return nil
        }, path: path, fallbackID: fallbackID, format: format)
    }

    /// Builds a source document from a record's fields (`lookup` returns a sanitised, trimmed value).
    static func document(lookup: (String) -> String?, path: String, fallbackID: String,
                         format: SourceFormat) -> Result<SourceDocument, IngestProblem> {
        func field(_ keys: [String]) -> String? {
            for key in keys { if let v = lookup(key) { return v } }
            return nil
        }
        guard let text = field(textKeys) else {
            return .failure(IngestProblem(path: path, message: "record has no text (looked for \(textKeys.joined(separator: ", ")))"))
        }
        // A title field may hold a newline (one Tempo title does): keep it on one line.
        let title = field(titleKeys).map { $0.utf8.contains(0x0A) ? $0.replacingOccurrences(of: "\n", with: " ").collapsingSpaces : $0 }
        let stated = StatedMetadata(title: title, url: field(urlKeys), date: field(dateKeys),
                                    outlet: field(outletKeys), author: field(authorKeys),
                                    language: field(["language", "lang"]))
        let id = field(idKeys).map { sanitizeID($0) } ?? fallbackID
        return .success(SourceDocument(id: id, path: path, format: format,
                                       blocks: BlockCandidate.lines(of: text), stated: stated))
    }

    static func describe(_ error: Error) -> String {
        let ns = error as NSError
        if let detail = ns.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        return "parse error"
    }

    static func sanitizeID(_ s: String) -> String {
        Sanitizer.oneLine(String(s.prefix(200)))
    }
}

/// The file name without folders and without its extensions (".jsonl.gz" counts as one).
func fileStem(_ path: String) -> String {
    var name = path.split(separator: "/").last.map(String.init) ?? path
    for ext in [".gz", ".warc", ".jsonl", ".ndjson", ".json", ".html", ".htm", ".xhtml", ".txt", ".text", ".xml", ".rss", ".atom"] {
        if name.lowercased().hasSuffix(ext) { name.removeLast(ext.count) }
    }
    // An id is printed: a file name's control sequences and line breaks never reach it.
    return Sanitizer.oneLine(name.isEmpty ? path : name)
}
