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

    /// Writes `s` as it is (a progress line that redraws itself with "\r"); only text kabar made.
    static func raw(_ s: String) {
        var bytes = Array(s.utf8)
        _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
    }
}

/// Prints unreadable and skipped inputs on standard error: one line per problem, except that
/// records of one file skipped for one reason ("tempo-527c4188b0: no article text found …") are
/// summed up in one line when there are more than `summaryThreshold` of them (`--verbose` lists
/// them all).
enum ProblemReport {
    static let summaryThreshold = 3

    static func print(_ problems: [IngestProblem], verbose: Bool = false) {
        for line in lines(problems, verbose: verbose) { FileHandleOutput.stderr(line) }
    }

    static func lines(_ problems: [IngestProblem], verbose: Bool) -> [String] {
        func line(_ p: IngestProblem) -> String {
            "kabar: \(p.severity == .notice ? "skipped " : p.severity == .repaired ? "repaired " : "")\(Sanitizer.oneLine(p.path)): \(Sanitizer.oneLine(p.message))"
        }
        guard !verbose else { return problems.map(line) }
        // Notices about records ("<id>: <reason>"), counted by file and reason.
        func key(_ p: IngestProblem) -> String? {
            guard p.severity == .notice, let colon = p.message.range(of: ": ") else { return nil }
            return p.path + "\u{0}" + p.message[colon.upperBound...]
        }
        var counts: [String: Int] = [:]
        for p in problems { if let k = key(p) { counts[k, default: 0] += 1 } }
        var printed = Set<String>()
        var out: [String] = []
        for p in problems {
            guard let k = key(p), let n = counts[k], n > summaryThreshold else { out.append(line(p)); continue }
            guard printed.insert(k).inserted, let colon = p.message.range(of: ": ") else { continue }
            out.append("kabar: skipped \(n) records of \(Sanitizer.oneLine(p.path)): \(Sanitizer.oneLine(String(p.message[colon.upperBound...]))) (--verbose lists them)")
        }
        return out
    }
}
