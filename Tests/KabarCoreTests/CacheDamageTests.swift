import Foundation
import Testing
@testable import KabarCore

/// What is read back from the cache is input: damaged stored articles, a damaged database file
/// found by a later query, and a changed input file all give the answer a clean run gives.
@Suite("Cache damage")
struct CacheDamageTests {
    /// The demo corpus copied into a fresh folder, with its cache beside it.
    func corpusWithCache() throws -> (folder: TemporaryFolder, corpus: String, cache: CacheLocation) {
        let folder = TemporaryFolder()
        let corpus = try folder.copyFiles(of: try #require(DemoCorpus.folder), into: "corpus")
        return (folder, corpus, .folder(folder.path + "/cache"))
    }

    /// Rewrites every stored archive of the database through `damage`.
    func damageArchives(_ db: String, _ damage: (inout Article) -> Void) throws {
        let database = try SQLiteDatabase(path: db)
        var rows: [(Int64, [UInt8])] = []
        try database.prepare("SELECT article, packed FROM article_archives").rows { r in rows.append((r.int(0), r.blob(1) { Array($0) })) }
        let update = try database.prepare("UPDATE article_archives SET packed = ? WHERE article = ?")
        for (row, packed) in rows {
            var a = try packed.withUnsafeBytes { try ArticleArchive.decode($0) }
            damage(&a)
            try update.run([.blob(ArticleArchive.encode(a)), .int(row)])
        }
    }

    @Test(arguments: ["past the text", "negative", "empty text"])
    func storedClaimOffsetsAreCheckedAndTheArticleRebuilt(damage: String) throws {
        let (folder, corpus, cache) = try corpusWithCache()
        _ = folder
        let fresh = Ingestor(extractsClaims: true).ingest(paths: [corpus])
        let first = CorpusIndex(location: cache, inputs: [corpus])
        _ = first.refresh(paths: [corpus])
        let db = try #require(first.path)
        try damageArchives(db) { a in
            guard !a.claims.isEmpty else { return }
            switch damage {
            case "past the text": a.claims[0].range = (a.body.unicodeScalars.count + 10)..<(a.body.unicodeScalars.count + 90)
            case "negative": a.claims[0].quoteRange = -40..<5
            default: a.body = ""
            }
        }
        // Every such archive is refused when read back.
        let database = try SQLiteDatabase(path: db)
        var refused = 0
        try database.prepare("SELECT packed FROM article_archives").rows { r in
            if (try? r.blob(0) { try ArticleArchive.decode($0) }) == nil { refused += 1 }
        }
        #expect(refused == fresh.articles.filter { !$0.claims.isEmpty }.count)

        let reopened = CorpusIndex(location: cache, inputs: [corpus])
        let refresh = reopened.refresh(paths: [corpus])
        #expect(refresh.analysedFiles == 0)
        let collection = try reopened.collection()
        #expect(collection.articles == fresh.articles, "damaged articles are analysed again")
        #expect(collection.claimClusters == ClaimMatcher().clusters(in: fresh.articles))
        #expect(reopened.repairNotices.contains { $0.contains(db) && $0.contains("failed their checks") }, "\(reopened.repairNotices)")
        // And the repair lasts: the next opening reads them back as they are.
        let third = CorpusIndex(location: cache, inputs: [corpus])
        #expect(third.refresh(paths: [corpus]).analysedFiles == 0)
        #expect(try third.collection().articles == fresh.articles)
        #expect(third.repairNotices.isEmpty)
    }

    @Test func aDatabaseDamagedAfterOpeningIsRebuiltInTheSameRun() throws {
        let (folder, corpus, cache) = try corpusWithCache()
        _ = folder
        let clean = CorpusIndex(location: .memory, inputs: [corpus])
        _ = clean.refresh(paths: [corpus])
        let expectedEntities = try clean.entities(limit: 100)
        let expectedSearch = SearchJSON.search(try clean.search("Hendra Saputra")).pretty()

        let db: String
        do {
            let builder = CorpusIndex(location: cache, inputs: [corpus])
            _ = builder.refresh(paths: [corpus])
            db = try #require(builder.path)
        }   // closed: the log is folded into the file
        // Opened, then damaged before any query: garbage over every page but the first (the
        // schema), as a disk or a bad copy would leave it.
        let index = CorpusIndex(location: cache, inputs: [corpus])
        let handle = try #require(FileHandle(forUpdatingAtPath: db))
        let size = try handle.seekToEnd()
        var offset: UInt64 = 4096
        while offset < size {
            try handle.seek(toOffset: offset)
            try handle.write(contentsOf: Data((0..<512).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ Int(offset)) }))
            offset += 4096
        }
        try handle.close()
        let refresh = index.refresh(paths: [corpus])
        let entities = try index.entities(limit: 100)
        #expect(entities == expectedEntities)
        #expect(SearchJSON.search(try index.search("Hendra Saputra")).pretty() == expectedSearch)
        let notices = refresh.notices + index.repairNotices
        #expect(notices.contains { $0.contains("damaged") && $0.contains(db) }, "\(notices)")
    }

    @Test func aChangedFileGivesTheSameSearchCachedOrNot() throws {
        // Undated articles (their order is the collection's) in three files naming one person.
        let folder = TemporaryFolder()
        for (k, place) in ["Mataram", "Bima", "Sumbawa"].enumerated() {
            folder.write("corpus/\(k + 1)-berita.txt", """
            Pencarian Korban Feri di Perairan \(place)

            \(place) - Kepala Basarnas setempat Hendra Saputra mengatakan pencarian korban feri dilanjutkan pada hari ketiga dengan dua kapal. "Kami belum berhenti mencari," kata Hendra Saputra kepada wartawan di \(place).

            """)
        }
        let corpus = folder.path + "/corpus", cache = CacheLocation.folder(folder.path + "/cache")
        _ = CorpusIndex(location: cache, inputs: [corpus]).refresh(paths: [corpus])
        // The first file changes: its article is written again, after the others.
        let name = corpus + "/1-berita.txt"
        let text = try String(contentsOfFile: name, encoding: .utf8)
        try (text + "Hendra Saputra menambahkan, cuaca buruk masih menghambat pencarian.\n").write(toFile: name, atomically: true, encoding: .utf8)
        let cached = CorpusIndex(location: cache, inputs: [corpus])
        #expect(cached.refresh(paths: [corpus]).analysedFiles == 1)
        let clean = CorpusIndex(location: .memory, inputs: [corpus])
        _ = clean.refresh(paths: [corpus])
        for query in ["Hendra Saputra", "Hendra", "pencarian feri", "Basarnas"] {
            #expect(SearchJSON.search(try cached.search(query)).pretty() == SearchJSON.search(try clean.search(query)).pretty(), "\(query)")
        }
        #expect(try cached.search("Hendra Saputra").articles.first?.path == name)
        #expect(try cached.entities(limit: 200) == clean.entities(limit: 200))
    }
}
