/// The keys, each with what it does, wrapped to the width; it scrolls on a short terminal.
enum HelpView {
    static let keys: [(String, String)] = [
        ("↑ ↓ / j k", "move or scroll one line"),
        ("PgUp PgDn / b Space", "move or scroll one page"),
        ("Home End / g G", "first or last"),
        ("Enter / l →", "open the selected article"),
        ("q / Esc / h ←", "back (q in the library quits, asking first when articles are marked); leaving a screen still working stops its work"),
        ("Q / Ctrl-C", "quit"),
        ("/", "library: filter by words in the title, outlet or text; reader: search the article's text, every hit marked"),
        ("n N", "reader, while a search has hits: next or previous hit (Esc clears the search)"),
        ("s", "sort the library: file order, newest first, oldest first, outlet"),
        ("t", "stories: the articles grouped by the event they report, several outlets first; Enter lists a story's articles, c shows them in columns, d compares its first two"),
        ("n p", "next or previous article in the reader"),
        ("B", "show or hide page boilerplate (dimmed)"),
        ("] [", "next or previous claim in the reader"),
        ("C", "show or hide the panel listing the article's claims"),
        ("o", "reader: open the article's web address in $BROWSER (or xdg-open)"),
        ("y", "reader: copy the selected claim as a citation (speaker, quote, outlet, date, address) to the clipboard"),
        ("v", "reader, claim details, desk: set the selected claim's verdict (each v the next label: Benar … Hoaks), saved at once to the ledger in $XDG_DATA_HOME/kabar"),
        ("N E", "reader, claim details, desk, on a claim with a verdict: write its note, add an evidence link (typed in the status bar, Enter saves)"),
        ("Enter / i", "reader: the selected claim in full (speaker, role, cue, via chain) beside the other outlets' versions of it, differing numbers and dates marked; Enter on a version reads it there"),
        ("m c", "mark up to four articles, show them in columns"),
        ("Tab a", "columns: move focus, scroll all or one"),
        ("d", "compare two articles side by side (the first two marked, the selected and the next, or the focused column and the next)"),
        ("n N / ] [", "compare: next or previous difference"),
        ("e", "entities: type to search any spelling, Enter shows claims by and about it and its mentions, Enter again reads there"),
        ("s", "compare: swap the sides"),
        ("w", "compare: mark every differing word, or only numbers, dates and names (the default)"),
        ("!", "library: the inputs that could not be read (which file or record, and why)"),
        ("D", "library: the desk for the marked articles (or the library as shown): numbers, dates, speakers, reused text, source chains, timeline; Enter reads it there"),
        ("L", "library: the ledger, every verdict you set (newest first), each marked detached when this collection's article no longer has the claim, or elsewhere when the article is not in it; f shows one verdict label at a time; Enter reads the claim there"),
        ("O", "library: two outlets (of the marked articles) compared: the stories both covered and what differs; Enter shows the two articles side by side"),
        ("?", "this help"),
        ("mouse", "click selects, click again opens, wheel scrolls"),
    ]

    /// The help text laid out for a width: each line's text, column, and the key it starts with.
    static func lines(width: Int) -> [(text: String, x: Int, key: String?)] {
        // Keys in a column of their own when there is room, above their description otherwise;
        // descriptions wrap instead of being cut.
        let wide = width >= 60
        let textX = wide ? 25 : 4
        var out: [(String, Int, String?)] = []
        for entry in keys {
            let wrapped = TextWrapper.wrap(entry.1, width: max(10, width - textX - 1))
            if wide {
                // The description's first line shares the key's line.
                let gap = String(repeating: " ", count: max(1, textX - 2 - DisplayWidth.of(entry.0)))
                out.append((entry.0 + gap + (wrapped.first ?? ""), 2, entry.0))
                for line in wrapped.dropFirst() { out.append((line, textX, nil)) }
            } else {
                out.append((entry.0, 2, entry.0))
                for line in wrapped { out.append((line, textX, nil)) }
            }
        }
        return out
    }

    /// Lines of keys under the title bar and a blank line, above the status bar.
    static func viewport(height: Int) -> Int { max(0, height - 3) }

    static func draw(_ state: AppState, into buffer: inout Buffer) {
        let all = lines(width: buffer.width)
        let rows = viewport(height: buffer.height)
        // "↓ more" only while lines remain below the screen (not at the bottom).
        TitleBar.draw("kabar — keys", right: all.count > state.help.top + rows ? "↓ more" : "", into: &buffer)
        for row in 0..<max(0, rows) {
            let k = state.help.top + row
            guard k < all.count else { break }
            let line = all[k]
            // The key in bold, its description plain.
            buffer.put(line.text, x: line.x, y: row + 2, style: .plain, maxWidth: max(0, buffer.width - line.x - 1))
            if let key = line.key {
                buffer.put(key, x: line.x, y: row + 2, style: Style(.heading, bold: true), maxWidth: max(0, buffer.width - line.x - 1))
            }
        }
    }
}
