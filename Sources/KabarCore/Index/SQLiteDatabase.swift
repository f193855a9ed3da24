import CSQLite
#if canImport(Glibc)
import Glibc
#endif

/// A failure reported by SQLite, with its result code and message.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    public var code: Int32
    public var message: String
    public var description: String { message }

    /// The file is damaged or is not a database at all.
    public var isCorrupt: Bool { code == SQLITE_CORRUPT || code == SQLITE_NOTADB }
}

/// A thin, synchronous wrapper over one SQLite connection. Used from one thread at a time.
final class SQLiteDatabase {
    private var handle: OpaquePointer?

    /// Opens (creating when allowed) the database at `path`; ":memory:" for a private in-memory one.
    /// `immutable` opens another program's file read-only without taking any lock on it (SQLite's
    /// `immutable=1`): that program is never blocked, and a write it makes meanwhile may show as damage.
    init(path: String, readOnly: Bool = false, immutable: Bool = false) throws {
        var flags = readOnly || immutable ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        var name = path
        if immutable {
            flags |= SQLITE_OPEN_URI
            let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-._~".utf8)
            let hex = Array("0123456789ABCDEF".utf8)
            var uri = Array("file:".utf8)
            for b in path.utf8 {
                if allowed.contains(b) { uri.append(b) } else { uri += [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 15)]] }
            }
            name = String(decoding: uri, as: UTF8.self) + "?immutable=1"
        }
        let rc = sqlite3_open_v2(name, &handle, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard rc == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(handle)
            handle = nil
            throw SQLiteError(code: rc, message: message)
        }
        sqlite3_busy_timeout(handle, 60_000)
    }

    deinit { sqlite3_close(handle) }

    func error(_ rc: Int32) -> SQLiteError {
        SQLiteError(code: rc, message: handle.map { String(cString: sqlite3_errmsg($0)) } ?? "sqlite error \(rc)")
    }

    /// Runs one or more statements without results.
    func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &message)
        if rc != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? "sqlite error \(rc)"
            sqlite3_free(message)
            throw SQLiteError(code: rc, message: text)
        }
    }

    func prepare(_ sql: String) throws -> Statement {
        var statement: OpaquePointer?
        let rc = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
        guard rc == SQLITE_OK, let statement else { throw error(rc) }
        return Statement(statement, database: self)
    }

    var lastInsertedRow: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Runs `body` in one read transaction: every query in it sees the same snapshot of the file,
    /// whatever another process commits meanwhile (WAL mode).
    func reading<T>(_ body: () throws -> T) throws -> T {
        try transaction(begin: "BEGIN DEFERRED", body)
    }

    /// Runs `body` in one write transaction (taken at once, so two processes queue instead of deadlocking).
    func writing<T>(_ body: () throws -> T) throws -> T {
        try transaction(begin: "BEGIN IMMEDIATE", body)
    }

    private func transaction<T>(begin: String, _ body: () throws -> T) throws -> T {
        try retryingWhileBusy { try execute(begin) }
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Runs `body` again while SQLite answers "busy" (a lock it does not wait for by itself, such
    /// as switching a new file to WAL while another process does the same), for up to a minute.
    func retryingWhileBusy<T>(_ body: () throws -> T) throws -> T {
        var waited = 0
        while true {
            do { return try body() } catch let error as SQLiteError where error.code == SQLITE_BUSY && waited < 60_000 {
                usleep(20_000)
                waited += 20
            }
        }
    }

    /// A prepared statement: bind values by position (from 1), step through rows, read columns (from 0).
    final class Statement {
        private let statement: OpaquePointer
        private let database: SQLiteDatabase

        init(_ statement: OpaquePointer, database: SQLiteDatabase) {
            self.statement = statement
            self.database = database
        }

        deinit { sqlite3_finalize(statement) }

        private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

        @discardableResult
        func bind(_ values: [SQLValue]) -> Statement {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
            for (k, v) in values.enumerated() {
                let i = Int32(k + 1)
                switch v {
                case .null: sqlite3_bind_null(statement, i)
                case .int(let x): sqlite3_bind_int64(statement, i, x)
                case .double(let x): sqlite3_bind_double(statement, i, x)
                case .text(let s): sqlite3_bind_text(statement, i, s, -1, Self.transient)
                case .blob(let b): b.withUnsafeBytes { _ = sqlite3_bind_blob(statement, i, $0.baseAddress, Int32($0.count), Self.transient) }
                }
            }
            return self
        }

        /// Steps once: true when a row is ready.
        func step() throws -> Bool {
            let rc = sqlite3_step(statement)
            if rc == SQLITE_ROW { return true }
            if rc == SQLITE_DONE { return false }
            throw database.error(rc)
        }

        /// Runs the statement to its end (for writes).
        func run(_ values: [SQLValue] = []) throws {
            bind(values)
            while try step() {}
        }

        func rows(_ values: [SQLValue] = [], _ read: (Statement) throws -> Void) throws {
            bind(values)
            while try step() { try read(self) }
        }

        func int(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }
        func double(_ column: Int32) -> Double { sqlite3_column_double(statement, column) }
        func text(_ column: Int32) -> String? {
            guard sqlite3_column_type(statement, column) != SQLITE_NULL, let p = sqlite3_column_text(statement, column) else { return nil }
            return String(cString: p)
        }
        /// The column's bytes, valid only inside `read` (SQLite owns them until the next step).
        func blob<T>(_ column: Int32, _ read: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
            let count = Int(sqlite3_column_bytes(statement, column))
            return try read(UnsafeRawBufferPointer(start: sqlite3_column_blob(statement, column), count: count))
        }
    }
}

enum SQLValue {
    case null
    case int(Int64)
    case double(Double)
    case text(String)
    case blob([UInt8])

    static func optional(_ s: String?) -> SQLValue { s.map(SQLValue.text) ?? .null }
}
