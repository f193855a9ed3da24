import KabarCore

/// Two to four articles side by side, each with its outlet on top, separated by a rule.
/// The focused column's header is reversed.
enum ColumnsView {
    struct Column { var x: Int; var width: Int }

    /// Equal columns with a one-cell rule between them.
    static func layout(width: Int, count: Int) -> [Column] {
        guard count > 0 else { return [] }
        let usable = max(count, width - (count - 1))
        let each = usable / count
        return (0..<count).map { k in Column(x: k * (each + 1), width: k == count - 1 ? usable - each * (count - 1) : each) }
    }

    static func draw(_ state: AppState, articles indexes: [Int], into buffer: inout Buffer) {
        let title = buffer.width >= 60 ? "kabar — \(indexes.count) articles side by side" : "kabar — \(indexes.count) columns"
        TitleBar.draw(title, right: state.columns.scrollsTogether ? "scrolling together" : "scrolling one", into: &buffer)
        let columns = layout(width: buffer.width, count: indexes.count)
        let rows = ColumnsScreen.viewport(height: buffer.height)
        for (k, index) in indexes.enumerated() {
            let a = state.articles[index]
            let col = columns[k]
            let focused = k == state.columns.focused
            buffer.fill(y: 1, from: col.x, to: col.x + col.width, style: Style(.heading, reverse: focused))
            buffer.put(" " + (a.outlet ?? a.id), x: col.x, y: 1, style: Style(.heading, bold: true, reverse: focused), maxWidth: col.width)
            let lines = state.readerLines(ReaderLineKey(article: index, width: col.width + 2, showsBoilerplate: false))
            let top = k < state.columns.tops.count ? state.columns.tops[k] : 0
            for row in 0..<rows {
                let n = top + row
                guard n < lines.count else { break }
                let line = lines[n]
                let y = row + 2
                // One cell of margin on each side of the text, so it never touches a rule.
                buffer.put(line.text, x: col.x + 1, y: y, style: line.style, spans: line.spans.map { ($0.range, $0.style) }, maxWidth: col.width - 1)
            }
            if k < indexes.count - 1 {
                for y in 1..<(buffer.height - 1) { buffer.put("│", x: col.x + col.width, y: y, style: Style(.border)) }
            }
        }
    }
}
