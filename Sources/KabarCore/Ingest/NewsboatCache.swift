import CSQLite
import Foundation

/// Reads newsboat's cache (`~/.local/share/newsboat/cache.db`): every item not marked deleted is
/// an article, its outlet the title of the feed it came from (`rss_feed.title`), its text the
/// item's HTML content. The file is opened read-only with no lock (SQLite's `immutable`), so a
/// newsboat running beside kabar is never blocked and nothing in its cache is written.
public enum NewsboatCache {
    /// The first bytes of every SQLite database file.
    static let magic = Array("SQLite format 3\u{0}".utf8)

    /// True when the file at `path` starts as an SQLite database does.
    public static func isSQLite(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return Array(handle.readData(ofLength: magic.count)) == magic
    }

    /// Where newsboat keeps its cache for this user, when it has one: `$XDG_DATA_HOME/newsboat/`
    /// (default `~/.local/share/newsboat/`), else `~/.newsboat/`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let home = environment["HOME"] ?? NSHomeDirectory()
        return [UserData.base(environment: environment) + "/newsboat/cache.db", home + "/.newsboat/cache.db"].first { FileManager.default.fileExists(atPath: $0) }
    }

    /// The columns kabar reads; a cache without them is another schema.
    static let itemColumns = ["guid", "title", "author", "url", "feedurl", "pubDate", "content", "deleted"]

    static func read(path: String) -> (documents: [SourceDocument], problems: [IngestProblem]) {
        let db: SQLiteDatabase
        do { db = try SQLiteDatabase(path: path, immutable: true) } catch {
            return ([], [IngestProblem(path: path, message: "cannot open as a newsboat cache: \(error)")])
        }
        do {
            var columns = Set<String>()
            try db.prepare("PRAGMA table_info(rss_item)").rows { columns.insert($0.text(1) ?? "") }
            let missing = itemColumns.filter { !columns.contains($0) }
            if columns.isEmpty {
                return ([], [IngestProblem(path: path, message: "an SQLite database but not a newsboat cache (no rss_item table)")])
            }
            if !missing.isEmpty {
                return ([], [IngestProblem(path: path, message: "a newsboat cache of a schema kabar does not know (rss_item has no \(missing.joined(separator: ", ")))")])
            }
            var feeds: [String: String] = [:]
            try db.prepare("SELECT rssurl, title FROM rss_feed").rows { row in
                if let url = row.text(0), let title = row.text(1), !title.isEmpty { feeds[url] = title }
            }
            let stamp = DateFormatter()
            stamp.locale = Locale(identifier: "en_US_POSIX")
            stamp.dateFormat = "yyyy-MM-dd'T'HH:mm"
            let clean = HTMLReader.field
            var documents: [SourceDocument] = []
            var problems: [IngestProblem] = []
            var skippedEmpty = 0
            let sql = "SELECT id, guid, title, author, url, feedurl, pubDate, content FROM rss_item WHERE deleted = 0 ORDER BY pubDate, id"
            try db.prepare(sql).rows { row in
                let html = row.text(7) ?? ""
                let title = clean(row.text(2))
                let blocks = html.isEmpty ? [] : HTMLReader.itemBlocks(title: title, html: html, path: path)
                guard !blocks.isEmpty else { skippedEmpty += 1; return }
                let seconds = row.int(6)
                let date = seconds > 0 ? stamp.string(from: Date(timeIntervalSince1970: TimeInterval(seconds))) : nil
                let key = row.text(1) ?? row.text(4) ?? String(row.int(0))
                let id = "newsboat-" + StableHash.shortID(key)
                let stated = StatedMetadata(title: title, url: clean(row.text(4)), date: date,
                                            siteName: row.text(5).flatMap { feeds[$0] }.flatMap(clean), author: clean(row.text(3)))
                documents.append(SourceDocument(id: id, path: path, format: .newsboat, blocks: blocks, stated: stated))
            }
            if skippedEmpty > 0 {
                problems.append(IngestProblem(path: path, message: "\(skippedEmpty) item\(skippedEmpty == 1 ? "" : "s") with no content skipped", severity: .notice))
            }
            return (documents, problems)
        } catch let e as SQLiteError where e.isCorrupt {
            return ([], [IngestProblem(path: path, message: "a damaged newsboat cache (or one newsboat was writing while kabar read it; try again): \(e.message)")])
        } catch {
            return ([], [IngestProblem(path: path, message: "cannot read the newsboat cache: \(error)")])
        }
    }
}
