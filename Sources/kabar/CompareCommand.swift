import ArgumentParser
import KabarCore
import KabarTUI

/// `kabar compare A B`: two articles side by side, paragraphs aligned by shared claims and words.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Show two articles side by side, aligned by shared claims and paragraphs, differences marked.",
        discussion: """
        A and B are files holding one article each, PATH#ID for one record of a JSON/JSONL file, or \
        a demo article's id. In the text output the middle column says how a row relates: \
        '|' both sides differ, '<' only the left has it, '>' only the right, ' ' the same words; \
        under a row, '≠' lists the numbers, dates and names that differ.
        """)

    @Argument(help: "The left article (with --outlets: the first outlet).") var left: String
    @Argument(help: "The right article (with --outlets: the second outlet).") var right: String
    @Argument(help: "With --outlets: files or folders to read (the demo corpus when none).") var paths: [String] = []

    @Flag(help: "Compare two outlets over a collection: the stories both covered and what differs, the sources only one quotes, who repeats whose prose.")
    var outlets = false

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Total width of the text output, in columns (at least 20).")
    var width: Int = 100

    func validate() throws {
        guard width >= 20 else { throw ValidationError("--width must be at least 20 (got \(width))") }
        if !outlets && !paths.isEmpty { throw ValidationError("compare takes two articles (or --outlets A B [PATH...])") }
    }

    func run() throws {
        if outlets { return try OutletReport.run(left, right, paths: paths, format: format) }
        var articles: [Article] = []
        for reference in [left, right] {
            switch ArticleReference.resolve(reference) {
            case .success(let a): articles.append(a)
            case .failure(let f):
                FileHandleOutput.stderr("kabar: \(f)")
                throw ExitCode(1)
            }
        }
        let (a, b) = (articles[0], articles[1])
        let alignment = PairAlignment(a, b)
        switch format {
        case .json: printJSON(PairAlignmentJSON.document(alignment, left: a, right: b))
        case .text: print(Self.render(alignment, a, b, width: width))
        }
    }

    static func render(_ alignment: PairAlignment, _ a: Article, _ b: Article, width: Int) -> String {
        let column = (width - 3) / 2
        func pad(_ s: String) -> String { s + String(repeating: " ", count: max(0, column - DisplayWidth.of(s))) }
        func heading(_ x: Article) -> String { "\(x.outlet ?? x.id) · \(x.published.map { String($0.iso8601.prefix(10)) } ?? "undated")" }
        var out: [String] = []
        let texts = (ScalarText(a.body), ScalarText(b.body))
        let titles = (TextWrapper.wrap(a.title ?? a.id, width: column), TextWrapper.wrap(b.title ?? b.id, width: column))
        out.append(pad(String(heading(a).prefix(column))) + "   " + String(heading(b).prefix(column)))
        for y in 0..<max(titles.0.count, titles.1.count) {
            out.append(pad(y < titles.0.count ? titles.0[y] : "") + "   " + (y < titles.1.count ? titles.1[y] : ""))
        }
        out.append(String(repeating: "─", count: column) + "─┼─" + String(repeating: "─", count: column))
        let layout = CompareLayout(alignment, left: a, right: b, columnWidth: column)
        for (k, line) in layout.lines.enumerated() {
            let gutter: String
            switch line.kind {
            case .changed?: gutter = "|"
            case .leftOnly?: gutter = "<"
            case .rightOnly?: gutter = ">"
            default: gutter = " "
            }
            let text = pad(line.left?.text ?? "") + " \(gutter) " + (line.right?.text ?? "")
            out.append(String(text.reversed().drop { $0 == " " }.reversed()))
            // After a row's last line, the numbers, dates and names that differ.
            let endsRow = line.row != nil && (k + 1 == layout.lines.count || layout.lines[k + 1].row != line.row)
            if endsRow, let r = line.row, let note = differenceNote(alignment.rows[r], texts) {
                for (y, l) in TextWrapper.wrap(note, width: width - 4).enumerated() { out.append((y == 0 ? "  ≠ " : "    ") + l) }
            }
        }
        return out.joined(separator: "\n")
    }

    /// "numbers 100.000 | 500.000; dates Senin, 8/8/2022 | Selasa, 9 Agustus 2022" for a changed row.
    static func differenceNote(_ row: PairAlignment.Row, _ texts: (ScalarText, ScalarText)) -> String? {
        var parts: [String] = []
        for kind in [PairAlignment.DifferenceKind.number, .date, .name] {
            let l = row.leftDifferences.filter { $0.kind == kind }.map { texts.0.text(in: $0.range) }
            let r = row.rightDifferences.filter { $0.kind == kind }.map { texts.1.text(in: $0.range) }
            guard !l.isEmpty || !r.isEmpty else { continue }
            let name = kind == .number ? "numbers" : kind == .date ? "dates" : "names"
            parts.append("\(name) \(l.isEmpty ? "–" : l.joined(separator: " ")) | \(r.isEmpty ? "–" : r.joined(separator: " "))")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
