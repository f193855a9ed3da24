import Foundation

/// How far a long read has come, for a progress line: articles built of those found so far and
/// the input bytes behind them. Counted from every worker thread; `report` is called at most ten
/// times a second and once at the end.
public final class IngestProgress: @unchecked Sendable {
    public struct Snapshot: Sendable {
        public var done: Int
        public var total: Int
        public var bytes: Int
        public var seconds: Double
        public var finished: Bool
        /// The input bytes the whole job will read, when it is known before the files are (a
        /// batched index build reads its files a batch at a time): the time left and the article
        /// count are then estimated from the bytes read so far.
        public var expectedBytes: Int? = nil

        /// "indexing 4,210/10,060 articles · 5.1 MB/s · 8 s left"; "indexing 10,050/~100,500 …"
        /// while later files of a planned job are still unread.
        public func line(verb: String) -> String {
            let rate = seconds > 0 ? Double(bytes) / seconds / 1_048_576 : 0
            let perArticle = done > 0 ? seconds / Double(done) : 0
            var left = Double(max(0, total - done)) * perArticle
            var shown = Self.grouped(total)
            if let expected = expectedBytes, !finished, bytes > 0, expected > bytes {
                left = max(left, seconds * Double(expected - bytes) / Double(bytes))
                let estimate = Int((Double(done) * Double(expected) / Double(bytes)).rounded())
                if estimate > total { shown = "~" + Self.grouped(estimate) }
            }
            var s = "\(verb) \(Self.grouped(done))/\(shown) articles · " + String(format: "%.1f MB/s", rate)
            if !finished && done > 0 { s += String(format: " · %.0f s left", left.rounded(.up)) }
            return s
        }

        static func grouped(_ n: Int) -> String {
            let digits = String(n)
            var out = ""
            for (k, c) in digits.enumerated() {
                if k > 0 && (digits.count - k) % 3 == 0 { out.append(",") }
                out.append(c)
            }
            return out
        }
    }

    private let lock = NSLock()
    private var done = 0, total = 0, bytes = 0
    private var expected: Int?
    private var lastReport = 0.0
    private let started = Date()
    private let report: @Sendable (Snapshot) -> Void

    public init(report: @escaping @Sendable (Snapshot) -> Void) {
        self.report = report
    }

    /// The input bytes the whole job will read (the files it planned), before it reads them.
    public func expect(bytes: Int) {
        lock.withLock { expected = bytes }
    }

    /// `count` more articles to build, from `bytes` of input.
    func found(_ count: Int, bytes: Int) {
        lock.withLock {
            total += count
            self.bytes += bytes
        }
    }

    /// One more article built (or one input that gave none).
    func built(_ count: Int = 1) {
        let snapshot: Snapshot? = lock.withLock {
            done += count
            let now = Date().timeIntervalSince(started)
            guard now - lastReport >= 0.1 else { return nil }
            lastReport = now
            return Snapshot(done: done, total: max(total, done), bytes: bytes * done / max(total, 1), seconds: now, finished: false,
                            expectedBytes: expected)
        }
        if let snapshot { report(snapshot) }
    }

    /// The last line, when everything is read.
    public func finish() {
        let snapshot = lock.withLock {
            Snapshot(done: done, total: max(total, done), bytes: bytes, seconds: Date().timeIntervalSince(started), finished: true)
        }
        report(snapshot)
    }
}
