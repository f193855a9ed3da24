import Foundation

/// The addresses a user asked for: given on the command line or read from a list file (one per
/// line; blank lines and lines starting with `#` ignored). Only http and https are fetched; every
/// other line is reported with its line number and why.
public struct FetchList: Sendable {
    public var urls: [URL] = []
    public var problems: [IngestProblem] = []

    public init(arguments: [String], listFile: String? = nil, listText: String? = nil) {
        for argument in arguments { add(argument, source: argument, line: nil) }
        if let listFile, let listText {
            for (k, raw) in listText.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line.isEmpty || line.hasPrefix("#") { continue }
                add(line, source: listFile, line: k + 1)
            }
        }
    }

    mutating func add(_ text: String, source: String, line: Int?) {
        let at = line.map { "line \($0): " } ?? ""
        let shown = Sanitizer.oneLine(String(text.prefix(120)))
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased() else {
            problems.append(IngestProblem(path: source, message: "\(at)not a web address: \(shown)"))
            return
        }
        guard scheme == "http" || scheme == "https" else {
            problems.append(IngestProblem(path: source, message: "\(at)\(scheme): addresses are not fetched, only http and https: \(shown)"))
            return
        }
        guard let host = url.host, !host.isEmpty else {
            problems.append(IngestProblem(path: source, message: "\(at)no host in \(shown)"))
            return
        }
        if !urls.contains(url) { urls.append(url) }
    }
}
