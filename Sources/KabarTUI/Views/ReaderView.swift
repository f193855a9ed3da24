import KabarCore

/// One article wrapped to the width: title, a metadata line, then its blocks styled by class.
/// Boilerplate is hidden until `B` shows it dimmed.
enum ReaderView {
    struct Line: Equatable {
        var text: String
        var style: Style
    }

    static func lines(for a: Article, width: Int, showsBoilerplate: Bool) -> [Line] {
        let textWidth = max(10, width - 4)
        var out: [Line] = []
        for l in TextWrapper.wrap(a.title ?? "(no title)", width: textWidth) { out.append(Line(text: l, style: Style(.title, bold: true))) }
        var meta = [a.outlet ?? "unknown outlet", LibraryView.dateText(a.published)]
        if let author = a.author { meta.append(author) }
        if let place = a.dateline { meta.append(place) }
        if a.titleInferred { meta.append("no headline on the page") }
        for l in TextWrapper.wrap(meta.joined(separator: " · "), width: textWidth) { out.append(Line(text: l, style: Style(.dim))) }
        for block in a.blocks {
            let style: Style
            switch block.kind {
            case .headline: continue   // shown as the title
            case .lede: style = Style(.text, bold: true)
            case .body: style = Style(.text)
            case .subheading: style = Style(.heading, bold: true, underline: true)
            case .caption: style = Style(.caption, dim: true)
            case .byline: style = Style(.byline, dim: true)
            case .boilerplate:
                guard showsBoilerplate else { continue }
                style = Style(.boilerplate, dim: true)
            }
            out.append(Line(text: "", style: .plain))
            let prefix = block.kind == .boilerplate ? "░ " : (block.kind == .caption ? "▣ " : "")
            for l in TextWrapper.wrap(prefix + block.text, width: textWidth) { out.append(Line(text: l, style: style)) }
        }
        return out
    }

    static func draw(_ state: AppState, article index: Int, into buffer: inout Buffer) {
        let a = state.articles[index]
        let all = lines(for: a, width: buffer.width, showsBoilerplate: state.showsBoilerplate)
        let rows = buffer.height - 2
        let percent = all.count <= rows ? 100 : min(100, (state.readerTop + rows) * 100 / all.count)
        TitleBar.draw(a.outlet ?? a.id, right: "\(percent)%", into: &buffer)
        for row in 0..<rows {
            let k = state.readerTop + row
            guard k < all.count else { break }
            buffer.put(all[k].text, x: 2, y: row + 1, style: all[k].style, maxWidth: buffer.width - 3)
        }
    }
}

enum HelpView {
    static let keys: [(String, String)] = [
        ("↑ ↓ / j k", "move or scroll one line"),
        ("PgUp PgDn / b Space", "move or scroll one page"),
        ("Home End / g G", "first or last"),
        ("Enter / l →", "open the selected article"),
        ("q / Esc / h ←", "back"),
        ("Q / Ctrl-C", "quit"),
        ("/", "filter the library by title or outlet"),
        ("s", "sort the library: file order, date, outlet"),
        ("n p", "next or previous article in the reader"),
        ("B", "show or hide page boilerplate (dimmed)"),
        ("?", "this help"),
        ("mouse", "click selects, click again opens, wheel scrolls"),
    ]

    static func draw(_ state: AppState, into buffer: inout Buffer) {
        TitleBar.draw("kabar — keys", into: &buffer)
        for (k, entry) in keys.enumerated() where k + 2 < buffer.height - 1 {
            buffer.put(entry.0, x: 2, y: k + 2, style: Style(.heading, bold: true), maxWidth: 22)
            buffer.put(entry.1, x: 25, y: k + 2, style: .plain, maxWidth: max(0, buffer.width - 26))
        }
    }
}
