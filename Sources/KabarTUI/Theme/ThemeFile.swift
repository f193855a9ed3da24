/// A theme file as written: an optional `inherits`, a `[palette]` of named colours and a
/// `[styles]` table of semantic keys (a small, documented subset of TOML):
///
///     inherits = "dark"
///     [palette]
///     accent = "#c678dd"
///     [styles]
///     claim.direct = { fg = "accent", modifiers = ["bold"] }
///
/// Errors name the file and the line.
public struct ThemeFile: Sendable {
    public struct RawStyle: Sendable, Hashable {
        var fg: String?
        var bg: String?
        var modifiers: [String] = []
        var line: Int
    }

    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    public var inherits: String?
    public var palette: [String: (color: String, line: Int)] = [:]
    public var styles: [String: RawStyle] = [:]

    public static let modifierNames: Set<String> = ["bold", "underline", "reverse", "dim"]

    public static func parse(_ text: String, file: String) throws(Problem) -> ThemeFile {
        var theme = ThemeFile()
        var section = ""
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            func fail(_ message: String) -> Problem { Problem(file: file, line: lineNumber, message: message) }
            let line = stripComment(String(rawLine)).trimmingCharacters(in: " \t\r")
            if line.isEmpty { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]") else { throw fail("unclosed section header") }
                section = String(line.dropFirst().dropLast()).trimmingCharacters(in: " ")
                guard section == "palette" || section == "styles" else { throw fail("unknown section [\(section)] (expected [palette] or [styles])") }
                continue
            }
            guard let eq = line.firstIndex(of: "=") else { throw fail("expected key = value") }
            let key = line[..<eq].trimmingCharacters(in: " ")
            let value = line[line.index(after: eq)...].trimmingCharacters(in: " ")
            guard !key.isEmpty else { throw fail("missing key before =") }
            switch section {
            case "":
                guard key == "inherits" else { throw fail("unknown key \(key) (only inherits may come before a section)") }
                guard let s = quoted(value) else { throw fail("inherits needs a quoted theme name") }
                theme.inherits = s
            case "palette":
                guard let s = quoted(value) else { throw fail("palette colour \(key) needs a quoted value like \"#c678dd\"") }
                theme.palette[key] = (s, lineNumber)
            default:
                guard Theme.keys.values.contains(key) else {
                    throw fail("unknown style key \(key) (known: \(Theme.keys.values.sorted().joined(separator: ", ")))")
                }
                theme.styles[key] = try parseStyle(value, line: lineNumber, file: file)
            }
        }
        return theme
    }

    /// `{ fg = "accent", bg = "#000000", modifiers = ["bold", "underline"] }`
    static func parseStyle(_ value: String, line: Int, file: String) throws(Problem) -> RawStyle {
        func fail(_ message: String) -> Problem { Problem(file: file, line: line, message: message) }
        guard value.hasPrefix("{"), value.hasSuffix("}") else { throw fail("a style is an inline table: { fg = \"…\", modifiers = [\"bold\"] }") }
        var style = RawStyle(line: line)
        var body = Substring(value.dropFirst().dropLast())
        while !body.trimmingCharacters(in: " ,").isEmpty {
            body = body.drop { $0 == " " || $0 == "," }
            guard let eq = body.firstIndex(of: "=") else { throw fail("expected field = value inside the style") }
            let field = body[..<eq].trimmingCharacters(in: " ")
            var rest = body[body.index(after: eq)...].drop { $0 == " " }
            if rest.hasPrefix("[") {
                guard let close = rest.firstIndex(of: "]") else { throw fail("unclosed [ in \(field)") }
                let items = rest[rest.index(after: rest.startIndex)..<close].split(separator: ",")
                    .map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
                guard field == "modifiers" else { throw fail("only modifiers takes a list") }
                for item in items {
                    guard let name = quoted(item), modifierNames.contains(name) else {
                        throw fail("unknown modifier \(item) (known: \(modifierNames.sorted().joined(separator: ", ")))")
                    }
                    style.modifiers.append(name)
                }
                rest = rest[rest.index(after: close)...]
            } else {
                guard rest.hasPrefix("\""), let end = rest.dropFirst().firstIndex(of: "\"") else { throw fail("\(field) needs a quoted colour") }
                let text = String(rest[rest.index(after: rest.startIndex)..<end])
                switch field {
                case "fg": style.fg = text
                case "bg": style.bg = text
                default: throw fail("unknown style field \(field) (fg, bg, modifiers)")
                }
                rest = rest[rest.index(after: end)...]
            }
            body = rest
        }
        return style
    }

    static func quoted(_ s: String) -> String? {
        guard s.count >= 2, s.hasPrefix("\""), s.hasSuffix("\"") else { return nil }
        return String(s.dropFirst().dropLast())
    }

    static func stripComment(_ line: String) -> String {
        var inString = false
        for (i, c) in line.enumerated() {
            if c == "\"" { inString.toggle() }
            if c == "#" && !inString { return String(line.prefix(i)) }
        }
        return line
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        let chars = Set(set)
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s = s.dropFirst() }
        while let l = s.last, chars.contains(l) { s = s.dropLast() }
        return String(s)
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String { String(self).trimmingCharacters(in: set) }
}
