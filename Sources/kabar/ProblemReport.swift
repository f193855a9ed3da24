#if canImport(Glibc)
import Glibc
#endif
import KabarCore

enum FileHandleOutput {
    static func stderr(_ s: String) {
        // Messages name files, queries and references the user (or an attacker) chose.
        var line = Sanitizer(decodesEntities: false).sanitize(s)
        if !line.hasSuffix("\n") { line += "\n" }
        var bytes = Array(line.utf8)
        _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
    }
}

/// Prints one line per unreadable input on standard error.
enum ProblemReport {
    static func print(_ problems: [IngestProblem]) {
        for p in problems {
            FileHandleOutput.stderr("kabar: \(p.severity == .notice ? "skipped " : p.severity == .repaired ? "repaired " : "")\(Sanitizer.oneLine(p.path)): \(Sanitizer.oneLine(p.message))")
        }
    }
}
