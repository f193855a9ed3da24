import KabarCore

/// Two outlets over the collection (`O`): one block per story both covered (who published first,
/// claims only one carries, numbers reported differently, sources only one quotes), then the
/// sources only each quotes and who repeats whose prose. A spinner while the comparison is made.
enum OutletsView {
    /// Rows of text below the title bar on a screen `height` tall.
    static func viewport(height: Int) -> Int { max(1, height - 2) }

    /// The lines of the screen and, for each, the story it belongs to (nil: the summary).
    static func lines(_ c: OutletComparison, width: Int) -> [(text: String, story: Int?, isTitle: Bool, conflicting: Bool)] {
        var out: [(String, Int?, Bool, Bool)] = []
        for (k, row) in c.stories.enumerated() {
            out.append((row.title, k, true, false))
            var facts: [String] = []
            if let d = row.dates(c.first, c.second) { facts.append(d) }
            if let e = row.earlier { facts.append("\(e) first") }
            facts.append("claims only \(c.first) \(row.claimsOnlyFirst), only \(c.second) \(row.claimsOnlySecond)")
            out.append(("  " + facts.joined(separator: " · "), k, false, false))
            for n in row.numbers { out.append(("  ≠ " + n, k, false, true)) }
            if !row.speakersOnlyFirst.isEmpty { out.append(("  only \(c.first) quotes " + row.speakersOnlyFirst.joined(separator: ", "), k, false, false)) }
            if !row.speakersOnlySecond.isEmpty { out.append(("  only \(c.second) quotes " + row.speakersOnlySecond.joined(separator: ", "), k, false, false)) }
        }
        func sources(_ list: [(String, Int)]) -> String { list.isEmpty ? "none" : list.prefix(6).map { "\($0.0) (\($0.1))" }.joined(separator: ", ") }
        out.append(("", nil, false, false))
        out.append(("Sources only \(c.first) quotes: " + sources(c.sourcesOnlyFirst), nil, false, false))
        out.append(("Sources only \(c.second) quotes: " + sources(c.sourcesOnlySecond), nil, false, false))
        out.append(("Prose repeated: \(c.second) repeats \(c.first) \(c.secondRepeatsFirst)×, \(c.first) repeats \(c.second) \(c.firstRepeatsSecond)×"
                    + (c.sharedUnordered > 0 ? ", \(c.sharedUnordered) shared, order unknown" : ""), nil, false, false))
        return out
    }

    static func draw(_ state: AppState, into buffer: inout Buffer) {
        let names = state.outlets.names ?? ("?", "?")
        guard let c = state.outlets.comparison else {
            TitleBar.draw("kabar — \(names.0) and \(names.1)", right: "", into: &buffer)
            let frame = Spinner.frames[state.spinnerFrame % Spinner.frames.count]
            buffer.put("\(frame) comparing the two outlets' coverage…", x: 2, y: 2, style: Style(.dim))
            return
        }
        TitleBar.draw("kabar — \(c.first) (\(c.articlesFirst)) and \(c.second) (\(c.articlesSecond))",
                      right: buffer.width >= 70 ? "\(c.stories.count) stor\(c.stories.count == 1 ? "y" : "ies") both covered" : "", into: &buffer)
        let all = lines(c, width: buffer.width)
        let rows = viewport(height: buffer.height)
        // The selected story's title on screen, moving as little as possible.
        let selectedLine = all.firstIndex { $0.story == state.outlets.cursor && $0.isTitle } ?? 0
        let top = selectedLine < rows ? 0 : min(selectedLine, max(0, all.count - rows))
        for line in 0..<rows {
            let k = top + line
            guard k < all.count else { break }
            let l = all[k], y = line + 1
            let selected = l.story == state.outlets.cursor && !c.stories.isEmpty
            if selected && l.isTitle { buffer.fill(y: y, style: Style(.selection, reverse: true)) }
            let style = l.isTitle ? Style(.heading, bold: true, reverse: selected) : Style(l.conflicting ? .conflict : .text)
            buffer.put(l.text, x: 1, y: y, style: style, maxWidth: buffer.width - 2)
        }
    }
}
