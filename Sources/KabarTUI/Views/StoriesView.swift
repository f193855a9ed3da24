import KabarCore

/// The stories: articles grouped by the event they report, several outlets first. Each row
/// shows how many articles tell it, the earliest date, the earliest headline, the outlets and
/// the claims found; ⚠ marks a story where a headline number differs from its article's opening.
enum StoriesView {
    static func draw(_ state: AppState, into buffer: inout Buffer) {
        guard let stories = state.stories else {
            TitleBar.draw("kabar — stories", right: "", into: &buffer)
            Spinner.draw("grouping \(counted(state.articles.count, "article")) into stories", state, y: 2, into: &buffer)
            return
        }
        let shared = stories.filter { $0.articleIndexes.count > 1 }.count
        TitleBar.draw("kabar — \(stories.count) stor\(stories.count == 1 ? "y" : "ies"), \(shared) told by several articles",
                      right: buffer.width >= 80 ? "Enter shows its articles" : "", into: &buffer)
        let rows = StoryListScreen.viewport(height: buffer.height)
        let dateWidth = buffer.width >= 70 ? 12 : 0
        for row in 0..<max(0, rows) {
            let k = state.storyList.top + row
            guard k < stories.count else { break }
            let story = stories[k]
            let y = row + 1
            let selected = k == state.storyList.cursor
            if selected { buffer.fill(y: y, style: Style(.selection, reverse: true)) }
            var x = 1
            let count = story.articleIndexes.count
            buffer.put(String(repeating: " ", count: max(0, 3 - String(count).count)) + String(count) + "×", x: x, y: y,
                       style: Style(.heading, bold: count > 1, reverse: selected))
            x += 5
            if dateWidth > 0 {
                buffer.put(story.earliest.map { String($0.iso8601.prefix(10)) } ?? "—", x: x, y: y, style: Style(.dim, reverse: selected))
                x += dateWidth
            }
            let warned = story.articleIndexes.contains { !state.headlineConflicts[$0].isEmpty }
            if warned { buffer.put("⚠", x: x, y: y, style: Style(.notice, bold: true, reverse: selected)) }
            x += 2
            let claims = story.articleIndexes.reduce(0) { $0 + state.articles[$1].claims.count }
            // The outlet whose headline contradicts its own opening carries the ⚠ (the story's title is the
            // earliest report's, maybe not that one).
            let warnedOutlets = Set(story.articleIndexes.filter { !state.headlineConflicts[$0].isEmpty }.compactMap { state.articles[$0].outlet })
            let outlets = story.outlets.map { warnedOutlets.contains($0) ? $0 + " ⚠" : $0 }
            let tail = (outlets.isEmpty ? "" : " — " + outlets.joined(separator: ", ")) + (claims > 0 ? " · \(claims) claim\(claims == 1 ? "" : "s")" : "")
            let x2 = buffer.put(Ellipsis.fit(story.title, width: max(0, buffer.width - x - 1)), x: x, y: y,
                                style: Style(.text, bold: count > 1, reverse: selected), maxWidth: max(0, buffer.width - x - 1))
            buffer.put(tail, x: x2, y: y, style: Style(.dim, reverse: selected), maxWidth: max(0, buffer.width - x2 - 1))
        }
    }
}
