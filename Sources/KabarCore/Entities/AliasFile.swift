import Foundation

/// A user's own names and spellings, merged over the built-in lexicon. One entity per line:
///
///     # comments start with #
///     [person]                      # the kind of the lines below: person, org or place
///     Igor Korotchenko = Korotchenko, Igor Korotschenko
///     [place]
///     Selat Lombar = Lombar Strait
///
/// The canonical name comes first, then `=` and its other spellings, separated by commas.
public enum AliasFile {
    public struct Problem: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var line: Int
        public var message: String
        public var description: String { "\(path):\(line): \(message)" }
    }

    /// Where kabar looks when no `--aliases` is given: `$XDG_CONFIG_HOME/kabar/aliases.txt` or `~/.config/kabar/aliases.txt`.
    public static var defaultPath: String {
        let env = ProcessInfo.processInfo.environment
        let config = env["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() + "/.config")
        return config + "/kabar/aliases.txt"
    }

    /// The entries of a file's text, or the first problem with its line.
    public static func parse(_ text: String, path: String) -> Result<[EntityLexicon.Entry], Problem> {
        var kind = EntityKind.person
        var entries: [EntityLexicon.Entry] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(raw)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if trimmed.hasPrefix("[") {
                guard trimmed.hasSuffix("]"), let k = EntityKind(rawValue: String(trimmed.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)) else {
                    return .failure(Problem(path: path, line: n + 1, message: "unknown section \(trimmed) (use [person], [org] or [place])"))
                }
                kind = k
                continue
            }
            let parts = trimmed.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else {
                return .failure(Problem(path: path, line: n + 1, message: "expected “Canonical Name = alias, alias”"))
            }
            let canonical = parts[0].trimmingCharacters(in: .whitespaces)
            let aliases = parts[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !EntityName.key(canonical).isEmpty, !aliases.isEmpty, aliases.allSatisfy({ !EntityName.key($0).isEmpty }) else {
                return .failure(Problem(path: path, line: n + 1, message: "a name needs letters or digits, and at least one alias"))
            }
            entries.append(EntityLexicon.Entry(canonical: canonical, kind: kind, aliases: aliases))
        }
        return .success(entries)
    }

    /// The built-in lexicon with the file's entries merged over it, and the file's text (for the
    /// cache's fingerprint). A missing default file is no problem; a broken one is reported.
    public static func lexicon(path: String?) -> (lexicon: EntityLexicon, text: String, problem: String?) {
        var lexicon = EntityLexicon()
        let file = path ?? defaultPath
        guard FileManager.default.fileExists(atPath: file) else {
            return (lexicon, "", path == nil ? nil : "\(file): no such alias file; using the built-in names only")
        }
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
            return (lexicon, "", "\(file): cannot read the alias file as UTF-8 text; using the built-in names only")
        }
        switch parse(text, path: file) {
        case .success(let entries):
            for e in entries { lexicon.add(e) }
            return (lexicon, text, nil)
        case .failure(let problem):
            return (lexicon, "", "\(problem); using the built-in names only")
        }
    }
}
