import CSQLite
import Foundation
import Synchronization

/// A persistent index of a collection: every analysed article (for the reader), entity mentions,
/// claims, the same claims across articles and the full text (SQLite with FTS5), kept per input
/// file by path, size, modification time and content hash, so opening the collection again
/// re-analyses only files that changed.
///
/// A damaged cache, or one written by another version of kabar or with another alias file, is
/// rebuilt with a notice; a cache folder kabar cannot write falls back to an in-memory index
/// with a notice. Writes happen in one immediate transaction, so two kabar processes on one
/// cache wait for each other instead of corrupting it.
public final class CorpusIndex {
    /// Bumped when the schema or the analysis changes: an older cache is rebuilt.
    static let schemaVersion = "kabar-index-3"

    public struct Refresh: Sendable {
        public var analysedFiles = 0
        public var reusedFiles = 0
        public var removedFiles = 0
        public var articles = 0
        /// Problems reading inputs (as ingest reports them).
        public var problems: [IngestProblem] = []
        /// Notices about the cache itself (rebuilt, not writable).
        public var notices: [String] = []
    }

    var db: SQLiteDatabase
    /// The input files of the last refresh, in collection order.
    private var collectedFiles: [String] = []
    /// The collection as the last refresh decoded it to find the same claims (when files changed),
    /// so `collection()` does not decode it a second time.
    private var decodedCollection: IndexedCollection?
    public private(set) var path: String?
    let lexicon: EntityLexicon
    let fingerprint: String

    /// Opens (or creates) the index for `inputs` at `location`. Never throws for a bad cache:
    /// problems become notices in `openingNotices`.
    public private(set) var openingNotices: [String] = []

    public init(location: CacheLocation, inputs: [String], lexicon: EntityLexicon = EntityLexicon(), aliasText: String = "") {
        self.lexicon = lexicon
        var h: UInt64 = 0xcbf29ce484222325
        for b in (Self.schemaVersion + "\n" + aliasText).utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        fingerprint = Self.schemaVersion + "/" + String(h, radix: 16)
        var notices: [String] = []
        var opened: SQLiteDatabase?
        var openedPath: String?
        if case .folder(let folder) = location, let file = location.databasePath(for: inputs) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                guard FileManager.default.isWritableFile(atPath: folder) else { throw CocoaError(.fileWriteNoPermission) }
                opened = try Self.openChecked(file, fingerprint: fingerprint, notices: &notices)
                openedPath = file
            } catch {
                notices.append("cannot use the cache folder \(folder) (\(Self.reason(error))); indexing in memory for this run")
            }
        }
        if opened == nil {
            // In memory: always possible.
            opened = try! SQLiteDatabase(path: ":memory:")
            try! Self.createSchema(opened!, fingerprint: fingerprint)
        }
        db = opened!
        path = openedPath
        openingNotices = notices
    }

    static func reason(_ error: Error) -> String {
        if let e = error as? SQLiteError { return e.message }
        if let e = error as? CocoaError, e.code == .fileWriteNoPermission { return "no permission to write" }
        return (error as NSError).localizedDescription
    }

    /// Opens the database file, rebuilding it when it is damaged or was made by another version.
    static func openChecked(_ file: String, fingerprint: String, notices: inout [String]) throws -> SQLiteDatabase {
        do {
            let db = try SQLiteDatabase(path: file)
            try db.execute("PRAGMA journal_mode=WAL")
            var stored: String?
            if let statement = try? db.prepare("SELECT value FROM meta WHERE name = 'fingerprint'") {
                try statement.rows { stored = $0.text(0) }
            }
            if stored == fingerprint { return db }
            if stored != nil { notices.append("cache \(file) was built by another kabar version or alias file; rebuilding it") }
            try db.writing {
                for table in ["meta", "files", "file_problems", "articles", "mentions", "entities", "claims", "claim_about", "same_claims", "article_archives", "article_text"] {
                    try db.execute("DROP TABLE IF EXISTS \(table)")
                }
                try createSchema(db, fingerprint: fingerprint, transaction: false)
            }
            return db
        } catch let error as SQLiteError where error.isCorrupt {
            notices.append("cache \(file) is damaged (\(error.message)); rebuilding it")
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file + suffix) }
            let db = try SQLiteDatabase(path: file)
            try db.execute("PRAGMA journal_mode=WAL")
            try createSchema(db, fingerprint: fingerprint)
            return db
        }
    }

    static func createSchema(_ db: SQLiteDatabase, fingerprint: String, transaction: Bool = true) throws {
        let sql = """
        CREATE TABLE IF NOT EXISTS meta(name TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE IF NOT EXISTS files(id INTEGER PRIMARY KEY, path TEXT UNIQUE, size INTEGER, mtime REAL, hash TEXT);
        CREATE TABLE IF NOT EXISTS file_problems(file INTEGER, message TEXT, severity TEXT);
        CREATE INDEX IF NOT EXISTS file_problems_file ON file_problems(file);
        CREATE TABLE IF NOT EXISTS articles(id INTEGER PRIMARY KEY, file INTEGER, record TEXT, path TEXT, outlet TEXT,
            title TEXT, published TEXT, body TEXT);
        CREATE TABLE IF NOT EXISTS article_archives(article INTEGER PRIMARY KEY, packed BLOB);
        CREATE INDEX IF NOT EXISTS articles_file ON articles(file);
        CREATE TABLE IF NOT EXISTS mentions(article INTEGER, key TEXT, last TEXT, kind TEXT, surface TEXT, start INTEGER, end INTEGER);
        CREATE INDEX IF NOT EXISTS mentions_key ON mentions(key);
        CREATE INDEX IF NOT EXISTS mentions_last ON mentions(last);
        CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article);
        CREATE TABLE IF NOT EXISTS entities(key TEXT PRIMARY KEY, name TEXT, kind TEXT);
        CREATE TABLE IF NOT EXISTS claims(id INTEGER PRIMARY KEY, article INTEGER, speaker_key TEXT, speaker_last TEXT,
            speaker TEXT, kind TEXT, content TEXT, start INTEGER, end INTEGER);
        CREATE INDEX IF NOT EXISTS claims_speaker ON claims(speaker_key);
        CREATE INDEX IF NOT EXISTS claims_speaker_last ON claims(speaker_last);
        CREATE INDEX IF NOT EXISTS claims_article ON claims(article);
        CREATE TABLE IF NOT EXISTS claim_about(claim INTEGER, key TEXT);
        CREATE INDEX IF NOT EXISTS claim_about_key ON claim_about(key);
        CREATE INDEX IF NOT EXISTS claim_about_claim ON claim_about(claim);
        CREATE TABLE IF NOT EXISTS same_claims(cluster INTEGER, article INTEGER, claim INTEGER);
        CREATE VIRTUAL TABLE IF NOT EXISTS article_text USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
        """
        let body = {
            try db.execute(sql)
            try db.prepare("INSERT OR REPLACE INTO meta(name, value) VALUES ('fingerprint', ?)").run([.text(fingerprint)])
        }
        if transaction { try db.writing(body) } else { try body() }
    }

    // MARK: Refreshing

    /// Brings the index up to date with the files under `paths`: unchanged files (same size and
    /// modification time, or same content hash) are kept, changed and new ones analysed, files no
    /// longer there removed. When anything changed, the same claims across the whole collection
    /// are found again. Problems found when a kept file was analysed are reported again.
    ///
    /// - Parameter analysed: the collection as the caller has just ingested it from the same
    ///   paths (with claims); changed files are then taken from it instead of read again.
    public func refresh(paths: [String], parallel: Bool = true, analysed: Ingestor.Result? = nil) -> Refresh {
        var report = Refresh()
        report.notices = openingNotices
        openingNotices = []
        let (files, problems) = InputCollector.collect(paths)
        report.problems = problems
        collectedFiles = files.map(\.path)
        decodedCollection = nil
        do {
            try db.writing {
                var known: [String: (id: Int64, size: Int64, mtime: Double, hash: String)] = [:]
                try db.prepare("SELECT id, path, size, mtime, hash FROM files").rows { r in
                    known[r.text(1) ?? ""] = (r.int(0), r.int(2), r.double(3), r.text(4) ?? "")
                }
                var changed: [(InputFile, Int64, Double, String)] = []
                var reused: [Int64] = []
                let updateStat = try db.prepare("UPDATE files SET size = ?, mtime = ? WHERE id = ?")
                for file in files {
                    let attributes = try? FileManager.default.attributesOfItem(atPath: file.path)
                    let size = (attributes?[.size] as? NSNumber)?.int64Value ?? -1
                    let mtime = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                    if let k = known[file.path], k.size == size, k.mtime == mtime { reused.append(k.id); continue }
                    let hash = Self.contentHash(file.path)
                    if let k = known[file.path], k.hash == hash {
                        try updateStat.run([.int(size), .double(mtime), .int(k.id)])
                        reused.append(k.id)
                        continue
                    }
                    changed.append((file, size, mtime, hash))
                }
                report.reusedFiles = reused.count
                let kept = Set(reused)
                try db.prepare("SELECT p.file, f.path, p.message, p.severity FROM file_problems p JOIN files f ON f.id = p.file ORDER BY p.rowid").rows { r in
                    guard kept.contains(r.int(0)) else { return }
                    report.problems.append(IngestProblem(path: r.text(1) ?? "", message: r.text(2) ?? "",
                                                         severity: IngestProblem.Severity(rawValue: r.text(3) ?? "") ?? .error))
                }
                // Files gone from the collection.
                let present = Set(files.map(\.path))
                for (path, k) in known where !present.contains(path) {
                    try removeFile(k.id)
                    report.removedFiles += 1
                }
                guard !changed.isEmpty || report.removedFiles > 0 else { return }
                let changedPaths = Set(changed.map(\.0.path))
                let ingested: Ingestor.Result
                if let analysed {
                    ingested = Ingestor.Result(articles: analysed.articles.filter { changedPaths.contains($0.path) },
                                               problems: analysed.problems.filter { changedPaths.contains($0.path) })
                } else {
                    ingested = changed.isEmpty ? Ingestor.Result(articles: [], problems: [])
                        : Ingestor(parallel: parallel, extractsClaims: true).ingest(paths: changed.map(\.0.path))
                }
                report.problems += ingested.problems
                // Entities of every article, on every core, before the (single-threaded) writes.
                let extractor = EntityExtractor(lexicon: lexicon)
                let articles = ingested.articles
                let found = MentionBuffer(count: articles.count)
                DispatchQueue.concurrentPerform(iterations: parallel ? max(1, ProcessInfo.processInfo.activeProcessorCount) : 1) { worker in
                    let workers = parallel ? max(1, ProcessInfo.processInfo.activeProcessorCount) : 1
                    for k in stride(from: worker, to: articles.count, by: workers) { found.set(k, extractor.mentions(in: articles[k])) }
                }
                var position: [String: [Int]] = [:]
                for (k, a) in articles.enumerated() { position[a.path, default: []].append(k) }
                var problemsByFile: [String: [IngestProblem]] = [:]
                for p in ingested.problems { problemsByFile[p.path, default: []].append(p) }
                let writer = try Writer(db)
                let insertProblem = try db.prepare("INSERT INTO file_problems(file, message, severity) VALUES (?, ?, ?)")
                for (file, size, mtime, hash) in changed {
                    if let k = known[file.path] { try removeFile(k.id) }
                    try writer.insertFile.run([.text(file.path), .int(size), .double(mtime), .text(hash)])
                    let fileID = db.lastInsertedRow
                    for p in problemsByFile[file.path] ?? [] {
                        try insertProblem.run([.int(fileID), .text(p.message), .text(p.severity.rawValue)])
                    }
                    for k in position[file.path] ?? [] {
                        try writer.add(articles[k], file: fileID, mentions: found.get(k), extractor: extractor)
                        report.articles += 1
                    }
                    report.analysedFiles += 1
                }
                try storeSameClaims(files: files)
            }
        } catch {
            decodedCollection = nil
            report.notices.append("the index could not be updated (\(Self.reason(error)))")
        }
        return report
    }

    // MARK: The collection for the reader

    /// True when the cache holds files from an earlier run (opening it reuses their analysis).
    public var hasStoredFiles: Bool {
        var found = false
        try? db.prepare("SELECT 1 FROM files LIMIT 1").rows { _ in found = true }
        return found
    }

    /// True when the index lives in a file (kept for the next run), false when in memory.
    public var isPersistent: Bool { path != nil }

    /// The analysed collection in input order, as the last refresh left it, with the claims
    /// several of its articles report. Call after `refresh(paths:)`.
    public func collection() throws -> IndexedCollection {
        if let decodedCollection { return decodedCollection }
        let (rows, articles) = try loadArticles(files: collectedFiles)
        var position: [Int64: Int] = [:]
        for (k, row) in rows.enumerated() { position[row] = k }
        var clusters: [Int64: [ClaimCluster.Member]] = [:]
        try db.prepare("SELECT cluster, article, claim FROM same_claims ORDER BY cluster, rowid").rows { r in
            guard let k = position[r.int(1)] else { return }
            let claim = Int(r.int(2))
            guard claim >= 0, claim < articles[k].claims.count else { return }
            clusters[r.int(0), default: []].append(ClaimCluster.Member(article: k, claim: claim))
        }
        let found = clusters.keys.sorted().compactMap { id -> ClaimCluster? in
            let members = clusters[id]!.sorted { $0.article < $1.article }
            return members.count > 1 ? ClaimCluster(members: members) : nil
        }
        return IndexedCollection(articles: articles, claimClusters: found)
    }

    /// Every stored article of `files`, in file order and, within a file, in the order analysed.
    /// The archives are read from SQLite in one pass and decoded on every core.
    private func loadArticles(files: [String]) throws -> (rows: [Int64], articles: [Article]) {
        var byPath: [String: [(row: Int64, packed: [UInt8])]] = [:]
        try db.prepare("SELECT a.id, f.path, x.packed FROM articles a JOIN files f ON f.id = a.file JOIN article_archives x ON x.article = a.id ORDER BY a.id").rows { r in
            byPath[r.text(1) ?? "", default: []].append((r.int(0), r.blob(2) { Array($0) }))
        }
        let stored = files.flatMap { byPath[$0] ?? [] }
        var decoded = [Article?](repeating: nil, count: stored.count)
        let failures = Atomic<Int>(0)
        decoded.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, stored.count / 64 + 1))
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for k in stride(from: worker, to: stored.count, by: workers) {
                    do { out[k] = try stored[k].packed.withUnsafeBytes { try ArticleArchive.decode($0) } }
                    catch { failures.add(1, ordering: .relaxed) }
                }
            }
        }
        if failures.load(ordering: .relaxed) > 0 {
            throw SQLiteError(code: SQLITE_CORRUPT, message: "\(failures.load(ordering: .relaxed)) stored articles cannot be read back")
        }
        return (stored.map(\.row), decoded.map { $0! })
    }

    /// Finds the same claims across the whole collection again (after any file changed).
    private func storeSameClaims(files: [InputFile]) throws {
        let (rows, articles) = try loadArticles(files: files.map(\.path))
        try db.execute("DELETE FROM same_claims")
        let insert = try db.prepare("INSERT INTO same_claims(cluster, article, claim) VALUES (?, ?, ?)")
        let clusters = ClaimMatcher().clusters(in: articles)
        for (n, cluster) in clusters.enumerated() {
            for m in cluster.members { try insert.run([.int(Int64(n)), .int(rows[m.article]), .int(Int64(m.claim))]) }
        }
        decodedCollection = IndexedCollection(articles: articles, claimClusters: clusters)
    }

    private func removeFile(_ id: Int64) throws {
        let articles = "SELECT id FROM articles WHERE file = \(id)"
        try db.execute("""
        DELETE FROM claim_about WHERE claim IN (SELECT id FROM claims WHERE article IN (\(articles)));
        DELETE FROM claims WHERE article IN (\(articles));
        DELETE FROM same_claims WHERE article IN (\(articles));
        DELETE FROM article_archives WHERE article IN (\(articles));
        DELETE FROM file_problems WHERE file = \(id);
        DELETE FROM mentions WHERE article IN (\(articles));
        DELETE FROM article_text WHERE rowid IN (\(articles));
        DELETE FROM articles WHERE file = \(id);
        DELETE FROM files WHERE id = \(id);
        """)
    }

    /// FNV-1a over the file's bytes (a changed file with an unchanged size and time is still caught).
    static func contentHash(_ path: String) -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { return "" }
        defer { try? handle.close() }
        var h: UInt64 = 0xcbf29ce484222325
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            chunk.withUnsafeBytes { p in for b in p { h = (h ^ UInt64(b)) &* 0x100000001b3 } }
        }
        return String(h, radix: 16)
    }

    /// Each article's mentions, filled in parallel (each slot written by one worker).
    final class MentionBuffer: @unchecked Sendable {
        private var slots: [[EntityMention]]
        private let lock = NSLock()
        init(count: Int) { slots = Array(repeating: [], count: count) }
        func set(_ k: Int, _ value: [EntityMention]) { lock.lock(); slots[k] = value; lock.unlock() }
        func get(_ k: Int) -> [EntityMention] { slots[k] }
    }

    /// Prepared inserts for one refresh.
    struct Writer {
        let db: SQLiteDatabase
        let insertFile, insertArticle, insertArchive, insertText, insertMention, insertEntity, insertClaim, insertAbout: SQLiteDatabase.Statement

        init(_ db: SQLiteDatabase) throws {
            self.db = db
            insertFile = try db.prepare("INSERT INTO files(path, size, mtime, hash) VALUES (?, ?, ?, ?)")
            insertArticle = try db.prepare("INSERT INTO articles(file, record, path, outlet, title, published, body) VALUES (?, ?, ?, ?, ?, ?, ?)")
            insertArchive = try db.prepare("INSERT INTO article_archives(article, packed) VALUES (?, ?)")
            insertText = try db.prepare("INSERT INTO article_text(rowid, title, body) VALUES (?, ?, ?)")
            insertMention = try db.prepare("INSERT INTO mentions(article, key, last, kind, surface, start, end) VALUES (?, ?, ?, ?, ?, ?, ?)")
            insertEntity = try db.prepare("""
            INSERT INTO entities(key, name, kind) VALUES (?, ?, ?)
            ON CONFLICT(key) DO UPDATE SET name = CASE WHEN length(excluded.name) > length(name) THEN excluded.name ELSE name END
            """)
            insertClaim = try db.prepare("INSERT INTO claims(article, speaker_key, speaker_last, speaker, kind, content, start, end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            insertAbout = try db.prepare("INSERT INTO claim_about(claim, key) VALUES (?, ?)")
        }

        func add(_ a: Article, file: Int64, mentions: [EntityMention], extractor: EntityExtractor) throws {
            try insertArticle.run([.int(file), .text(a.id), .text(a.path), .optional(a.outlet), .optional(a.title),
                                   .optional(a.published?.iso8601), .text(a.body)])
            let id = db.lastInsertedRow
            // Kept apart from the articles table, so queries over titles and outlets stay compact.
            try insertArchive.run([.int(id), .blob(ArticleArchive.encode(a))])
            try insertText.run([.int(id), .text(a.title ?? ""), .text(a.body)])
            var named = Set<String>()
            for m in mentions {
                try insertMention.run([.int(id), .text(m.key), .text(EntityName.lastWordKey(m.name)), .text(m.kind.rawValue),
                                       .text(m.surface), .int(Int64(m.range.lowerBound)), .int(Int64(m.range.upperBound))])
                if named.insert(m.key + "\u{1}" + m.name).inserted { try insertEntity.run([.text(m.key), .text(m.name), .text(m.kind.rawValue)]) }
            }
            for c in a.claims {
                let speaker = extractor.speaker(c.speaker, mentions: mentions)
                try insertClaim.run([.int(id), .optional(speaker?.key), .optional(speaker.map { EntityName.lastWordKey($0.name) }),
                                     .optional(speaker?.name ?? c.speaker), .text(c.kind.rawValue), .text(c.content),
                                     .int(Int64(c.range.lowerBound)), .int(Int64(c.range.upperBound))])
                let claimID = db.lastInsertedRow
                var about = Set<String>()
                for m in mentions where c.range.contains(m.range.lowerBound) && m.key != speaker?.key && about.insert(m.key).inserted {
                    try insertAbout.run([.int(claimID), .text(m.key)])
                }
            }
        }
    }
}
