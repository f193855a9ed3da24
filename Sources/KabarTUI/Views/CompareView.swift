import KabarCore

/// Two articles in split view: paragraphs that share a claim or most of their words face each
/// other, a filler (╱) faces a paragraph only one side has, and inside a pair the numbers, dates
/// and names one side lacks are marked (every differing word too after `w`). Above the text: each
/// side's outlet, date and headline, and a line summing up the differing numbers, dates and names. The gutter says how a row relates: ≠ differs, < left
/// only, > right only, │ the same words.
enum CompareView {
    /// Rows above the text: the title bar, each side's outlet and date, each side's headline, and
    /// the summary of what differs.
    static let headerRows = 4

    /// Rows of text on a screen `height` tall (the status bar below). Update and draw both use it.
    static func viewport(height: Int) -> Int { max(1, height - headerRows - 1) }

    static func draw(_ state: AppState, into buffer: inout Buffer) {
        guard let comparison = state.compare.comparison else {
            TitleBar.draw(buffer.width >= 60 ? "kabar — compare" : "compare", right: "", into: &buffer)
            let frame = Spinner.frames[state.spinnerFrame % Spinner.frames.count]
            buffer.put("\(frame) aligning the two articles…", x: 2, y: 2, style: Style(.dim), maxWidth: max(0, buffer.width - 3))
            return
        }
        let left = state.articles[comparison.left], right = state.articles[comparison.right]
        let layout = comparison.layout
        let differences = comparison.differenceStarts
        let passed = differences.filter { $0 <= state.compare.top }.count
        let note = differences.isEmpty ? "no differences" : "difference \(passed) of \(differences.count)"
        TitleBar.draw(buffer.width >= 60 ? "kabar — compare" : "compare", right: note, into: &buffer)
        let w = Comparison.columnWidth(buffer.width)
        let gutterX = 1 + w, rightX = 1 + w + 3
        buffer.fill(y: 1, style: Style(.heading, reverse: true))
        buffer.put(" " + header(left), x: 0, y: 1, style: Style(.heading, bold: true, reverse: true), maxWidth: w + 1)
        buffer.put(" " + header(right), x: rightX - 1, y: 1, style: Style(.heading, bold: true, reverse: true), maxWidth: max(0, buffer.width - rightX + 1))
        // Both headlines, cut with "…" to their column.
        buffer.put(Ellipsis.fit(left.title ?? "(no title)", width: w), x: 1, y: 2, style: Style(.title, bold: true), maxWidth: w)
        buffer.put(Ellipsis.fit(right.title ?? "(no title)", width: max(0, buffer.width - rightX - 1)), x: rightX, y: 2,
                   style: Style(.title, bold: true), maxWidth: max(0, buffer.width - rightX - 1))
        buffer.put(summaryLine(comparison.summary, showsAllWords: state.compare.showsAllWords), x: 1, y: 3,
                   style: Style(.dim), maxWidth: max(0, buffer.width - 2))
        for row in 0..<viewport(height: buffer.height) {
            let k = state.compare.top + row
            guard k < layout.lines.count else { break }
            let line = layout.lines[k]
            let y = row + headerRows
            draw(line.left, x: 1, y: y, width: w, allWords: state.compare.showsAllWords, into: &buffer)
            draw(line.right, x: rightX, y: y, width: max(0, buffer.width - rightX - 1), allWords: state.compare.showsAllWords, into: &buffer)
            let (mark, style) = gutter(line, comparison.alignment)
            buffer.put(mark, x: gutterX + 1, y: y, style: style)
        }
    }

    /// One line of what differs: "numbers 100.000 ↔ 10.000 · dates … · names Korotchenko ↔ Zelensky",
    /// and which words are marked (w switches).
    static func summaryLine(_ summary: [Comparison.Summary], showsAllWords: Bool) -> String {
        func list(_ items: [String]) -> String {
            items.isEmpty ? "—" : items.prefix(3).joined(separator: ", ") + (items.count > 3 ? " +\(items.count - 3)" : "")
        }
        let names: [PairAlignment.DifferenceKind: String] = [.number: "numbers", .date: "dates", .name: "names"]
        let parts = summary.map { "\(names[$0.kind] ?? $0.kind.rawValue) \(list($0.left)) ↔ \(list($0.right))" }
        let marked = showsAllWords ? "all differing words marked (w: only numbers, dates, names)" : "w: mark every differing word"
        return (parts.isEmpty ? "the same numbers, dates and names" : parts.joined(separator: " · ")) + " · " + marked
    }

    static func header(_ a: Article) -> String {
        "\(a.outlet ?? a.id) · \(LibraryView.dateText(a.published))"
    }

    static func gutter(_ line: CompareLayout.Line, _ alignment: PairAlignment) -> (String, Style) {
        switch line.kind {
        case .changed?:
            let row = line.row.map { alignment.rows[$0] }
            let strong = (row?.leftDifferences ?? []).contains { $0.kind != .word } || (row?.rightDifferences ?? []).contains { $0.kind != .word }
            return ("≠", strong ? Style(.conflict, bold: true) : Style(.changed))
        case .leftOnly?: return ("<", Style(.filler, bold: true))
        case .rightOnly?: return (">", Style(.filler, bold: true))
        default: return ("│", Style(.border))
        }
    }

    /// One side of a line: its text with differences marked, or a filler.
    static func draw(_ side: CompareLayout.Side?, x: Int, y: Int, width: Int, allWords: Bool, into buffer: inout Buffer) {
        guard width > 0 else { return }
        guard let side else {
            // A light hatch, the same on every line, so the filler reads as a block.
            let hatch = String((0..<width).map { $0 % 3 == 1 ? "╱" : " " })
            buffer.put(hatch, x: x, y: y, style: Style(.filler, dim: true), maxWidth: width)
            return
        }
        // Words that differ only when asked (w): a rewritten article differs in nearly every word.
        let spans = side.marks.filter { allWords || $0.kind != .word }.map { mark in
            (mark.range, mark.kind == .word ? Style(.changed, underline: true) : Style(.conflict, bold: true, underline: true))
        }
        buffer.put(side.text, x: x, y: y, style: .plain, spans: spans, maxWidth: width)
    }
}
