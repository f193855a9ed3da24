#if canImport(Glibc)
import Glibc
#endif

/// Leaves the terminal usable when kabar dies of a crash signal (SIGABRT, SIGILL, SIGSEGV, SIGBUS,
/// SIGFPE): the handler restores the terminal settings saved before curses started, writes the
/// escape sequences that leave the alternate screen, stop mouse reporting and show the cursor,
/// then hands the signal to the handler that was there before (Swift's backtracer, or the
/// default action), so the crash is reported as usual on a terminal that echoes and scrolls.
///
/// Only async-signal-safe calls run in the handler (`tcsetattr`, `write`, `sigaction`,
/// `raise`); everything it reads is prepared by `install` before any signal can arrive.
enum CrashGuard {
    static let signals: [Int32] = [SIGABRT, SIGILL, SIGSEGV, SIGBUS, SIGFPE]
    /// Leave the alternate screen, reset attributes, stop mouse reporting, keypad off, show the cursor.
    static let restoreSequence = "\u{1B}[?1049l\u{1B}[0m\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l\u{1B}[?1l\u{1B}>\u{1B}[?25h\r\n"

    /// Saves the terminal's settings (call before curses changes them) and installs the handlers.
    static func install() {
        if let s = state {
            // Opened again after `uninstall`: the same prepared state, the handlers back.
            tcgetattr(0, s.termios)
            installHandlers(saving: s.previous)
            return
        }
        let saved = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        guard tcgetattr(0, saved) == 0 else { saved.deallocate(); return }
        let bytes = Array(restoreSequence.utf8)
        let sequence = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count)
        sequence.initialize(from: bytes, count: bytes.count)
        let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: signals.count)
        previous.initialize(repeating: sigaction(), count: signals.count)
        state = State(termios: saved, sequence: sequence, length: bytes.count, previous: previous)
        installHandlers(saving: previous)
    }

    private static func installHandlers(saving previous: UnsafeMutablePointer<sigaction>) {
        for (k, signal) in signals.enumerated() {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = crashHandler
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_NODEFER
            sigaction(signal, &action, previous + k)
        }
    }

    /// Puts the earlier handlers back (after curses has restored the terminal itself).
    static func uninstall() {
        guard let s = state else { return }
        for k in signals.indices { sigaction(signals[k], s.previous + k, nil) }
    }

    struct State {
        var termios: UnsafeMutablePointer<termios>
        var sequence: UnsafeMutablePointer<UInt8>
        var length: Int
        var previous: UnsafeMutablePointer<sigaction>
    }

    nonisolated(unsafe) static var state: State?
}

/// The crash handler: restore, then re-raise under the handler that was installed before.
private func crashHandler(_ signal: Int32) {
    guard let s = CrashGuard.state else { return }
    tcsetattr(0, TCSANOW, s.termios)
    _ = write(1, s.sequence, s.length)
    if let k = CrashGuard.signals.firstIndex(of: signal) {
        sigaction(signal, s.previous + k, nil)
    }
    raise(signal)
}
