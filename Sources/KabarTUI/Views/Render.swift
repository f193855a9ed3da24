import KabarCore

/// Draws the whole screen for a state into a new buffer. Pure: same state, same cells.
public func render(_ state: AppState) -> Buffer {
    var buffer = Buffer(width: state.width, height: state.height)
    guard state.width > 0, state.height > 0 else { return buffer }
    if state.isTooSmall {
        TooSmallView.draw(into: &buffer)
        return buffer
    }
    switch state.screen {
    case .library: LibraryView.draw(state, into: &buffer)
    case .reader(let index): ReaderView.draw(state, article: index, into: &buffer)
    case .columns(let indexes): ColumnsView.draw(state, articles: indexes, into: &buffer)
    case .compare: CompareView.draw(state, into: &buffer)
    case .entities: EntitiesView.draw(state, into: &buffer)
    case .entity(let index): EntityView.draw(state, entity: index, into: &buffer)
    case .claim(let member): ClaimView.draw(state, claim: member, into: &buffer)
    case .stories: StoriesView.draw(state, into: &buffer)
    case .help: HelpView.draw(state, into: &buffer)
    case .skipped: SkippedView.draw(state, into: &buffer)
    case .desk: DeskView.draw(state, into: &buffer)
    case .outlets: OutletsView.draw(state, into: &buffer)
    case .ledger: LedgerView.draw(state, into: &buffer)
    }
    StatusBar.draw(state, into: &buffer)
    return buffer
}

enum TooSmallView {
    static func draw(into buffer: inout Buffer) {
        let lines = ["Terminal too small", "kabar needs \(AppState.minimumWidth)x\(AppState.minimumHeight)", "Q quits"]
        let top = max(0, buffer.height / 2 - 1)
        for (k, line) in lines.enumerated() where top + k < buffer.height {
            let w = DisplayWidth.of(line)
            buffer.put(line, x: max(0, (buffer.width - w) / 2), y: top + k, style: Style(.notice, bold: k == 0))
        }
    }
}

enum TitleBar {
    static func draw(_ text: String, right: String = "", into buffer: inout Buffer) {
        buffer.fill(y: 0, style: Style(.title, reverse: true))
        let rw = DisplayWidth.of(right)
        buffer.put(" " + text, x: 0, y: 0, style: Style(.title, bold: true, reverse: true), maxWidth: max(0, buffer.width - rw - 2))
        if rw > 0 && rw + 2 < buffer.width { buffer.put(right, x: buffer.width - rw - 1, y: 0, style: Style(.title, reverse: true)) }
    }
}

enum StatusBar {
    static func draw(_ state: AppState, into buffer: inout Buffer) {
        let y = buffer.height - 1
        buffer.fill(y: y, style: Style(.statusBar, reverse: true))
        let text: String
        if state.library.isFiltering {
            text = " /" + state.library.filter + "▏  Enter done · Esc cancel"
        } else if let input = state.ledgerInput {
            text = (input.kind == .note ? " note: " : " evidence link: ") + input.text + "▏  Enter save · Esc cancel"
        } else if state.reader.isSearching {
            let found = state.reader.query.isEmpty ? "" : (state.reader.hits.isEmpty ? "not found · " : "\(state.reader.hits.count) found · ")
            text = " /" + state.reader.query + "▏  " + found + "Enter done · Esc cancel"
        } else {
            let keys: String
            switch state.screen {
            case .library:
                let back = state.library.storyFilter != nil ? "q stories · " : ""
                keys = back + "↑↓ move · Enter read · t stories · m mark · c columns · d compare · e entities · / filter · s sort (\(state.library.sortOrder.rawValue)) · ? help"
            case .stories:
                // Which article of the selected story has a headline its opening contradicts.
                let warned = (state.stories?[safe: state.storyList.cursor]?.articleIndexes ?? []).filter { !state.headlineConflicts[$0].isEmpty }
                    .map { state.articles[$0].outlet ?? state.articles[$0].id }
                keys = (warned.isEmpty ? "" : "⚠ \(warned.joined(separator: ", ")): headline number differs from its opening · ")
                    + "↑↓ move · Enter its articles · c columns · d compare its first two · q back"
            case .reader(let index):
                let claims = state.articles[index].claims
                if !state.reader.hits.isEmpty {
                    keys = "“\(state.reader.query)” \(state.reader.hit + 1)/\(state.reader.hits.count) · n N next/previous · Esc clear · / search again"
                } else if let c = state.reader.claimCursor, c < claims.count {
                    let member = ClaimCluster.Member(article: index, claim: c)
                    let others = state.otherOutlets(member)
                    // The verdict set on this claim, or on the same claim as another outlet printed it.
                    let mark = state.verdictMark(member)
                    let verdict: String? = mark.isEmpty ? nil : mark
                    // A number of the claim that other outlets report differently: what they report, after the claim's number.
                    let differing = (state.numberConflicts?.conflicts(article: index, within: claims[c].range) ?? []).first.map { conflict in
                        " · ≠ " + conflict.others.prefix(3).map { "\($0.text) \($0.outlet)\($0.inHeadline ? " (headline)" : "")" }.joined(separator: ", ")
                    } ?? ""
                    let described = ReaderView.describe(claims[c], number: c + 1, of: claims.count, alsoIn: others, hint: "Enter details")
                    let head = described.range(of: " · ").map { String(described[..<$0.lowerBound]) + differing + String(described[$0.lowerBound...]) } ?? described + differing
                    keys = (verdict.map { $0 + " · " } ?? "") + head
                        + " · ] [ claims · v verdict" + (state.verdict(member) != nil ? " · N note · E evidence" : "")
                } else {
                    // A number on screen that other outlets report differently, in a claim or not: what they report.
                    let article = state.articles[index]
                    let conflict = ReaderView.visibleBodyRange(state, article: index, width: buffer.width).flatMap {
                        state.numberConflicts?.conflicts(article: index, within: $0).first
                    }
                    let differing = conflict.map { c -> String in
                        let here = article.body.unicodeScalars.count >= c.range.upperBound
                            ? String(String.UnicodeScalarView(article.body.unicodeScalars.dropFirst(c.range.lowerBound).prefix(c.range.count))) : "a number"
                        return "≠ " + here + " here; " + c.others.prefix(3).map { "\($0.text) \($0.outlet)\($0.inHeadline ? " (headline)" : "")" }.joined(separator: ", ") + " · "
                    } ?? ""
                    keys = "↑↓ scroll · ] [ claims · " + differing + "C claim list · / search · n/p article · B boilerplate · q back · ? help"
                }
            case .columns:
                keys = "↑↓ scroll \(state.columns.scrollsTogether ? "all" : "focused") · Tab focus · a \(state.columns.scrollsTogether ? "scroll one" : "scroll all") · d compare · q back"
            case .compare: keys = "↑↓ scroll both · n/N next/previous difference · w \(state.compare.showsAllWords ? "names and numbers only" : "all words") · s swap sides · q back"
            case .entities: keys = "type to search · ↑↓ move · Enter open · Esc clear/back"
            case .entity: keys = "↑↓ move · Enter read it there · q back"
            case .claim: keys = "↑↓ other outlets · Enter read it there · q back · v verdict · N note · E evidence"
            case .help: keys = "↑↓ scroll · q back"
            case .skipped: keys = "↑↓ scroll · q back"
            case .desk: keys = "↑↓ move · Enter read · q back · v verdict · N note · E evidence"
            case .outlets: keys = "↑↓ stories · Enter the two articles side by side · q back"
            case .ledger: keys = LedgerView.status(state)
            }
            // What the last key did (or why it did nothing) comes first, then the inputs' problems.
            text = " " + (state.notice.map { $0 + " · " } ?? "") + (state.message.map { $0 + " · " } ?? "")
                + (state.backgroundNote.map { $0 + " · " } ?? "") + keys
        }
        buffer.put(text, x: 0, y: y, style: Style(.statusBar, reverse: true), maxWidth: buffer.width)
    }
}

extension Array {
    /// The element at `index`, nil when out of range.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
