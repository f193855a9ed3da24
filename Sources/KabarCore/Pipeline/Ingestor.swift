import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Reads the user's paths into articles. Every unreadable input becomes a problem naming its
/// file; the rest is still processed. Files are analysed in parallel, results keep path order.
public struct Ingestor: Sendable {
    public struct Result: Sendable {
        public var articles: [Article]
        public var problems: [IngestProblem]
        /// True when some input could not be read (exit status 1).
        public var hasErrors: Bool { problems.contains { $0.severity == .error } }
    }

    public var parallel: Bool
    public var extractsClaims: Bool
    /// Told of every article found and built (a progress line), when set.
    public var progress: IngestProgress?

    public init(parallel: Bool = true, extractsClaims: Bool = false, progress: IngestProgress? = nil) {
        self.parallel = parallel
        self.extractsClaims = extractsClaims
        self.progress = progress
    }

    public func ingest(paths: [String]) -> Result {
        let (files, collectProblems) = InputCollector.collect(paths)
        var slots = [FileOutcome?](repeating: nil, count: files.count)
        if parallel && files.count > 1 {
            slots.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let out = buffer
                DispatchQueue.concurrentPerform(iterations: files.count) { k in
                    out[k] = Ingestor.read(files[k], parallel: true, builder: ArticleBuilder(extractsClaims: extractsClaims), progress: progress)
                }
            }
        } else {
            for k in files.indices { slots[k] = Ingestor.read(files[k], parallel: parallel, builder: ArticleBuilder(extractsClaims: extractsClaims), progress: progress) }
        }
        var articles: [Article] = []
        var problems = collectProblems
        for slot in slots {
            guard let slot else { continue }
            articles.append(contentsOf: slot.articles)
            problems.append(contentsOf: slot.problems)
        }
        return Result(articles: articles, problems: problems)
    }

    struct FileOutcome: Sendable {
        var articles: [Article] = []
        var problems: [IngestProblem] = []
    }

    static func read(_ file: InputFile, parallel: Bool, builder: ArticleBuilder, progress: IngestProgress? = nil) -> FileOutcome {
        var outcome = FileOutcome()
        let documents = readDocuments(file, problems: &outcome.problems)
        progress?.found(documents.count, bytes: documents.count == 0 ? 0 : fileSize(file.path))
        if documents.isEmpty { return outcome }
        outcome.articles = build(documents, parallel: parallel, builder: builder, progress: progress)
        // An index page can slip past the HTML reader's density test: a handful of words of text
        // among many dated teaser lines is a listing, not an article.
        if file.kind == .html, let a = outcome.articles.first, a.wordCount < 60, !Ingestor.urlNamesAnArticle(a.url) {
            let datedLines = a.blocks.filter { $0.text.utf8.count < 60 && DateFinder.firstDate(in: $0.text) != nil }.count
            if datedLines >= 5 {
                outcome.problems.append(IngestProblem(path: file.path, message:
                    "not an article: a listing page (\(datedLines) dated entries, \(a.wordCount) words of text)", severity: .notice))
                outcome.articles = []
                return outcome
            }
        }
        outcome.problems.append(contentsOf: removeEmpty(&outcome.articles))
        return outcome
    }

    /// The documents' articles, in order; large batches are built in parallel chunks.
    static func build(_ documents: [SourceDocument], parallel: Bool, builder: ArticleBuilder, progress: IngestProgress?) -> [Article] {
        guard parallel && documents.count > 64 else {
            return documents.map { d in
                defer { progress?.built() }
                return builder.build(d)
            }
        }
        var built = [Article?](repeating: nil, count: documents.count)
        built.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            let chunks = 64
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                var k = c
                while k < documents.count {
                    out[k] = builder.build(documents[k])
                    progress?.built()
                    k += chunks
                }
            }
        }
        return built.compactMap { $0 }
    }

    /// Takes out the articles left with no text (a record reported as skipped is not an article),
    /// a notice for each.
    static func removeEmpty(_ articles: inout [Article]) -> [IngestProblem] {
        let problems = articles.filter { $0.body.isEmpty }.map { article in
            IngestProblem(path: article.path, message: "\(article.id): no article text found after removing page furniture", severity: .notice)
        }
        if !problems.isEmpty { articles.removeAll { $0.body.isEmpty } }
        return problems
    }

    static func fileSize(_ path: String) -> Int {
        var st = stat()
        return stat(path, &st) == 0 ? Int(st.st_size) : 0
    }

    /// True when the page's address ends in an article slug ("/…/gardu-induk-pln-resmi-beroperasi"),
    /// false for a site root or an index ("http://indeks.kompas.com/").
    static func urlNamesAnArticle(_ url: String?) -> Bool {
        guard let url else { return false }
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        guard let slash = rest.firstIndex(of: "/") else { return false }
        let path = rest[slash...].split(separator: "/")
        guard let last = path.last else { return false }
        return path.count >= 2 && last.utf8.filter({ $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }).count >= 2
    }

    /// Reads one file into source documents (several for JSON/JSONL), reporting problems.
    public static func readDocuments(_ file: InputFile, problems: inout [IngestProblem]) -> [SourceDocument] {
        // Databases and archives are read in place, not loaded whole.
        if file.kind == .newsboat || file.kind == .warc {
            let (docs, probs) = file.kind == .warc ? WARCReader.read(path: file.path) : NewsboatCache.read(path: file.path)
            problems.append(contentsOf: probs)
            return docs
        }
        let isCollection = file.kind == .json || file.kind == .jsonl || file.kind == .feed || file.gzipped
        let limit = isCollection ? FileLoader.maxCollectionBytes : FileLoader.maxArticleFileBytes
        var bytes: [UInt8]
        switch FileLoader.read(file.path, limit: limit) {
        case .failure(let p): problems.append(p); return []
        case .success(let b): bytes = b
        }
        if Gzip.isGzip(bytes) {
            // What one file may yield: one article's worth for a page, a collection's for records.
            let yield = file.kind == .json || file.kind == .jsonl || file.kind == .feed ? FileLoader.maxCollectionBytes : FileLoader.maxArticleFileBytes
            do {
                bytes = try Gzip.decompress(bytes, limit: yield) { start in
                    looksBinary(start) ? .refused("binary data, not text") : nil
                }
            } catch {
                switch error {
                case .tooLarge:
                    problems.append(IngestProblem(path: file.path, message: "decompressed data larger than \(FileLoader.megabytes(yield)), the most kabar reads from one \(yield == FileLoader.maxArticleFileBytes ? "article file" : "file of records; split it into several files")"))
                case .corrupt(let why):
                    problems.append(IngestProblem(path: file.path, message: "cannot decompress: \(why)"))
                case .refused(let why):
                    problems.append(IngestProblem(path: file.path, message: "\(why) inside the gzip data"))
                }
                return []
            }
            if bytes.isEmpty {
                problems.append(IngestProblem(path: file.path, message: "empty file (after decompression)"))
                return []
            }
        } else if file.gzipped {
            problems.append(IngestProblem(path: file.path, message: "named .gz but not gzip data"))
            return []
        }
        if let utf8 = UTF16Text.utf8(fromBOM: bytes) { bytes = utf8 }
        if looksBinary(bytes) {
            problems.append(IngestProblem(path: file.path, message: "binary data, not text (kabar reads .txt, .html, .json, .jsonl, RSS/Atom feeds and .gz of these)"))
            return []
        }
        let (text, nuls) = removingNULs(bytes)
        if nuls > 0 {
            bytes = text
            problems.append(IngestProblem(path: file.path, message: "\(nuls) NUL byte\(nuls == 1 ? "" : "s") removed from the text", severity: .repaired))
        }
        if !isCollection && file.kind != .html && bytes.count > FileLoader.maxArticleFileBytes {
            problems.append(IngestProblem(path: file.path, message: "too large for one article"))
            return []
        }
        // A feed saved with no known extension ("feed", "rss.php") is read as a feed. One saved as a
        // page (".html") stays what it was saved as: a listing, not an article.
        let kind = file.kind == .text && HTMLReader.isFeed(bytes) ? .feed : file.kind
        switch kind {
        case .newsboat, .warc:
            return []   // read above, in place
        case .feed:
            let (docs, probs) = FeedReader.read(bytes, path: file.path)
            problems.append(contentsOf: probs)
            return docs
        case .jsonl:
            let (docs, probs) = RecordReader.readJSONL(bytes, path: file.path)
            problems.append(contentsOf: probs)
            if docs.isEmpty && probs.isEmpty { problems.append(IngestProblem(path: file.path, message: "no records")) }
            return docs
        case .json:
            let (docs, probs) = RecordReader.readJSON(bytes, path: file.path)
            problems.append(contentsOf: probs)
            return docs
        case .html:
            switch HTMLReader.read(bytes, path: file.path) {
            case .article(var doc):
                // A page kabar fetched knows its address (the record beside it, `kabar fetch`).
                if let record = FetchRecord.beside(file.path) {
                    if doc.stated.url == nil { doc.stated.url = Sanitizer.oneLine(record.url) }
                }
                return [doc]
            case .notArticle(let why):
                problems.append(IngestProblem(path: file.path, message: "not an article: \(why)", severity: .notice))
                return []
            }
        case .text:
            let sanitized = Sanitizer().sanitize(bytes)
            let blocks = BlockCandidate.lines(of: sanitized.text)
            if blocks.isEmpty {
                problems.append(IngestProblem(path: file.path, message: "no text (only blank or control characters)"))
                return []
            }
            if sanitized.text.utf8.count > 2 << 20 && !sanitized.text.utf8.contains(0x0A) {
                // One multi-megabyte line is not a page of news.
                problems.append(IngestProblem(path: file.path, message: "a single line of \(FileLoader.megabytes(sanitized.text.utf8.count)) without paragraph breaks, not an article"))
                return []
            }
            return [SourceDocument(id: fileStem(file.path), path: file.path, format: .text, blocks: blocks, stated: StatedMetadata())]
        }
    }
}
