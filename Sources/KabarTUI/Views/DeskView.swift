import KabarCore

/// The desk (`D`): where the chosen articles disagree, in sections: numbers reported differently
/// (one block per reported quantity, a row per report: outlet, the number as written, headline or
/// body, who said it, publication date), one statement with different dates, one quotation with
/// different speakers, reused text, the source chains as a tree, and a timeline
/// (`StoryDesk`, in KabarCore). Conflicting rows are in the conflict style; Enter on a row reads the
/// article there, at the number or claim.
enum DeskView {
    typealias Row = StoryDesk.Row

    /// Rows of the desk on a screen `height` tall (title and status bars).
    static func viewport(height: Int) -> Int { max(1, height - 2) }

    static func draw(_ state: AppState, into buffer: inout Buffer) {
        let rows = state.desk.rows
        // The numbers' blocks: headings before the second section.
        let secondSection = rows.indices.dropFirst().first { rows[$0].isSection } ?? rows.count
        let blocks = rows[..<secondSection].filter(\.isHeading).count
        let numbered = rows.first?.text == "Numbers reported differently"
        TitleBar.draw("kabar — desk · \(counted(state.desk.articles.count, "article"))",
                      right: buffer.width >= 70 ? (numbered ? "\(blocks) number\(blocks == 1 ? "" : "s") reported differently" : "no number reported differently") : "",
                      into: &buffer)
        if state.pendingWork.contains(.buildDesk(state.desk.articles)) {
            Spinner.draw("comparing \(counted(state.desk.articles.count, "article")): numbers, dates, speakers, reused text", state, y: 2, into: &buffer)
            return
        }
        if rows.isEmpty {
            buffer.put("These articles report no number differently.", x: 2, y: 2, style: Style(.dim))
            return
        }
        for line in 0..<viewport(height: buffer.height) {
            let k = state.desk.top + line
            guard k < rows.count else { break }
            let row = rows[k], y = line + 1
            let selected = k == state.desk.cursor
            if selected { buffer.fill(y: y, style: Style(.selection, reverse: true)) }
            let style = row.isSection ? Style(.title, bold: true, reverse: selected)
                : row.isHeading ? Style(.heading, bold: true, reverse: selected)
                : Style(row.conflicting ? .conflict : .text, reverse: selected)
            let indent = row.isSection ? "" : row.isHeading ? " " : "   "
            // The verdict on the row's claim, read at each frame (one set since shows at once): after the
            // text, or at the right edge with the text cut short when the row is too narrow for both.
            let mark = row.article.flatMap { a in row.claim.map { state.verdictMark(ClaimCluster.Member(article: a, claim: $0)) } } ?? ""
            let text = indent + row.text
            let markWidth = mark.isEmpty ? 0 : DisplayWidth.of(mark) + 2
            let textWidth = min(DisplayWidth.of(text), max(0, buffer.width - 2 - markWidth))
            buffer.put(text, x: 1, y: y, style: style, maxWidth: mark.isEmpty ? buffer.width - 2 : textWidth)
            if !mark.isEmpty {
                buffer.put(mark, x: 1 + textWidth + 2, y: y, style: Style(.notice, bold: true, reverse: selected), maxWidth: max(0, buffer.width - 3 - textWidth))
            }
        }
    }
}
