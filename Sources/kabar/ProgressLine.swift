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
