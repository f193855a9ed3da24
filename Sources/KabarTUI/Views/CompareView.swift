import KabarCore

/// Two articles in split view: paragraphs that share a claim or most of their words face each
/// other, a filler (╱) faces a paragraph only one side has, and inside a pair the numbers, dates
/// and names one side lacks are marked. The gutter says how a row relates: ≠ differs, < left
/// only, > right only, │ the same words.
enum CompareView {
    static func draw(_ state: AppState, into buffer: inout Buffer) {
        guard let comparison = state.comparison else { return }
        let left = state.articles[comparison.left], right = state.articles[comparison.right]
        let layout = comparison.layout
        let differences = comparison.differenceStarts
        let passed = differences.filter { $0 <= state.compareTop }.count
        let note = differences.isEmpty ? "no differences" : "difference \(passed) of \(differences.count)"
        TitleBar.draw(buffer.width >= 60 ? "kabar — compare" : "compare", right: note, into: &buffer)
        let w = Comparison.columnWidth(buffer.width)
        let gutterX = 1 + w, rightX = 1 + w + 3
        buffer.fill(y: 1, style: Style(.heading, reverse: true))
        buffer.put(" " + header(left), x: 0, y: 1, style: Style(.heading, bold: true, reverse: true), maxWidth: w + 1)
        buffer.put(" " + header(right), x: rightX - 1, y: 1, style: Style(.heading, bold: true, reverse: true), maxWidth: max(0, buffer.width - rightX + 1))
        let rows = buffer.height - 3
        for row in 0..<rows {
            let k = state.compareTop + row
            guard k < layout.lines.count else { break }
            let line = layout.lines[k]
            let y = row + 2
            draw(line.left, x: 1, y: y, width: w, into: &buffer)
            draw(line.right, x: rightX, y: y, width: max(0, buffer.width - rightX - 1), into: &buffer)
            let (mark, style) = gutter(line, comparison.alignment)
            buffer.put(mark, x: gutterX + 1, y: y, style: style)
        }
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
    static func draw(_ side: CompareLayout.Side?, x: Int, y: Int, width: Int, into buffer: inout Buffer) {
        guard width > 0 else { return }
        guard let side else {
            // A light hatch, the same on every line, so the filler reads as a block.
            let hatch = String((0..<width).map { $0 % 3 == 1 ? "╱" : " " })
            buffer.put(hatch, x: x, y: y, style: Style(.filler, dim: true), maxWidth: width)
            return
        }
        let spans = side.marks.map { mark in
            (mark.range, mark.kind == .word ? Style(.changed, underline: true) : Style(.conflict, bold: true, underline: true))
        }
        buffer.put(side.text, x: x, y: y, style: .plain, spans: spans, maxWidth: width)
    }
}
