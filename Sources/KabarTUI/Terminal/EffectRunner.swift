import Foundation
import KabarCore
#if canImport(Glibc)
import Glibc
#endif

/// Carries out the effects keys ask for (`Effect`), outside the pure update: starting a browser
/// and writing the clipboard sequence to the terminal. Neither waits on anything slow.
enum EffectRunner {
    /// Runs `effect`; a notice for the status bar when it could not be done.
    static func run(_ effect: Effect, ledger: Ledger?) -> String? {
        switch effect {
        case .openURL(let url): return open(url)
        case .copy(let text): copy(text); return nil
        case .saveVerdict(let v, let change):
            guard let ledger else { return "the verdict is NOT saved: no ledger could be opened" }
            do { try ledger.set(v, changing: change); return nil } catch { return "the verdict is NOT saved: \(ledger.path): \(error)" }
        case .findEntities, .groupStories, .foldTexts, .compareOutlets, .findNumberConflicts, .alignPair, .buildDesk, .cancel:
            return nil   // background work and its cancelling: `BackgroundWork`
        }
    }

    /// `$BROWSER` (its first entry, as a command) or `xdg-open`, started in the background by a
    /// shell that exits at once; the address is the shell's argument, never part of its script.
    static func open(_ url: String) -> String? {
        let browser = getenv("BROWSER").map { String(cString: $0) }?.split(separator: ":").first.map(String.init) ?? ""
        let command: String
        if !browser.allSatisfy({ $0 == " " }) {
            command = browser
        } else if let found = inPath("xdg-open") {
            command = found
        } else {
            return "no $BROWSER and no xdg-open to open \(url)"
        }
        let script = "$0 \"$1\" </dev/null >/dev/null 2>&1 &"
        let args = ["/bin/sh", "-c", script, command, url]
        var argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", nil, nil, &argv, environ) == 0 else { return "could not start a shell to open \(url)" }
        var status: Int32 = 0
        _ = waitpid(pid, &status, 0)   // the shell only backgrounds the browser
        return nil
    }

    static func inPath(_ name: String) -> String? {
        guard let path = getenv("PATH").map({ String(cString: $0) }) else { return nil }
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = "\(dir)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// OSC 52: the terminal (or tmux with `set-clipboard on`) puts `text` on its clipboard.
    static func copy(_ text: String) {
        let sequence = "\u{1B}]52;c;" + base64(Array(text.utf8)) + "\u{07}"
        fflush(nil)   // whatever ncurses has buffered goes out first
        var bytes = Array(sequence.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeMutableBytes { write(1, $0.baseAddress! + written, $0.count - written) }
            if n <= 0 { break }
            written += n
        }
    }

    static func base64(_ bytes: [UInt8]) -> String { Data(bytes).base64EncodedString() }
}
