import Foundation
import Testing
@testable import KabarCore

/// newsboat's cache as the real newsboat writes it: a feed served on 127.0.0.1 by the test,
/// fetched with `newsboat -x reload`, then opened by kabar.
@Suite("Sources: newsboat's cache", .serialized)
struct NewsboatCacheTests {
    /// A folder holding a cache newsboat wrote from `FeedReaderTests.rss`.
    static func cacheWrittenByNewsboat() throws -> (folder: TemporaryFolder, cache: String) {
        let dir = TemporaryFolder()
        dir.write("site/berita.xml", FeedReaderTests.rss)
        let server = try LocalHTTPServer(serving: dir.path + "/site")
        #expect(server.port > 0, "the test server started")
        let urls = dir.write("urls", "\(server.base)/berita.xml\n")
        let config = dir.write("config", "")
        let cache = dir.path + "/cache.db"
        let run = try LocalTools.run("newsboat", ["-u", urls, "-c", cache, "-C", config, "-x", "reload"],
                                     environment: ["HOME": dir.path, "PATH": "/usr/bin:/bin", "TERM": "dumb"])
        #expect(run.status == 0, "newsboat -x reload: \(run.output)")
        return (dir, cache)
    }

    @Test(.enabled(if: LocalTools.available("newsboat"))) func itemsFromTheRealNewsboat() throws {
        let (dir, cache) = try Self.cacheWrittenByNewsboat()
        _ = dir
        let before = try Data(contentsOf: URL(fileURLWithPath: cache))
        let result = Ingestor(parallel: false, extractsClaims: true).ingest(paths: [cache])
        #expect(!result.hasErrors, "\(result.problems)")
        #expect(result.articles.map(\.title) == ["Kapal Feri Tenggelam di Selat Lombar", "Harga Beras & Cabai Naik"])
        let ferry = try #require(result.articles.first)
        #expect(ferry.outlet == "Kabar Lombar", "rss_feed.title")
        #expect(ferry.url == "http://127.0.0.1/2026/06/kapal-feri-tenggelam")
        #expect(ferry.format == .newsboat)
        #expect(ferry.body.hasPrefix("TANJUNG LOMBAR - Kapal feri"))
        #expect(ferry.claims.contains { $0.speaker == "Rudianto Wibisono" })
        #expect(result.problems.contains { $0.message == "1 item with no content skipped" })
        let after = try Data(contentsOf: URL(fileURLWithPath: cache))
        #expect(before == after, "kabar never writes newsboat's cache")
    }

    @Test(.enabled(if: LocalTools.available("newsboat"))) func deletedItemsAreSkipped() throws {
        let (dir, cache) = try Self.cacheWrittenByNewsboat()
        _ = dir
        // As newsboat marks an item deleted (D, then purge on quit, sets rss_item.deleted).
        let db = try SQLiteDatabase(path: cache)
        try db.execute("UPDATE rss_item SET deleted = 1 WHERE title LIKE 'Harga%'")
        let result = Ingestor(parallel: false).ingest(paths: [cache])
        #expect(result.articles.map(\.title) == ["Kapal Feri Tenggelam di Selat Lombar"])
    }

    @Test(.enabled(if: LocalTools.available("newsboat"))) func newsboatKeepsWritingWhileKabarReads() throws {
        let (dir, cache) = try Self.cacheWrittenByNewsboat()
        // kabar's connection open, as while the reader holds the collection: newsboat still reloads.
        let reading = try SQLiteDatabase(path: cache, immutable: true)
        var rows = 0
        try reading.prepare("SELECT COUNT(*) FROM rss_item").rows { rows = Int($0.int(0)) }
        #expect(rows == 3)
        let db = try SQLiteDatabase(path: cache)
        try db.execute("BEGIN IMMEDIATE; UPDATE rss_item SET unread = 0; COMMIT;")   // a writer is not blocked
        _ = dir
    }

    @Test func otherDatabasesAndDamageSayWhatIsWrong() throws {
        let dir = TemporaryFolder()
        let other = dir.path + "/other.db"
        let db = try SQLiteDatabase(path: other)
        try db.execute("CREATE TABLE notes (id INTEGER)")
        let old = dir.path + "/old.db"
        let oldDB = try SQLiteDatabase(path: old)
        try oldDB.execute("CREATE TABLE rss_item (id INTEGER, title TEXT, url TEXT); CREATE TABLE rss_feed (rssurl TEXT, title TEXT)")
        var damaged = Array(NewsboatCache.magic)
        damaged += [UInt8](repeating: 0xA5, count: 8192)
        let broken = dir.write("broken.db", damaged)
        let result = Ingestor(parallel: false).ingest(paths: [other, old, broken, dir.write("ok.txt", "Judul\n\nIsi berita yang cukup panjang untuk dibaca sebagai artikel.\n")])
        let messages = result.problems.map(\.description)
        #expect(messages.contains { $0.hasPrefix(other) && $0.contains("not a newsboat cache") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix(old) && $0.contains("schema kabar does not know") && $0.contains("guid") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix(broken) && ($0.contains("damaged") || $0.contains("cannot")) }, "\(messages)")
        #expect(result.articles.count == 1, "everything else is still read")
    }

    @Test func theDefaultPlaces() throws {
        let dir = TemporaryFolder()
        #expect(NewsboatCache.defaultPath(environment: ["HOME": dir.path]) == nil)
        let legacy = dir.write(".newsboat/cache.db", "x")
        #expect(NewsboatCache.defaultPath(environment: ["HOME": dir.path]) == legacy)
        let xdg = dir.write("data/newsboat/cache.db", "x")
        #expect(NewsboatCache.defaultPath(environment: ["HOME": dir.path, "XDG_DATA_HOME": dir.path + "/data"]) == xdg)
    }
}
