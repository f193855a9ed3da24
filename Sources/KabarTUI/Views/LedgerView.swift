import KabarCore

/// The ledger (`L`): one row per verdict, newest change first: the label, where it stands in this
/// collection (detached, or in another collection), the speaker and outlet, the claim's words and
/// the day it was checked. The selected verdict's note and evidence are in the status bar.
enum LedgerView {
    static func draw(_ state: AppState, into buffer: inout Buffer) {
        let rows = state.ledger.rows(state.verdicts)
        let shown = state.ledger.label.map { " “\($0)”" } ?? ""
        let detached = state.ledger.places.filter { if case .detached = $0 { return true } else { return false } }.count
        TitleBar.draw("kabar — ledger: \(rows.count)\(shown) verdict\(rows.count == 1 ? "" : "s")" + (detached > 0 ? ", \(detached) detached" : ""),
                      right: buffer.width >= 80 ? "f filter by verdict" : "", into: &buffer)
        if rows.isEmpty {
            buffer.put("No verdict with this label.", x: 2, y: 2, style: Style(.dim))
            return
        }
        // As wide as the longest label shown, so a narrow screen keeps the room for the claim.
        let labelWidth = min(16, (rows.map { DisplayWidth.of(state.verdicts[$0].label) }.max() ?? 8) + 1)
        for row in 0..<LedgerScreen.viewport(height: buffer.height) {
            let k = state.ledger.top + row
            guard k < rows.count else { break }
            let v = state.verdicts[rows[k]]
            let place = state.ledger.places[rows[k]]
            let y = row + 1
            let selected = k == state.ledger.cursor
            if selected { buffer.fill(y: y, style: Style(.selection, reverse: true)) }
            buffer.put(v.label, x: 1, y: y, style: Style(.heading, bold: true, reverse: selected), maxWidth: labelWidth)
            var x = 1 + labelWidth + 1
            let mark: String
            switch place {
            case .attached: mark = ""
            case .detached: mark = "detached "
            case .elsewhere: mark = "elsewhere "
            }
            if !mark.isEmpty {
                buffer.put(mark, x: x, y: y, style: Style(place == .elsewhere ? .dim : .notice, reverse: selected))
                x += DisplayWidth.of(mark)
            }
            let who = (v.speaker ?? "no source") + " · " + (v.outlet ?? v.article)
            let day = String(v.updated.prefix(10))
            let text = who + " — “" + v.claim + "”"
            let dayWidth = buffer.width >= 70 ? DisplayWidth.of(day) + 1 : 0
            buffer.put(Ellipsis.fit(text, width: max(0, buffer.width - x - dayWidth - 1)), x: x, y: y, style: Style(.text, reverse: selected),
                       maxWidth: max(0, buffer.width - x - dayWidth - 1))
            if dayWidth > 0 { buffer.put(day, x: buffer.width - dayWidth, y: y, style: Style(.dim, reverse: selected)) }
        }
    }

    /// The status bar's line for the selected verdict: its note and evidence.
    static func status(_ state: AppState) -> String {
        let rows = state.ledger.rows(state.verdicts)
        guard state.ledger.cursor < rows.count else { return "q back" }
        let v = state.verdicts[rows[state.ledger.cursor]]
        var parts: [String] = []
        if let note = v.note, !note.isEmpty { parts.append("note: " + note) }
        if !v.evidence.isEmpty { parts.append("\(v.evidence.count) evidence link\(v.evidence.count == 1 ? "" : "s")") }
        return (parts.isEmpty ? "" : parts.joined(separator: " · ") + " · ") + "↑↓ move · Enter read it there · f filter · q back"
    }
}
