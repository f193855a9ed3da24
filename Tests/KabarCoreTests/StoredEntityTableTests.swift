import Foundation
import Testing
@testable import KabarCore

/// The reader's entity table read back from the index is the table found from the articles with
/// the same alias file, and a stored table that no longer describes the articles is refused.
struct StoredEntityTableTests {
    /// The demo articles as a JSON Lines file, and two articles naming one country by two spellings.
    private func writeCorpus(_ folder: TemporaryFolder) -> String {
        let lines = DemoCorpus.load(extractsClaims: false).articles.map { a in
            String(decoding: try! JSONSerialization.data(withJSONObject: ["id": a.id, "title": a.title ?? "", "text": a.body], options: [.sortedKeys]), as: UTF8.self)
        }
        folder.write("corpus/demo.jsonl", lines.joined(separator: "\n") + "\n")
        folder.write("corpus/loro-1.txt", "Latihan di Laut Kuning\n\nKorea Loro kembali menggelar latihan militer di dekat perbatasan, Selasa.\n")
        folder.write("corpus/loro-2.txt", "Latihan berlanjut\n\nSeoul menyebut latihan yang digelar Korea Utara itu sebagai provokasi.\n")
        return folder.path + "/corpus"
    }

    private func aliasLexicon() throws -> (EntityLexicon, String) {
        let text = "[place]\nKorea Utara = Korea Loro\n"
        var lexicon = EntityLexicon()
        for e in try AliasFile.parse(text, path: "aliases.txt").get() { lexicon.add(e) }
        return (lexicon, text)
    }

    /// The same entities, kinds, spellings, mentions and claims; the name is the index's (the
    /// longest written) where the table found now keeps the first spelling of a place or body.
    private func expectSame(_ stored: EntityTable, _ found: EntityTable) {
        #expect(stored.entities.count == found.entities.count)
        let byKey = Dictionary(found.entities.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        for e in stored.entities {
            guard var f = byKey[e.key] else { Issue.record("\(e.key) only in the stored table"); continue }
            if f.kind != .person { f.name = e.name }
            #expect(e == f, "\(e.key)")
        }
    }

    @Test func theStoredTableIsTheTableFoundWithTheSameAliases() throws {
        let folder = TemporaryFolder()
        let corpus = writeCorpus(folder)
        let (lexicon, text) = try aliasLexicon()
        let cache = CacheLocation.folder(folder.path + "/cache")
        _ = CorpusIndex(location: cache, inputs: [corpus], lexicon: lexicon, aliasText: text).refresh(paths: [corpus])

        let warm = CorpusIndex(location: cache, inputs: [corpus], lexicon: lexicon, aliasText: text)
        _ = warm.refresh(paths: [corpus])
        let collection = try warm.collection()
        #expect(collection.rows.count == collection.articles.count)
        let stored = try #require(try warm.entityTable(for: collection.articles, rows: collection.rows))
        let found = EntityTable(collection.articles, lexicon: lexicon)
        #expect(stored.entities.count > 10)
        #expect(stored.entities.contains { !$0.claimsBy.isEmpty } && stored.entities.contains { !$0.claimsAbout.isEmpty })
        expectSame(stored, found)

        // The alias file's spelling joins the two articles under one entity; without it they are two.
        let korea = try #require(stored.entities.first { $0.key == EntityName.key("Korea Utara") })
        #expect(korea.articles == 2 && Set(korea.spellings) == ["Korea Loro", "Korea Utara"], "\(korea.spellings)")
        #expect(!EntityTable(collection.articles).entities.contains { $0.key == EntityName.key("Korea Utara") && $0.articles == 2 })
    }

    @Test(.enabled(if: SharedData.isPresent)) func onTheSeedsTheStoredTableIsTheTableFound() throws {
        let seeds = try #require(SharedData.path("seeds"))
        let index = CorpusIndex(location: .memory, inputs: [seeds])
        _ = index.refresh(paths: [seeds])
        let collection = try index.collection()
        let stored = try #require(try index.entityTable(for: collection.articles, rows: collection.rows))
        #expect(stored.entities.count > 20)
        expectSame(stored, EntityTable(collection.articles))
    }

    @Test func aStoredTableThatNoLongerFitsIsRefused() throws {
        let folder = TemporaryFolder()
        let corpus = writeCorpus(folder)
        let index = CorpusIndex(location: .folder(folder.path + "/cache"), inputs: [corpus])
        _ = index.refresh(paths: [corpus])
        let collection = try index.collection()
        #expect(try index.entityTable(for: collection.articles, rows: collection.rows) != nil)
        // Rows of other articles (the index rewritten since), or fewer rows than articles.
        #expect(try index.entityTable(for: collection.articles, rows: collection.rows.reversed()) == nil)
        #expect(try index.entityTable(for: collection.articles, rows: Array(collection.rows.dropLast())) == nil)
        // A mention past its article's end, or of an unknown kind.
        try index.db.writing { try index.db.execute("UPDATE mentions SET end = 1000000 WHERE (article, ordinal) = (SELECT article, ordinal FROM mentions ORDER BY article, ordinal LIMIT 1)") }
        #expect(try index.entityTable(for: collection.articles, rows: collection.rows) == nil)
        try index.db.writing { try index.db.execute("""
            UPDATE mentions SET end = start + 1 WHERE (article, ordinal) = (SELECT article, ordinal FROM mentions ORDER BY article, ordinal LIMIT 1);
            UPDATE names SET kind = 'ghost' WHERE id = (SELECT name FROM mentions WHERE (article, ordinal) = (SELECT article, ordinal FROM mentions ORDER BY article, ordinal LIMIT 1))
            """) }
        #expect(try index.entityTable(for: collection.articles, rows: collection.rows) == nil)
        // A claim lost from the index.
        try index.db.writing { try index.db.execute("UPDATE names SET kind = 'place' WHERE kind = 'ghost'; DELETE FROM claims WHERE id = (SELECT max(id) FROM claims)") }
        #expect(try index.entityTable(for: collection.articles, rows: collection.rows) == nil)
    }
}
