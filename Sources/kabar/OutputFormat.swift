import ArgumentParser
import KabarCore

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Text output on standard output. Everything a command prints as text goes through here, so an
/// untrusted name, path, field or query never reaches the terminal raw: control sequences, C1
/// controls, bidi overrides and invisible format characters are removed (line breaks stay; a field
/// that could hold one is made one line where it is printed).
func print(_ text: String) {
    Swift.print(Sanitizer(decodesEntities: false).sanitize(text))
}

/// JSON output on standard output, as written (JSON escapes every control character itself).
func printJSON(_ value: JSONValue) {
    Swift.print(value.pretty())
}
