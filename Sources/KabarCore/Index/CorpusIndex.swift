import CSQLite
import Foundation

/// A persistent index of a collection: every analysed article (for the reader), entity mentions,
/// claims, the same claims across articles and the full text (SQLite with FTS5), kept per input
/// file by path, size, modification time and content hash, so opening the collection again
/// re-analyses only files that changed.
///
/// Everything read back from the cache is untrusted. A damaged cache (SQLite reports corruption
/// at open or in any later query, or a stored article fails its checks), or one written by
/// another version of kabar or with another alias file, is rebuilt from the inputs with a notice
/// naming the file, and the answer is given in the same run; a cache folder kabar cannot write
/// falls back to an in-memory index with a notice. Files are analysed outside any lock and
/// written in one immediate transaction that re-checks them, so a second kabar process on the
/// same cache waits only for the writing; every answer reads one snapshot (one read transaction).
public final class CorpusIndex {
    /// Bumped when the schema or the analysis changes: an older cache is rebuilt.
    static let schemaVersion = "kabar-index-5"

    /// The running program's identity (size and modification time of its executable): a cache
    /// written by another build is rebuilt, so a change to the analysis never serves stale claims
    /// even when nobody bumped `schemaVersion`. Empty when the executable cannot be found.
    static let buildStamp: String = {
        guard let path = Bundle.main.executablePath,
              let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return "" }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(size)@\(modified)"
    }()

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
    var collectedFiles: [String] = []
    /// The collection as the last refresh decoded it to find the same claims (when files changed),
    /// so `collection()` does not decode it a second time; kept only with `keepsCollection`.
    var decodedCollection: IndexedCollection?
    /// Set by a caller that will ask for `collection()` after refreshing (the reader): the refresh
    /// keeps the articles it decodes. Otherwise it keeps only their claims while it finds the
    /// same claims, so memory holds claims, not every article's text.
    public var keepsCollection = false
    public private(set) var path: String?
    let lexicon: EntityLexicon
    /// Told of the articles analysed when the index is brought up to date (a progress line).
    public var progress: IngestProgress?
    let fingerprint: String

    /// Opens (or creates) the index for `inputs` at `location`. Never throws for a bad cache:
    /// problems become notices in `openingNotices`.
    public internal(set) var openingNotices: [String] = []
    /// Notices about damage found after opening (a query or a stored article), each naming the
    /// cache file that was rebuilt; callers print them with the answer.
    public internal(set) var repairNotices: [String] = []
    /// The paths of the last refresh (a damaged cache is rebuilt from them).
    var lastPaths: [String] = []

    public init(location: CacheLocation, inputs: [String], lexicon: EntityLexicon = EntityLexicon(), aliasText: String = "") {
        self.lexicon = lexicon
        var h: UInt64 = 0xcbf29ce484222325
        for b in (Self.schemaVersion + "\n" + Self.buildStamp + "\n" + aliasText).utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
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
        db = opened ?? Self.inMemory(fingerprint: fingerprint)
        path = openedPath
        openingNotices = notices
    }

    static func inMemory(fingerprint: String) -> SQLiteDatabase {
        // In memory: always possible.
        let db = try! SQLiteDatabase(path: ":memory:")
        try! createSchema(db, fingerprint: fingerprint)
        return db
    }

    static func reason(_ error: Error) -> String {
        if let e = error as? SQLiteError { return e.message }
        if let e = error as? CocoaError, e.code == .fileWriteNoPermission { return "no permission to write" }
        return (error as NSError).localizedDescription
    }

    static let tables = ["meta", "files", "file_problems", "articles", "names", "mentions", "claims", "claim_about",
                         "same_claims", "article_archives", "article_text"]

    /// 16 KB pages for a new file (an existing one keeps its own): the compressed archives, about
    /// 1.5 KB each, fill them with a fifth of the waste of 4 KB pages. Then the write-ahead log,
    /// and a page cache of 64 MB for this connection (the default 2 MB made every insert into a
    /// large index read its pages again, so building grew faster than the collection).
    static let pageSetup = "PRAGMA page_size=16384; PRAGMA journal_mode=WAL; PRAGMA cache_size=-65536"

    /// Opens the database file, rebuilding it when it is damaged or was made by another version.
    /// The fingerprint is read again under the write lock, so two processes opening one stale
    /// cache rebuild it once, and never under a reader's feet. A cache that another process left
    /// in the middle of its work (its `open` mark still set) is checked with `quick_check`.
    static func openChecked(_ file: String, fingerprint: String, notices: inout [String]) throws -> SQLiteDatabase {
        do {
            let db = try SQLiteDatabase(path: file)
            try db.retryingWhileBusy { try db.execute(pageSetup) }
            var (stored, unclean) = try db.reading { try storedState(db) }
            if stored == fingerprint && unclean { try quickCheck(db) }
            if stored == fingerprint { return db }
            try db.writing {
                (stored, unclean) = try storedState(db)
                guard stored != fingerprint else { return }
                if stored != nil { notices.append("cache \(file) was built by another kabar version or alias file; rebuilding it") }
                if stored != nil { try quickCheck(db) }
                for table in tables { try db.execute("DROP TABLE IF EXISTS \(table)") }
                try createSchema(db, fingerprint: fingerprint, transaction: false)
            }
            return db
        } catch let error as SQLiteError where error.isCorrupt {
            notices.append("cache \(file) is damaged (\(error.message)); rebuilding it")
            return try recreate(file, fingerprint: fingerprint)
        }
    }

    /// The fingerprint stored in the cache (nil for a new file) and whether a writer's mark is set.
    private static func storedState(_ db: SQLiteDatabase) throws -> (fingerprint: String?, unclean: Bool) {
        var exists = false
        try db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").rows { _ in exists = true }
        guard exists else { return (nil, false) }
        var stored: String?
        var unclean = false
        try db.prepare("SELECT name, value FROM meta WHERE name IN ('fingerprint', 'writing')").rows {
            if $0.text(0) == "fingerprint" { stored = $0.text(1) } else { unclean = $0.text(1) == "1" }
        }
        return (stored, unclean)
    }

    private static func quickCheck(_ db: SQLiteDatabase) throws {
        var verdict = "ok"
        try db.prepare("PRAGMA quick_check(1)").rows { verdict = $0.text(0) ?? "" }
        if verdict != "ok" { throw SQLiteError(code: SQLITE_CORRUPT, message: "quick_check: \(verdict)") }
    }

    /// A new, empty database in place of a damaged file.
    static func recreate(_ file: String, fingerprint: String) throws -> SQLiteDatabase {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file + suffix) }
        let db = try SQLiteDatabase(path: file)
        try db.retryingWhileBusy { try db.execute(pageSetup) }
        try createSchema(db, fingerprint: fingerprint)
        return db
    }

    /// Runs a query of the cache in one read transaction (one snapshot). When SQLite finds the
    /// file damaged, the cache is rebuilt from the inputs of the last refresh, a notice naming the
    /// file is kept in `repairNotices`, and the query runs again on the rebuilt cache.
    func answer<T>(_ query: () throws -> T) throws -> T {
        do {
            return try db.reading(query)
        } catch let error as SQLiteError where error.isCorrupt {
            // Without a refresh there are no inputs to rebuild from: the damage is the answer.
            guard !lastPaths.isEmpty else { throw error }
            repairNotices += try rebuild(because: error, paths: lastPaths, parallel: true, analysed: nil).notices
            return try db.reading(query)
        }
    }

    /// Replaces a damaged cache file with a new one and refreshes it from `paths`; the report's
    /// first notice names the file.
    func rebuild(because error: SQLiteError, paths: [String], parallel: Bool, analysed: Ingestor.Result?) throws -> Refresh {
        decodedCollection = nil
        db = try path.map { try Self.recreate($0, fingerprint: fingerprint) } ?? Self.inMemory(fingerprint: fingerprint)
        var report = refresh(paths: paths, parallel: parallel, analysed: analysed, repairing: true)
        report.notices.insert("cache \(path ?? "in memory") is damaged (\(error.message)); rebuilt it from the inputs", at: 0)
        return report
    }

    static func createSchema(_ db: SQLiteDatabase, fingerprint: String, transaction: Bool = true) throws {
        let sql = """
        CREATE TABLE IF NOT EXISTS meta(name TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE IF NOT EXISTS files(id INTEGER PRIMARY KEY, path TEXT UNIQUE, size INTEGER, mtime REAL, hash TEXT);
        CREATE TABLE IF NOT EXISTS file_problems(file INTEGER, message TEXT, severity TEXT);
        CREATE INDEX IF NOT EXISTS file_problems_file ON file_problems(file);
        CREATE TABLE IF NOT EXISTS articles(id INTEGER PRIMARY KEY AUTOINCREMENT, file INTEGER, record TEXT, path TEXT, outlet TEXT,
            title TEXT, published TEXT);
        CREATE TABLE IF NOT EXISTS article_archives(article INTEGER PRIMARY KEY, packed BLOB);
        CREATE INDEX IF NOT EXISTS articles_file ON articles(file);
        CREATE TABLE IF NOT EXISTS names(id INTEGER PRIMARY KEY, key TEXT, kind TEXT, name TEXT, last TEXT);
        CREATE INDEX IF NOT EXISTS names_key ON names(key);
        CREATE INDEX IF NOT EXISTS names_last ON names(last);
        CREATE TABLE IF NOT EXISTS mentions(article INTEGER, ordinal INTEGER, name INTEGER, surface TEXT, start INTEGER, end INTEGER,
            PRIMARY KEY(article, ordinal)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS mentions_name ON mentions(name);
        CREATE TABLE IF NOT EXISTS claims(id INTEGER PRIMARY KEY, article INTEGER, speaker_key TEXT, speaker TEXT, kind TEXT, ordinal INTEGER, start INTEGER, end INTEGER);
        CREATE INDEX IF NOT EXISTS claims_speaker ON claims(speaker_key);
        CREATE INDEX IF NOT EXISTS claims_article ON claims(article);
        CREATE TABLE IF NOT EXISTS claim_about(claim INTEGER, ordinal INTEGER, key TEXT, PRIMARY KEY(claim, ordinal)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS claim_about_key ON claim_about(key);
        CREATE TABLE IF NOT EXISTS same_claims(cluster INTEGER, article INTEGER, claim INTEGER);
        CREATE VIRTUAL TABLE IF NOT EXISTS article_text USING fts5(title, body, content = '', tokenize = 'unicode61 remove_diacritics 2');
        """
        let body = {
            try db.execute(sql)
            try db.prepare("INSERT OR REPLACE INTO meta(name, value) VALUES ('fingerprint', ?)").run([.text(fingerprint)])
        }
        if transaction { try db.writing(body) } else { try body() }
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
    /// several of its articles report. Call after `refresh(paths:)`. A stored article that fails
    /// its checks is damage: its file is analysed again (a notice in `repairNotices` names the
    /// cache) and the collection is whole.
    public func collection() throws -> IndexedCollection {
        if let decodedCollection { return decodedCollection }
        var loaded = try answer { try loadCollection() }
        if !loaded.damaged.isEmpty {
            try repair(damaged: loaded.damaged)
            if let decodedCollection { return decodedCollection }
            loaded = try answer { try loadCollection() }
            guard loaded.damaged.isEmpty else { throw DamagedArchives(paths: loaded.damaged) }
        }
        return loaded.collection
    }

    /// Stored articles that failed their checks, by input file.
    struct DamagedArchives: Error, CustomStringConvertible {
        var paths: [String]
        var description: String { "stored articles of \(paths.count) file\(paths.count == 1 ? "" : "s") cannot be read back" }
    }

    /// Forgets the damaged files' analysis and refreshes, so they are analysed again.
    func repair(damaged: [String]) throws {
        repairNotices.append("cache \(path ?? "in memory"): stored articles of \(damaged.count) file\(damaged.count == 1 ? "" : "s") failed their checks (\(damaged.prefix(3).map(Sanitizer.oneLine).joined(separator: ", "))\(damaged.count > 3 ? ", …" : "")); analysed again")
        try db.writing {
            var ids: [Int64] = []
            let find = try db.prepare("SELECT id FROM files WHERE path = ?")
            for p in damaged { try find.rows([.text(p)]) { ids.append($0.int(0)) } }
            for id in ids { try removeFile(id) }
        }
        decodedCollection = nil
        let again = refresh(paths: lastPaths, parallel: true, analysed: nil, repairing: true)
        repairNotices += again.notices
    }

    private func loadCollection() throws -> (collection: IndexedCollection, damaged: [String]) {
        let (rows, articles, damaged) = try loadArticles(files: collectedFiles)
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
        return (IndexedCollection(articles: articles, claimClusters: found, rows: rows), damaged)
    }

    /// Every stored article of `files` that passes its checks, in file order and, within a file, in
    /// the order analysed, and the files whose stored articles do not. The archives are read from
    /// SQLite in one pass and decoded on every core.
    func loadArticles(files: [String], claimsOnly: Bool = false) throws -> (rows: [Int64], articles: [Article], damaged: [String]) {
        var byPath: [String: [(row: Int64, packed: [UInt8])]] = [:]
        try db.prepare("SELECT a.id, f.path, x.packed FROM articles a JOIN files f ON f.id = a.file JOIN article_archives x ON x.article = a.id ORDER BY a.id").rows { r in
            byPath[r.text(1) ?? "", default: []].append((r.int(0), r.blob(2) { Array($0) }))
        }
        let owners = files.flatMap { path in (byPath[path] ?? []).map { _ in path } }
        let stored = files.flatMap { byPath[$0] ?? [] }
        var decoded = [Article?](repeating: nil, count: stored.count)
        decoded.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, stored.count / 64 + 1))
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for k in stride(from: worker, to: stored.count, by: workers) {
                    guard let a = try? stored[k].packed.withUnsafeBytes({ try ArticleArchive.decode($0) }) else { continue }
                    if claimsOnly {
                        var slim = Article(id: a.id, path: a.path, format: a.format)
                        slim.claims = a.claims
                        out[k] = slim
                    } else {
                        out[k] = a
                    }
                }
            }
        }
        // A file counts whole: none of a damaged file's articles are kept, so the collection keeps its order.
        var damaged: [String] = []
        for k in stored.indices where decoded[k] == nil && damaged.last != owners[k] { damaged.append(owners[k]) }
        let bad = Set(damaged)
        var rows: [Int64] = []
        var articles: [Article] = []
        for k in stored.indices where !bad.contains(owners[k]) {
            rows.append(stored[k].row)
            articles.append(decoded[k]!)
        }
        return (rows, articles, damaged)
    }
}
