import Foundation

/// The verdict labels from `$XDG_CONFIG_HOME/kabar/verdicts.toml` (same family as the theme files:
/// a small, documented subset of TOML), in the order written, each with its rating (higher is
/// truer; exports give it as `ratingValue`):
///
///     # our newsroom's scale
///     [labels]
///     "Benar" = 6
///     "Sebagian benar" = 5
///     "Hoaks" = 1
///
///     # who publishes the reviews (ClaimReview's author, and each review's address under url)
///     [organisation]
///     name = "Cek Fakta Lintas"
///     url = "https://cekfakta.example/"
///
/// Errors name the file and the line; with none, the Indonesian fact-checkers' scale.
public enum VerdictScaleFile {
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    /// `$XDG_CONFIG_HOME/kabar/verdicts.toml`, or `~/.config/kabar/verdicts.toml`.
    public static var defaultPath: String {
        let env = ProcessInfo.processInfo.environment
        let base = env["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() + "/.config")
        return base + "/kabar/verdicts.toml"
    }

    /// The scale in force: the file's when there is one and it reads, else the default, and the
    /// problem to tell the user.
    public static func load(path: String = defaultPath) -> (VerdictScale, Problem?) {
        guard FileManager.default.fileExists(atPath: path) else { return (.indonesian, nil) }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            return (.indonesian, Problem(file: path, line: 0, message: "cannot be read as UTF-8 text; using the default labels"))
        }
        do { return (try parse(text, file: path), nil) } catch { return (.indonesian, error) }
    }

    public static func parse(_ text: String, file: String) throws(Problem) -> VerdictScale {
        var labels: [VerdictScale.Label] = []
        var organisation: String?, organisationURL: String?
        var section = ""
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            var line = String(raw)
            if let hash = line.firstIndex(of: "#"), !line[..<hash].contains("\"") || line[..<hash].filter({ $0 == "\"" }).count % 2 == 0 {
                line = String(line[..<hash])
            }
            line = line.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("[") {
                guard line == "[labels]" || line == "[organisation]" else {
                    throw Problem(file: file, line: number, message: "unknown section \(line) (only [labels] and [organisation])")
                }
                section = String(line.dropFirst().dropLast())
                continue
            }
            if section == "organisation" {
                guard let eq = line.firstIndex(of: "=") else { throw Problem(file: file, line: number, message: "expected name = \"…\" or url = \"…\"") }
                let key = line[..<eq].trimmingCharacters(in: .whitespaces)
                var value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
                guard value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") else {
                    throw Problem(file: file, line: number, message: "the value of \(key) needs quotes")
                }
                value = Sanitizer.oneLine(String(value.dropFirst().dropLast()))
                switch key {
                case "name": organisation = value
                case "url":
                    guard value.hasPrefix("https://") || value.hasPrefix("http://") else {
                        throw Problem(file: file, line: number, message: "url must be an http or https address")
                    }
                    organisationURL = value
                default: throw Problem(file: file, line: number, message: "unknown key \(key) in [organisation] (name, url)")
                }
                continue
            }
            guard section == "labels" else { throw Problem(file: file, line: number, message: "a label outside [labels]") }
            guard let eq = line.lastIndex(of: "=") else { throw Problem(file: file, line: number, message: "expected \"Label\" = rating") }
            var name = line[..<eq].trimmingCharacters(in: .whitespaces)
            if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 { name = String(name.dropFirst().dropLast()) }
            guard !name.isEmpty, !name.contains("\""), name.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else {
                throw Problem(file: file, line: number, message: "a label needs a name in quotes")
            }
            guard let rating = Int(line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)), (0...100).contains(rating) else {
                throw Problem(file: file, line: number, message: "the rating of \"\(name)\" must be a whole number from 0 to 100")
            }
            guard !labels.contains(where: { $0.name.lowercased() == name.lowercased() }) else {
                throw Problem(file: file, line: number, message: "\"\(name)\" is there twice")
            }
            labels.append(VerdictScale.Label(name: name, rating: rating))
        }
        guard !labels.isEmpty else { throw Problem(file: file, line: 1, message: "no labels under [labels]") }
        return VerdictScale(labels: labels, organisation: organisation, organisationURL: organisationURL)
    }
}
