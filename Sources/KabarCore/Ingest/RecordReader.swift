import Foundation

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
        let n = bytes.count
        while start < n {
            var end = start
            while end < n && bytes[end] != 0x0A { end += 1 }
            lineNumber += 1
            let slice = bytes[start..<end]
            start = end + 1
            if slice.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            if slice.count > FileLoader.maxArticleFileBytes {
                problems.append(IngestProblem(path: path, message: "line \(lineNumber): record too large, skipped"))
                continue
            }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(slice), options: [])
            } catch {
                problems.append(IngestProblem(path: path, message: "line \(lineNumber): not valid JSON, skipped"))
                continue
            }
            guard let record = object as? [String: Any] else {
                problems.append(IngestProblem(path: path, message: "line \(lineNumber): not a JSON object, skipped"))
                continue
            }
            switch document(from: record, path: path, fallbackID: "\(fileStem(path))-\(lineNumber)", format: .jsonl) {
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
        func field(_ keys: [String]) -> String? {
            for key in keys {
                if let s = record[key] as? String {
                    let clean = sanitizer.sanitize(s).trimmedASCII
                    if !clean.isEmpty { return clean }
                } else if let n = record[key] as? NSNumber, key == "id" || key == "_id" {
                    return n.stringValue
                }
            }
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
        String(s.prefix(200)).replacingOccurrences(of: "\n", with: " ")
    }
}

/// The file name without folders and without its extensions (".jsonl.gz" counts as one).
func fileStem(_ path: String) -> String {
    var name = path.split(separator: "/").last.map(String.init) ?? path
    for ext in [".gz", ".jsonl", ".ndjson", ".json", ".html", ".htm", ".xhtml", ".txt", ".text"] {
        if name.lowercased().hasSuffix(ext) { name.removeLast(ext.count) }
    }
    return name.isEmpty ? path : name
}
