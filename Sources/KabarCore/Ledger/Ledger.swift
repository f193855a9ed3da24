import Foundation

/// The user's verdicts, in their own SQLite file under `$XDG_DATA_HOME/kabar/` (never the
/// disposable cache). Every change is one transaction in WAL mode with `synchronous=FULL`: once
/// `set` returns, a `kill -9` or a power cut cannot take the verdict back. Two processes queue.
public final class Ledger {
    private let db: SQLiteDatabase
    public let path: String

    /// `$XDG_DATA_HOME/kabar/ledger.sqlite`, or `~/.local/share/kabar/ledger.sqlite`.
    public static var defaultPath: String { UserData.folder + "/ledger.sqlite" }

    /// Why the ledger could not be opened, naming the file.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public init(path: String = Ledger.defaultPath) throws {
        self.path = path
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            db = try SQLiteDatabase(path: path)
            try db.retryingWhileBusy { try db.execute("PRAGMA journal_mode=WAL") }
            try db.execute("PRAGMA synchronous=FULL")
            try migrate()
        } catch let error as SQLiteError {
            throw Failure(description: "\(path): \(error.isCorrupt ? "is not a kabar ledger or is damaged (kept as it is; move it away to start a new one)" : error.message)")
        } catch {
            throw Failure(description: "\(path): \(error.localizedDescription)")
        }
    }

    /// The schema this kabar writes (`PRAGMA user_version`).
    static let schemaVersion = 2

    /// Creates the table, or brings an older ledger up to this schema, keeping a copy of the file
    /// as it was first (`ledger.sqlite.v1.bak`): nothing the user saved is ever lost.
    private func migrate() throws {
        var version = 0
        try db.prepare("PRAGMA user_version").rows { version = Int($0.int(0)) }
        guard version < Self.schemaVersion else { return }
        var exists = false
        try db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'verdicts'").rows { _ in exists = true }
        if exists {
            let backup = path + ".v\(max(version, 1)).bak"
            try db.execute("PRAGMA wal_checkpoint(FULL)")
            if !FileManager.default.fileExists(atPath: backup) { try FileManager.default.copyItem(atPath: path, toPath: backup) }
        }
        try db.writing {
            try db.execute("""
                CREATE TABLE IF NOT EXISTS verdicts (
                    article TEXT NOT NULL, body_hash TEXT NOT NULL, claim TEXT NOT NULL, speaker TEXT,
                    label TEXT NOT NULL, note TEXT, evidence TEXT NOT NULL, updated TEXT NOT NULL,
                    PRIMARY KEY (article, claim))
                """)
            var columns = Set<String>()
            try db.prepare("PRAGMA table_info(verdicts)").rows { if let name = $0.text(1) { columns.insert(name) } }
            for column in ["headline", "outlet", "published", "url"] where !columns.contains(column) {
                try db.execute("ALTER TABLE verdicts ADD COLUMN \(column) TEXT")
            }
            try db.execute("PRAGMA user_version = \(Self.schemaVersion)")
        }
    }

    /// What a change sets: the label, the note, or links added. The rest of the verdict is read
    /// inside the same write transaction, so a note or a link another process saved meanwhile
    /// stays (two readers open on one ledger never undo each other's work).
    public struct Change: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let label = Change(rawValue: 1)
        public static let note = Change(rawValue: 2)
        /// `v.evidence`'s links are added to those saved.
        public static let evidence = Change(rawValue: 4)
        public static let all: Change = [.label, .note, .evidence]
    }

    /// Sets the `changing` parts of the verdict on a claim (all of it for a new one; links are
    /// only ever added), committed before it returns.
    public func set(_ v: Verdict, changing: Change = .all) throws {
        try db.writing {
            var v = v
            var saved: (label: String, note: String?, evidence: [String])?
            try db.prepare("SELECT label, note, evidence FROM verdicts WHERE article = ? AND claim = ?")
                .rows([.text(v.article), .text(v.claim)]) { r in
                    let links = (try? JSONDecoder().decode([String].self, from: Data((r.text(2) ?? "[]").utf8))) ?? []
                    saved = (r.text(0) ?? v.label, r.text(1), links)
                }
            if let saved {
                if !changing.contains(.label) { v.label = saved.label }
                if !changing.contains(.note) { v.note = saved.note }
                v.evidence = saved.evidence + (changing.contains(.evidence) ? v.evidence.filter { !saved.evidence.contains($0) } : [])
            }
            try write(v)
        }
    }

    private func write(_ v: Verdict) throws {
        let evidence = String(decoding: (try? JSONEncoder().encode(v.evidence)) ?? Data("[]".utf8), as: UTF8.self)
        try db.prepare("""
                INSERT INTO verdicts (article, body_hash, claim, speaker, label, note, evidence, updated, headline, outlet, published, url)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (article, claim) DO UPDATE SET body_hash = excluded.body_hash, speaker = excluded.speaker,
                    label = excluded.label, note = excluded.note, evidence = excluded.evidence, updated = excluded.updated,
                    headline = excluded.headline, outlet = excluded.outlet, published = excluded.published, url = excluded.url
                """).run([.text(v.article), .text(v.bodyHash), .text(v.claim), .optional(v.speaker), .text(v.label),
                          .optional(v.note), .text(evidence), .text(v.updated), .optional(v.headline), .optional(v.outlet),
                          .optional(v.published), .optional(v.url)])
    }

    /// Every verdict, oldest change first.
    public func all() throws -> [Verdict] {
        var out: [Verdict] = []
        try db.reading {
            try db.prepare("""
                SELECT article, body_hash, claim, speaker, label, note, evidence, updated, headline, outlet, published, url
                FROM verdicts ORDER BY updated, rowid
                """).rows { r in
                    let evidence = (try? JSONDecoder().decode([String].self, from: Data((r.text(6) ?? "[]").utf8))) ?? []
                    var v = Verdict(article: r.text(0) ?? "", bodyHash: r.text(1) ?? "", claim: r.text(2) ?? "", speaker: r.text(3),
                                    label: r.text(4) ?? "", note: r.text(5), evidence: evidence, updated: r.text(7) ?? "")
                    v.headline = r.text(8); v.outlet = r.text(9); v.published = r.text(10); v.url = r.text(11)
                    out.append(v)
                }
        }
        return out
    }

    /// The current time as the ledger writes it.
    public static func now() -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: Date())
    }
}
