import Foundation

/// Bringing the index up to date with the input files, in three steps: plan from a snapshot of
/// what is stored (which files are new, changed, unchanged or gone), analyse the changed files
/// with no lock held, then write under the write lock, checking each file again (another process
/// may have written it meanwhile).
extension CorpusIndex {
    /// Brings the index up to date with the files under `paths`: unchanged files (same size and
    /// modification time, or same content hash) are kept, changed and new ones analysed, files no
    /// longer there removed. When anything changed, the same claims across the whole collection
    /// are found again. Problems found when a kept file was analysed are reported again.
    ///
    /// - Parameter analysed: the collection as the caller has just ingested it from the same
    ///   paths (with claims); changed files are then taken from it instead of read again.
    public func refresh(paths: [String], parallel: Bool = true, analysed: Ingestor.Result? = nil) -> Refresh {
        refresh(paths: paths, parallel: parallel, analysed: analysed, repairing: false)
    }

    func refresh(paths: [String], parallel: Bool, analysed: Ingestor.Result?, repairing: Bool) -> Refresh {
        var report = Refresh()
        if !repairing {
            report.notices = openingNotices
            openingNotices = []
        }
        lastPaths = paths
        let (files, problems) = InputCollector.collect(paths)
        report.problems = problems
        collectedFiles = files.map(\.path)
        decodedCollection = nil
        do {
            try update(files, parallel: parallel, analysed: analysed, report: &report)
        } catch let error as SQLiteError where error.isCorrupt && !repairing {
            // Damage found by a query: a new file, built from the inputs, in this same run.
            do {
                let again = try rebuild(because: error, paths: paths, parallel: parallel, analysed: analysed)
                report.problems = again.problems
                report.notices += again.notices
                report.analysedFiles = again.analysedFiles
                report.reusedFiles = again.reusedFiles
                report.articles = again.articles
            } catch {
                report.notices.append("the index could not be rebuilt (\(Self.reason(error)))")
            }
        } catch let damaged as DamagedArchives where !repairing {
            do {
                try repair(damaged: damaged.paths)
                report.notices += repairNotices
                repairNotices = []
            } catch {
                report.notices.append("the index could not be repaired (\(Self.reason(error)))")
            }
        } catch {
            decodedCollection = nil
            report.notices.append("the index could not be updated (\(Self.reason(error)))")
        }
        return report
    }

    /// A stored input file.
    struct StoredFile {
        var id: Int64
        var size: Int64
        var mtime: Double
        var hash: String
    }

    /// A file whose analysis must be (re)written.
    struct ChangedFile {
        var file: InputFile
        var size: Int64
        var mtime: Double
        var hash: String
    }

    private func storedFiles() throws -> [String: StoredFile] {
        var known: [String: StoredFile] = [:]
        try db.prepare("SELECT id, path, size, mtime, hash FROM files").rows { r in
            known[r.text(1) ?? ""] = StoredFile(id: r.int(0), size: r.int(2), mtime: r.double(3), hash: r.text(4) ?? "")
        }
        return known
    }

    private static func stat(_ path: String) -> (size: Int64, mtime: Double) {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return ((attributes?[.size] as? NSNumber)?.int64Value ?? -1, (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)
    }

    private func update(_ files: [InputFile], parallel: Bool, analysed: Ingestor.Result?, report: inout Refresh) throws {
        // 1. Plan, from one snapshot of what is stored. A writer's mark left set means a refresh
        // was stopped half-way: its finished files are kept, and the same claims are found again.
        let (known, unfinished) = try db.reading { (try storedFiles(), try writerMarkIsSet()) }
        var changed: [ChangedFile] = []
        var touched: [StoredFile] = []   // the same content with a new size or time
        for file in files {
            let (size, mtime) = Self.stat(file.path)
            if let k = known[file.path], k.size == size, k.mtime == mtime { continue }
            let hash = Self.contentHash(file.path)
            if let k = known[file.path], k.hash == hash { touched.append(StoredFile(id: k.id, size: size, mtime: mtime, hash: hash)); continue }
            changed.append(ChangedFile(file: file, size: size, mtime: mtime, hash: hash))
        }
        let present = Set(files.map(\.path))
        let gone = known.filter { !present.contains($0.key) }
        guard !changed.isEmpty || !gone.isEmpty || !touched.isEmpty || unfinished else {
            report.reusedFiles = files.count
            report.problems += try db.reading { try storedProblems(of: Set(known.values.map(\.id))) }
            return
        }

        // 2. Set the mark (in its own transaction; cleared with the same claims at the end), then
        // forget the files that are gone and note the touched ones.
        try db.writing { try db.execute("INSERT OR REPLACE INTO meta(name, value) VALUES ('writing', '1')") }
        var wrote = unfinished
        try db.writing {
            for (path, k) in try storedFiles() where !present.contains(path) {
                try removeFile(k.id)
                report.removedFiles += 1
                wrote = true
            }
            let update = try db.prepare("UPDATE files SET size = ?, mtime = ? WHERE id = ? AND hash = ?")
            for t in touched { try update.run([.int(t.size), .double(t.mtime), .int(t.id), .text(t.hash)]) }
        }

        // 3. The changed files, a batch at a time: analysed with no lock held, then written in one
        // transaction that checks each file again (another process may have written it meanwhile).
        // Memory holds one batch, and a stopped refresh keeps every batch written before it.
        let writer = try Writer(db, lexicon: lexicon)
        if analysed == nil { progress?.expect(bytes: changed.reduce(0) { $0 + max(0, Int($1.size)) }) }
        var analysedNow = Set<String>()
        var newProblems: [IngestProblem] = []
        for batch in Self.batches(changed) {
            let paths = Set(batch.map(\.file.path))
            let ingested: Ingestor.Result
            if let analysed {
                ingested = Ingestor.Result(articles: analysed.articles.filter { paths.contains($0.path) },
                                           problems: analysed.problems.filter { paths.contains($0.path) })
            } else {
                ingested = Ingestor(parallel: parallel, extractsClaims: true, progress: progress).ingest(paths: batch.map(\.file.path))
            }
            let found = analyse(ingested.articles, with: writer.extractor, parallel: parallel, countsBuilt: analysed != nil)
            var position: [String: [Int]] = [:]
            for (k, a) in ingested.articles.enumerated() { position[a.path, default: []].append(k) }
            var problemsByFile: [String: [IngestProblem]] = [:]
            for p in ingested.problems { problemsByFile[p.path, default: []].append(p) }
            try db.writing {
                writer.forgetNames()
                for c in batch {
                    let now = try storedFile(c.file.path)
                    if let k = now, k.size == c.size, k.mtime == c.mtime, k.hash == c.hash { continue }   // written by another process
                    if let k = now { try removeFile(k.id) }
                    try writer.insertFile.run([.text(c.file.path), .int(c.size), .double(c.mtime), .text(c.hash)])
                    let fileID = db.lastInsertedRow
                    for p in problemsByFile[c.file.path] ?? [] {
                        try writer.insertProblem.run([.int(fileID), .text(p.message), .text(p.severity.rawValue)])
                    }
                    for k in position[c.file.path] ?? [] {
                        try writer.add(ingested.articles[k], file: fileID, mentions: found.get(k), archive: found.archive(k))
                        if analysed != nil { progress?.built() }
                        report.articles += 1
                    }
                    report.analysedFiles += 1
                    analysedNow.insert(c.file.path)
                    wrote = true
                }
            }
            newProblems += ingested.problems.filter { analysedNow.contains($0.path) }
        }
        if analysed != nil { progress?.finish() }

        // 4. The same claims across the whole collection, and the mark cleared.
        try db.writing {
            report.reusedFiles = files.count - analysedNow.count
            let kept = try storedFiles().filter { present.contains($0.key) && !analysedNow.contains($0.key) }
            report.problems += try storedProblems(of: Set(kept.values.map(\.id)))
            report.problems += newProblems
            if wrote { try storeSameClaims(files: files) }
            try db.execute("DELETE FROM meta WHERE name = 'writing'")
        }
    }

    /// Changed files in batches of about 32 MB of input (a larger file is a batch of its own), in
    /// collection order.
    static func batches(_ changed: [ChangedFile], bytes limit: Int64 = 32 << 20) -> [[ChangedFile]] {
        var batches: [[ChangedFile]] = []
        var current: [ChangedFile] = [], size: Int64 = 0
        for c in changed {
            if !current.isEmpty && size + max(0, c.size) > limit {
                batches.append(current)
                current = []
                size = 0
            }
            current.append(c)
            size += max(0, c.size)
        }
        if !current.isEmpty { batches.append(current) }
        return batches
    }

    /// Each article's entity mentions and compressed archive, made on every core. Articles read
    /// before (the reader's first opening) are counted here, twice each: as their entities are
    /// found, and as they are written.
    private func analyse(_ articles: [Article], with extractor: EntityExtractor, parallel: Bool, countsBuilt: Bool) -> MentionBuffer {
        let found = MentionBuffer(count: articles.count)
        let workers = parallel ? max(1, ProcessInfo.processInfo.activeProcessorCount) : 1
        let counts = countsBuilt ? progress : nil
        counts?.found(2 * articles.count, bytes: articles.reduce(0) { $0 + $1.body.utf8.count })
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for k in stride(from: worker, to: articles.count, by: workers) {
                found.set(k, extractor.mentions(in: articles[k]), archive: ArticleArchive.encode(articles[k]))
                counts?.built()
            }
        }
        return found
    }

    private func writerMarkIsSet() throws -> Bool {
        var set = false
        try db.prepare("SELECT value FROM meta WHERE name = 'writing'").rows { set = $0.text(0) == "1" }
        return set
    }

    /// The stored row of one input file.
    private func storedFile(_ path: String) throws -> StoredFile? {
        var found: StoredFile?
        try db.prepare("SELECT id, size, mtime, hash FROM files WHERE path = ?").rows([.text(path)]) { r in
            found = StoredFile(id: r.int(0), size: r.int(1), mtime: r.double(2), hash: r.text(3) ?? "")
        }
        return found
    }
    /// The problems stored for `files` when they were analysed, in the order found.
    private func storedProblems(of files: Set<Int64>) throws -> [IngestProblem] {
        var problems: [IngestProblem] = []
        try db.prepare("SELECT p.file, f.path, p.message, p.severity FROM file_problems p JOIN files f ON f.id = p.file ORDER BY p.rowid").rows { r in
            guard files.contains(r.int(0)) else { return }
            problems.append(IngestProblem(path: r.text(1) ?? "", message: r.text(2) ?? "",
                                          severity: IngestProblem.Severity(rawValue: r.text(3) ?? "") ?? .error))
        }
        return problems
    }

    /// Finds the same claims across the whole collection again (after any file changed). A
    /// stored article that fails its checks stops the write: its file is analysed again.
    private func storeSameClaims(files: [InputFile]) throws {
        let (rows, articles, damaged) = try loadArticles(files: files.map(\.path), claimsOnly: !keepsCollection)
        guard damaged.isEmpty else { throw DamagedArchives(paths: damaged) }
        try db.execute("DELETE FROM same_claims")
        let insert = try db.prepare("INSERT INTO same_claims(cluster, article, claim) VALUES (?, ?, ?)")
        let clusters = ClaimMatcher().clusters(in: articles)
        for (n, cluster) in clusters.enumerated() {
            for m in cluster.members { try insert.run([.int(Int64(n)), .int(rows[m.article]), .int(Int64(m.claim))]) }
        }
        if keepsCollection { decodedCollection = IndexedCollection(articles: articles, claimClusters: clusters, rows: rows) }
    }

    func removeFile(_ id: Int64) throws {
        let articles = "SELECT id FROM articles WHERE file = \(id)"
        // The full-text index keeps no copy of the text (it is contentless): its entries are
        // removed by giving it the text they were made from, read back from the archives. An
        // archive that cannot be read leaves its entries behind, harmless: article ids are never
        // reused (AUTOINCREMENT) and every search joins the articles that exist.
        var indexed: [(row: Int64, title: String, body: String)] = []
        try db.prepare("SELECT article, packed FROM article_archives WHERE article IN (\(articles))").rows { r in
            if let a = try? r.blob(1, { try ArticleArchive.decode($0) }) { indexed.append((r.int(0), a.title ?? "", a.body)) }
        }
        let unindex = try db.prepare("INSERT INTO article_text(article_text, rowid, title, body) VALUES ('delete', ?, ?, ?)")
        for entry in indexed { try unindex.run([.int(entry.row), .text(entry.title), .text(entry.body)]) }
        try db.execute("""
        DELETE FROM claim_about WHERE claim IN (SELECT id FROM claims WHERE article IN (\(articles)));
        DELETE FROM claims WHERE article IN (\(articles));
        DELETE FROM same_claims WHERE article IN (\(articles));
        DELETE FROM article_archives WHERE article IN (\(articles));
        DELETE FROM file_problems WHERE file = \(id);
        DELETE FROM mentions WHERE article IN (\(articles));
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

    /// Each article's mentions and compressed archive, filled in parallel (each slot written by one worker).
    final class MentionBuffer: @unchecked Sendable {
        private var slots: [[EntityMention]]
        private var archives: [[UInt8]]
        private let lock = NSLock()
        init(count: Int) {
            slots = Array(repeating: [], count: count)
            archives = Array(repeating: [], count: count)
        }
        func set(_ k: Int, _ value: [EntityMention], archive: [UInt8]) {
            lock.lock()
            slots[k] = value
            archives[k] = archive
            lock.unlock()
        }
        func get(_ k: Int) -> [EntityMention] { slots[k] }
        func archive(_ k: Int) -> [UInt8] { archives[k] }
    }

    /// Prepared inserts for one refresh.
    struct Writer {
        let db: SQLiteDatabase
        let insertFile, insertArticle, insertArchive, insertText, insertMention, insertName, findName, insertClaim, insertAbout,
            insertProblem: SQLiteDatabase.Statement
        let extractor: EntityExtractor
        /// Each (key, kind, name)'s row in `names`, as written or found in this refresh.
        let nameIDs = NameIDs()

        final class NameIDs {
            var ids: [String: Int64] = [:]
        }

        /// Forgets the name rows known, at the start of each transaction (another process may have
        /// rebuilt the file since the last).
        func forgetNames() { nameIDs.ids.removeAll(keepingCapacity: true) }

        /// The row in `names` of a mention's entity (`key`, `kind`, canonical `name`), added when new.
        func nameID(of m: EntityMention) throws -> Int64 {
            let slot = m.kind.rawValue + "\u{1}" + m.key + "\u{1}" + m.name
            if let id = nameIDs.ids[slot] { return id }
            var id: Int64 = -1
            try findName.rows([.text(m.key), .text(m.kind.rawValue), .text(m.name)]) { id = $0.int(0) }
            if id < 0 {
                try insertName.run([.text(m.key), .text(m.kind.rawValue), .text(m.name), .text(EntityName.lastWordKey(m.name))])
                id = db.lastInsertedRow
            }
            nameIDs.ids[slot] = id
            return id
        }

        init(_ db: SQLiteDatabase, lexicon: EntityLexicon) throws {
            self.db = db
            extractor = EntityExtractor(lexicon: lexicon)
            insertProblem = try db.prepare("INSERT INTO file_problems(file, message, severity) VALUES (?, ?, ?)")
            insertFile = try db.prepare("INSERT INTO files(path, size, mtime, hash) VALUES (?, ?, ?, ?)")
            insertArticle = try db.prepare("INSERT INTO articles(file, record, path, outlet, title, published) VALUES (?, ?, ?, ?, ?, ?)")
            insertArchive = try db.prepare("INSERT INTO article_archives(article, packed) VALUES (?, ?)")
            insertText = try db.prepare("INSERT INTO article_text(rowid, title, body) VALUES (?, ?, ?)")
            insertMention = try db.prepare("INSERT INTO mentions(article, ordinal, name, surface, start, end) VALUES (?, ?, ?, ?, ?, ?)")
            insertName = try db.prepare("INSERT INTO names(key, kind, name, last) VALUES (?, ?, ?, ?)")
            findName = try db.prepare("SELECT id FROM names WHERE key = ? AND kind = ? AND name = ? ORDER BY id LIMIT 1")
            insertClaim = try db.prepare("INSERT INTO claims(article, speaker_key, speaker, kind, ordinal, start, end) VALUES (?, ?, ?, ?, ?, ?, ?)")
            insertAbout = try db.prepare("INSERT INTO claim_about(claim, ordinal, key) VALUES (?, ?, ?)")
        }

        func add(_ a: Article, file: Int64, mentions: [EntityMention], archive: [UInt8]) throws {
            try insertArticle.run([.int(file), .text(a.id), .text(a.path), .optional(a.outlet), .optional(a.title),
                                   .optional(a.published?.iso8601)])
            let id = db.lastInsertedRow
            // Kept apart from the articles table, so queries over titles and outlets stay compact.
            try insertArchive.run([.int(id), .blob(archive)])
            try insertText.run([.int(id), .text(a.title ?? ""), .text(a.body)])
            for (ordinal, m) in mentions.enumerated() {
                // The surface is stored only where it is not the name itself (most mentions).
                try insertMention.run([.int(id), .int(Int64(ordinal)), .int(try nameID(of: m)), m.surface == m.name ? .null : .text(m.surface),
                                       .int(Int64(m.range.lowerBound)), .int(Int64(m.range.upperBound))])
            }
            let index = MentionIndex(mentions)
            for (ordinal, c) in a.claims.enumerated() {
                let speaker = extractor.speaker(c.speaker, in: index)
                try insertClaim.run([.int(id), .optional(speaker?.key), .optional(speaker?.name ?? c.speaker), .text(c.kind.rawValue), .int(Int64(ordinal)),
                                     .int(Int64(c.range.lowerBound)), .int(Int64(c.range.upperBound))])
                let claimID = db.lastInsertedRow
                for (n, key) in index.keys(startingIn: c.range, excluding: speaker?.key).enumerated() {
                    try insertAbout.run([.int(claimID), .int(Int64(n)), .text(key)])
                }
            }
        }
    }
}
