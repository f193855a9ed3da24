import Foundation
#if canImport(Glibc)
import Glibc
#endif
import KabarCore

/// One progress line on standard error, redrawn in place ("indexing 4,210/10,060 articles ·
/// 5.1 MB/s · 8 s left"), for jobs that take more than a second; nothing when standard error is
/// not a terminal or with `--quiet`.
enum ProgressLine {
    static func make(verb: String, quiet: Bool) -> IngestProgress? {
        guard !quiet, isatty(2) != 0 else { return nil }
        let shown = ShownFlag()
        return IngestProgress { snapshot in
            // Quick jobs print nothing: the line appears after a second.
            guard snapshot.seconds >= 1 || shown.value else { return }
            shown.value = true
            FileHandleOutput.raw("\r\u{1B}[K" + snapshot.line(verb: verb) + (snapshot.finished ? "\n" : ""))
        }
    }

    /// For a job of `total` named steps (`kabar xref`): "cross-referencing 3/6 · numbers · 2.1 s",
    /// after a second, the last step ending the line.
    static func steps(verb: String, total: Int, quiet: Bool) -> (String) -> Void {
        guard !quiet, isatty(2) != 0 else { return { _ in } }
        let started = Date()
        var done = 0, shown = false
        return { step in
            done += 1
            let seconds = Date().timeIntervalSince(started)
            guard seconds >= 1 || shown else { return }
            shown = true
            FileHandleOutput.raw("\r\u{1B}[K\(verb) \(done)/\(total) · \(step) · " + String(format: "%.1f s", seconds) + (done == total ? "\n" : ""))
        }
    }

    /// Whether the line has been drawn (written from the reporting threads, one at a time).
    final class ShownFlag: @unchecked Sendable {
        private let lock = NSLock()
        private var shown = false
        var value: Bool {
            get { lock.withLock { shown } }
            set { lock.withLock { shown = newValue } }
        }
    }
}
