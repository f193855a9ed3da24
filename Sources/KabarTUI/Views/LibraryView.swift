import KabarCore

/// The article list: outlet, date, words, title; the selected row reversed.
enum LibraryView {
    static func draw(_ state: AppState, into buffer: inout Buffer) {
        let visible = state.visibleArticles
        // Until the texts are folded (a moment on a large collection), the filter reads titles and outlets only.
        let textNote = state.pendingWork.contains(.foldTexts) ? " in titles (\(Spinner.frames[state.spinnerFrame % Spinner.frames.count]) reading the texts)" : ""
        let filterNote = state.library.filter.isEmpty ? "" : " matching “\(state.library.filter)”" + textNote
        let storyNote = state.library.storyFilter.flatMap { state.stories?[$0] }.map { " in the story “\($0.title)”" } ?? ""
        TitleBar.draw("kabar — \(visible.count) article\(visible.count == 1 ? "" : "s")\(storyNote)\(filterNote)",
                      // On a narrow screen a story's or a filter's note keeps the room; the sort order is in the status bar.
                      right: (storyNote.isEmpty && filterNote.isEmpty) || buffer.width >= 80 ? "sorted by \(state.library.sortOrder.label)" : "", into: &buffer)
        let rows = LibraryScreen.viewport(height: buffer.height)
        if visible.isEmpty {
            buffer.put(state.articles.isEmpty ? "No articles. Run kabar with files or folders to read." : "Nothing matches the filter.",
                       x: 2, y: 2, style: Style(.dim))
            return
        }
        let outletWidth = buffer.width >= 70 ? 14 : 10
        // The date with its time from 100 columns; below, the day alone leaves the title the room.
        let withTime = buffer.width >= 100
        let dateWidth = withTime ? 17 : buffer.width >= 70 ? 11 : 0
        for row in 0..<rows {
            let k = state.library.top + row
            guard k < visible.count else { break }
            let a = state.articles[visible[k]]
            let y = row + 1
            let selected = k == state.library.cursor
            let base = Style(.text, reverse: selected)
            if selected { buffer.fill(y: y, style: Style(.selection, reverse: true)) }
            if let m = state.library.marked.firstIndex(of: visible[k]) {
                buffer.put(String(m + 1), x: 0, y: y, style: Style(.heading, bold: true, reverse: selected))
            }
            // The mark number, then a space, then the outlet.
            var x = 2
            buffer.put(Ellipsis.fit(a.outlet ?? "?", width: outletWidth - 2), x: x, y: y, style: Style(.heading, bold: true, reverse: selected),
                       maxWidth: outletWidth - 2)
            x += outletWidth - 1
            if dateWidth > 0 {
                let date = withTime ? dateText(a.published) : String(dateText(a.published).prefix(10))
                buffer.put(date, x: x, y: y, style: Style(.dim, reverse: selected), maxWidth: dateWidth - 1)
                x += dateWidth
            }
            if buffer.width >= 60 {
                // Claims found in the article.
                let count = a.claims.isEmpty ? "" : String(a.claims.count)
                buffer.put(String(repeating: " ", count: max(0, 3 - count.count)) + count, x: x, y: y, style: Style(.claimDirect, reverse: selected))
                x += 4
            }
            // ⚠: the headline's number differs from the article's opening.
            if !state.headlineConflicts[visible[k]].isEmpty {
                buffer.put("⚠", x: x, y: y, style: Style(.notice, bold: true, reverse: selected))
            }
            x += 2
            let title = (a.title ?? "(no title)") + (a.titleInferred ? " ·" : "")
            buffer.put(Ellipsis.fit(title, width: buffer.width - x - 1), x: x, y: y, style: base, maxWidth: buffer.width - x - 1)
        }
    }

    static func dateText(_ d: PublishedDate?) -> String {
        guard let d else { return "—" }
        let day = d.iso8601.prefix(10)
        if let h = d.hour, let m = d.minute {
            return day + " " + (h < 10 ? "0" : "") + String(h) + ":" + (m < 10 ? "0" : "") + String(m)
        }
        return String(day)
    }
}
