import KabarCore

/// The one place app state changes: a pure function of the state and an event.
public func update(_ state: inout AppState, _ event: Event) {
    switch event {
    case .resize(let w, let h):
        state.width = w
        state.height = h
        clampLibrary(&state)
        clampStories(&state)
        clampReader(&state)
        // The line numbers changed with the width: keep the selected claim in view.
        if case .reader(let index) = state.screen, index < state.articles.count { revealClaim(&state, index) }
        if var comparison = state.comparison {
            // Keep the same alignment row at the top.
            let lines = comparison.layout.lines
            let row = lines.indices.contains(state.compareTop) ? (lines[state.compareTop].row ?? lines[(state.compareTop + 1) % max(1, lines.count)].row) : nil
            comparison.resize(to: w, articles: state.articles)
            state.comparison = comparison
            if let row, row < comparison.layout.rowStarts.count { state.compareTop = comparison.layout.rowStarts[row] }
        }
        clampCompare(&state)
        return
    case .wheel(let up):
        handle(&state, up ? .up : .down, repeating: 3)
        return
    case .click(_, let y):
        if state.screen == .library {
            let row = y - 1 + state.libraryTop   // row 0 is the title bar
            if row >= 0 && row < state.visibleArticles.count {
                if row == state.cursor { openSelected(&state) } else { state.cursor = row }
            }
        }
        if state.screen == .stories {
            let row = y - 1 + state.storyTop
            if row >= 0 && row < (state.stories?.count ?? 0) {
                if row == state.storyCursor { handle(&state, .enter, repeating: 1) } else { state.storyCursor = row }
            }
        }
        return
    case .key(let key):
        handle(&state, key, repeating: 1)
    }
}

private func handle(_ state: inout AppState, _ key: Key, repeating count: Int) {
    if key == .interrupt { state.wantsQuit = true; return }
    state.notice = nil
    if state.isFiltering {
        switch key {
        case .enter: state.isFiltering = false
        case .escape:
            // Esc cancels the edit: the filter as it was before `/`.
            state.isFiltering = false
            state.filter = state.filterBeforeEditing
            state.cursor = 0; state.libraryTop = 0
        case .backspace: if !state.filter.isEmpty { state.filter.removeLast() }; state.cursor = 0; state.libraryTop = 0
        case .character(let c): state.filter.append(c); state.cursor = 0; state.libraryTop = 0
        default: break
        }
        return
    }
    if case .character("Q") = key { state.wantsQuit = true; return }
    if case .character("?") = key, state.screen != .help { state.screenStack.append(.help); state.helpTop = 0; return }
    switch state.screen {
    case .library: library(&state, key, count)
    case .reader(let index): reader(&state, key, count, index)
    case .columns(let indexes): columns(&state, key, count, indexes)
    case .compare: compare(&state, key, count)
    case .entities: entities(&state, key, count)
    case .entity(let index): entity(&state, key, count, index)
    case .claim(let member): claimDetails(&state, key, count, member)
    case .stories: stories(&state, key, count)
    case .help:
        switch key {
        case .character("q"), .escape, .character("?"), .enter: state.screenStack.removeLast()
        case .down, .character("j"), .pageDown, .character(" "):
            let rows = HelpView.lines(width: state.width).count
            state.helpTop = min(state.helpTop + (key == .down || key == .character("j") ? count : max(1, state.height - 4)),
                                max(0, rows - (state.height - 3)))
        case .up, .character("k"), .pageUp, .character("b"):
            state.helpTop = max(0, state.helpTop - (key == .up || key == .character("k") ? count : max(1, state.height - 4)))
        case .home, .character("g"): state.helpTop = 0
        case .end, .character("G"): state.helpTop = max(0, HelpView.lines(width: state.width).count - (state.height - 3))
        default: break
        }
    }
}

private func library(_ state: inout AppState, _ key: Key, _ count: Int) {
    let n = state.visibleArticles.count
    let page = max(1, state.height - 3)
    switch key {
    case .down, .character("j"): state.cursor = min(max(0, n - 1), state.cursor + count)
    case .up, .character("k"): state.cursor = max(0, state.cursor - count)
    case .pageDown, .character(" "): state.cursor = min(max(0, n - 1), state.cursor + page)
    case .pageUp, .character("b"): state.cursor = max(0, state.cursor - page)
    case .home, .character("g"): state.cursor = 0
    case .end, .character("G"): state.cursor = max(0, n - 1)
    case .enter, .right, .character("l"): openSelected(&state)
    case .character("/"): state.isFiltering = true; state.filterBeforeEditing = state.filter
    case .escape: state.filter = ""; state.cursor = 0
    case .character("s"):
        let all = AppState.SortOrder.allCases
        state.sortOrder = all[(all.firstIndex(of: state.sortOrder)! + 1) % all.count]
        state.cursor = 0
    case .character("m"):
        let visible = state.visibleArticles
        guard state.cursor < visible.count else { break }
        let index = visible[state.cursor]
        if let at = state.marked.firstIndex(of: index) {
            state.marked.remove(at: at)
        } else if state.marked.count < 4 {
            state.marked.append(index)
        } else {
            state.notice = "four articles are marked already: m on a marked one unmarks it"
        }
    case .character("c"):
        // The marked articles, or the selected one and the next when fewer than two are marked.
        let visible = state.visibleArticles
        var indexes = state.marked
        if indexes.count < 2, state.cursor < visible.count {
            indexes = [visible[state.cursor]] + (state.cursor + 1 < visible.count ? [visible[state.cursor + 1]] : [])
        }
        guard indexes.count >= 2 else { state.notice = "c needs two articles: mark them with m (or select one with another after it)"; break }
        openColumns(&state, indexes)
    case .character("d"):
        // The first two marked articles, or the selected one and the next.
        let visible = state.visibleArticles
        var pair = Array(state.marked.prefix(2))
        if pair.count < 2, state.cursor < visible.count {
            pair = [visible[state.cursor]] + (state.cursor + 1 < visible.count ? [visible[state.cursor + 1]] : [])
        }
        guard pair.count == 2 else { state.notice = "d needs two articles: mark them with m (or select one with another after it)"; break }
        openCompare(&state, pair[0], pair[1])
    case .character("e"):
        if state.entityTable == nil { startWork(&state, .findEntities) }
        state.entityFilter = ""
        state.entityCursor = 0
        state.entityTop = 0
        state.screenStack.append(.entities)
    case .character("t") where state.storyFilter != nil:
        leaveStory(&state)   // already inside a story: back to the story list
        return
    case .character("t"):
        if state.stories == nil { startWork(&state, .groupStories) }
        state.screenStack.append(.stories)
        clampStories(&state)
        return
    case .character("q"):
        // A story's articles go back to the story list; the whole library quits.
        if state.storyFilter != nil { leaveStory(&state); return }
        state.wantsQuit = true
    default: unknown(&state, key)
    }
    clampLibrary(&state)
}

/// Two to four articles side by side, each scrolled to its top, the first focused.
private func openColumns(_ state: inout AppState, _ indexes: [Int]) {
    state.screenStack.append(.columns(articleIndexes: indexes))
    state.columnTops = Array(repeating: 0, count: indexes.count)
    state.focusedColumn = 0
}

/// From a story's articles back to the story list, the library unfiltered.
private func leaveStory(_ state: inout AppState) {
    state.screenStack.removeLast()
    state.storyFilter = nil
    state.cursor = 0
    state.libraryTop = 0
}

private func stories(_ state: inout AppState, _ key: Key, _ count: Int) {
    guard let all = state.stories else {
        // Still being grouped: only going back.
        if key == .escape || key == .character("q") || key == .left || key == .character("h") { state.screenStack.removeLast() }
        return
    }
    let page = max(1, state.height - 3)
    switch key {
    case .down, .character("j"): state.storyCursor += count
    case .up, .character("k"): state.storyCursor -= count
    case .pageDown, .character(" "): state.storyCursor += page
    case .pageUp, .character("b"): state.storyCursor -= page
    case .home, .character("g"): state.storyCursor = 0
    case .end, .character("G"): state.storyCursor = all.count - 1
    case .enter, .right, .character("l"):
        guard state.storyCursor < all.count else { break }
        state.storyFilter = state.storyCursor
        state.filter = ""
        state.cursor = 0
        state.libraryTop = 0
        state.screenStack.append(.library)
        return
    case .character("c"), .character("d"):
        // The story's articles in columns (up to four), or its first two compared.
        guard state.storyCursor < all.count else { break }
        let indexes = all[state.storyCursor].articleIndexes
        guard indexes.count >= 2 else { state.notice = "this story is told by one article only"; break }
        if key == .character("c") {
            openColumns(&state, Array(indexes.prefix(4)))
            if indexes.count > 4 { state.notice = "showing the first 4 of its \(indexes.count) articles" }
        } else {
            openCompare(&state, indexes[0], indexes[1])
        }
        return
    case .character("q"), .escape, .left, .character("h"): state.screenStack.removeLast(); return
    default: unknown(&state, key)
    }
    clampStories(&state)
}

private func clampStories(_ state: inout AppState) {
    let n = state.stories?.count ?? 0
    state.storyCursor = min(max(0, state.storyCursor), max(0, n - 1))
    let rows = max(1, state.height - 2)
    state.storyTop = scrolledTop(state.storyTop, showing: state.storyCursor, rows: rows)
    state.storyTop = max(0, min(state.storyTop, max(0, n - rows)))
}

/// Starts background work once; its screen shows a spinner until the result is delivered.
private func startWork(_ state: inout AppState, _ work: Effect) {
    guard !state.pendingWork.contains(work) else { return }
    state.pendingWork.insert(work)
    state.effects.append(work)
}

private func entities(_ state: inout AppState, _ key: Key, _ count: Int) {
    guard let table = state.entityTable else {
        // Still being found: typing goes to the search box, Esc goes back (the work goes on and is kept).
        switch key {
        case .character(let c) where c.isLetter || c.isNumber || c == " " || c == "-": state.entityFilter.append(c)
        case .backspace: if !state.entityFilter.isEmpty { state.entityFilter.removeLast() }
        case .escape where state.entityFilter.isEmpty: state.screenStack.removeLast()
        case .escape: state.entityFilter = ""
        default: break
        }
        return
    }
    let visible = table.matching(state.entityFilter)
    let page = max(1, state.height - 4)
    switch key {
    case .character(let c) where c.isLetter || c.isNumber || c == " " || c == "-":
        state.entityFilter.append(c); state.entityCursor = 0; state.entityTop = 0
    case .backspace:
        if !state.entityFilter.isEmpty { state.entityFilter.removeLast() }
        state.entityCursor = 0; state.entityTop = 0
    case .down: state.entityCursor += count
    case .up: state.entityCursor -= count
    case .pageDown: state.entityCursor += page
    case .pageUp: state.entityCursor -= page
    case .home: state.entityCursor = 0
    case .end: state.entityCursor = visible.count - 1
    case .enter:
        guard state.entityCursor < visible.count else { break }
        state.screenStack.append(.entity(index: visible[state.entityCursor]))
        state.entityItem = 0
        state.entityItemTop = 0
        return
    case .escape:
        if state.entityFilter.isEmpty { state.screenStack.removeLast(); return }
        state.entityFilter = ""; state.entityCursor = 0; state.entityTop = 0
    default: break
    }
    let n = table.matching(state.entityFilter).count
    state.entityCursor = min(max(0, state.entityCursor), max(0, n - 1))
    state.entityTop = scrolledTop(state.entityTop, showing: state.entityCursor, rows: max(1, state.height - 3))
}

/// The first row to show so that `cursor` is on screen, moving `top` as little as possible.
private func scrolledTop(_ top: Int, showing cursor: Int, rows: Int) -> Int {
    if cursor < top { return cursor }
    if cursor >= top + rows { return cursor - rows + 1 }
    return top
}

private func entity(_ state: inout AppState, _ key: Key, _ count: Int, _ index: Int) {
    guard let table = state.entityTable else { state.screenStack.removeLast(); return }
    let items = EntityView.items(table.entities[index], state.articles)
    switch key {
    case .down, .character("j"): state.entityItem += count
    case .up, .character("k"): state.entityItem -= count
    case .pageDown, .character(" "): state.entityItem += max(1, state.height - 5)
    case .pageUp, .character("b"): state.entityItem -= max(1, state.height - 5)
    case .home, .character("g"): state.entityItem = 0
    case .end, .character("G"): state.entityItem = items.count - 1
    case .enter, .right, .character("l"):
        guard state.entityItem < items.count else { break }
        let item = items[state.entityItem]
        openReader(&state, article: item.article, claim: item.claim, at: item.range.lowerBound)
        return
    case .character("q"), .escape, .left, .character("h"): state.screenStack.removeLast(); return
    default: unknown(&state, key)
    }
    state.entityItem = min(max(0, state.entityItem), max(0, items.count - 1))
    // Keep the selected item's line on screen.
    let lines = EntityView.lines(items)
    let rows = max(1, state.height - 3)
    if let line = lines.firstIndex(where: { $0.item == state.entityItem }) {
        if line < state.entityItemTop { state.entityItemTop = max(0, line - 1) }
        if line >= state.entityItemTop + rows { state.entityItemTop = line - rows + 1 }
    }
}

/// Opens the reader on an article with a claim selected (or none), scrolled so body offset
/// `offset` is near the top.
private func openReader(_ state: inout AppState, article: Int, claim: Int?, at offset: Int) {
    state.screenStack.append(.reader(articleIndex: article))
    state.claimCursor = claim
    let lines = state.cachedReaderLines(state.readerKey(article))
    let row = lines.firstIndex { $0.bodyRange?.contains(offset) ?? false } ?? 0
    state.readerTop = max(0, row - 2)
    clampReader(&state)
}

private func openCompare(_ state: inout AppState, _ left: Int, _ right: Int) {
    state.comparison = Comparison(articles: state.articles, left: left, right: right, screenWidth: state.width)
    state.compareTop = 0
    state.screenStack.append(.compare(left: left, right: right))
}

private func compare(_ state: inout AppState, _ key: Key, _ count: Int) {
    guard let comparison = state.comparison else { state.screenStack.removeLast(); return }
    let page = max(1, state.height - 4)
    switch key {
    case .down, .character("j"): state.compareTop += count
    case .up, .character("k"): state.compareTop -= count
    case .pageDown, .character(" "): state.compareTop += page
    case .pageUp, .character("b"): state.compareTop -= page
    case .home, .character("g"): state.compareTop = 0
    case .end, .character("G"): state.compareTop = Int.max / 2
    case .character("n"), .character("]"):
        if let next = comparison.differenceStarts.first(where: { $0 > state.compareTop }) { state.compareTop = next }
    case .character("N"), .character("["):
        if let previous = comparison.differenceStarts.last(where: { $0 < state.compareTop }) { state.compareTop = previous }
    case .character("s"):
        // Swap the sides, staying at the same difference: the row at the top stays at the top.
        let lines = comparison.layout.lines
        let row = lines.indices.contains(state.compareTop) ? lines[state.compareTop...].lazy.compactMap(\.row).first : nil
        state.screenStack[state.screenStack.count - 1] = .compare(left: comparison.right, right: comparison.left)
        let swapped = Comparison(articles: state.articles, left: comparison.right, right: comparison.left, screenWidth: state.width)
        state.comparison = swapped
        state.compareTop = row.flatMap { $0 < swapped.layout.rowStarts.count ? swapped.layout.rowStarts[$0] : nil } ?? 0
    case .character("q"), .escape:
        state.screenStack.removeLast()
        state.comparison = nil
        return
    default: unknown(&state, key)
    }
    clampCompare(&state)
}

private func clampCompare(_ state: inout AppState) {
    guard case .compare = state.screen, let comparison = state.comparison else { return }
    let rows = max(1, state.height - 3)
    state.compareTop = max(0, min(state.compareTop, max(0, comparison.layout.lines.count - rows)))
}

private func columns(_ state: inout AppState, _ key: Key, _ count: Int, _ indexes: [Int]) {
    let page = max(1, state.height - 4)
    func scroll(_ delta: Int) {
        for k in state.columnTops.indices where state.scrollsTogether || k == state.focusedColumn {
            state.columnTops[k] = max(0, state.columnTops[k] + delta)
        }
    }
    switch key {
    case .down, .character("j"): scroll(count)
    case .up, .character("k"): scroll(-count)
    case .pageDown, .character(" "): scroll(page)
    case .pageUp, .character("b"): scroll(-page)
    case .home, .character("g"): scroll(-Int.max / 4)
    case .tab, .right, .character("l"): state.focusedColumn = (state.focusedColumn + 1) % indexes.count
    case .left, .character("h"): state.focusedColumn = (state.focusedColumn + indexes.count - 1) % indexes.count
    case .character("a"): state.scrollsTogether.toggle()
    case .character("d"):
        // The focused column against the next one.
        openCompare(&state, indexes[state.focusedColumn], indexes[(state.focusedColumn + 1) % indexes.count])
        return
    case .character("q"), .escape: state.screenStack.removeLast(); return
    default: unknown(&state, key)
    }
    // Each column stops at its own end.
    let layout = ColumnsView.layout(width: state.width, count: indexes.count)
    for (k, index) in indexes.enumerated() where k < state.columnTops.count {
        let total = state.cachedReaderLines(ReaderLineKey(article: index, width: layout[k].width + 2, showsBoilerplate: false)).count
        state.columnTops[k] = min(state.columnTops[k], max(0, total - (state.height - 3)))
    }
}

private func reader(_ state: inout AppState, _ key: Key, _ count: Int, _ index: Int) {
    let page = max(1, state.height - 3)
    switch key {
    case .down, .character("j"): state.readerTop += count
    case .up, .character("k"): state.readerTop -= count
    case .pageDown, .character(" "): state.readerTop += page
    case .pageUp, .character("b"): state.readerTop -= page
    case .home, .character("g"): state.readerTop = 0
    case .end, .character("G"): state.readerTop = Int.max / 2
    case .character("B"): state.showsBoilerplate.toggle()
    case .character("C"): state.showsClaimPanel.toggle()
    case .enter, .character("i"):
        guard let c = state.claimCursor, c < state.articles[index].claims.count else { break }
        openClaim(&state, ClaimCluster.Member(article: index, claim: c))
        return
    case .character("]"): jumpToClaim(&state, index, forward: true); return
    case .character("["): jumpToClaim(&state, index, forward: false); return
    case .character("n"): moveArticle(&state, by: 1)
    case .character("p"): moveArticle(&state, by: -1)
    case .character("o"):
        // The article's web address in the browser (the run loop opens it and says how it went).
        if let url = WebAddress.checked(state.articles[index].url) {
            state.effects.append(.openURL(url))
            state.notice = "opening \(url)"
        } else {
            state.notice = state.articles[index].url == nil ? "this article has no web address" : "its address is no http(s) link"
        }
    case .character("y"):
        // The selected claim as a citation, to the clipboard through the terminal.
        guard let c = state.claimCursor, c < state.articles[index].claims.count else {
            state.notice = "select a claim with ] first, then y copies it"
            break
        }
        state.effects.append(.copy(Citation.of(state.articles[index].claims[c], in: state.articles[index])))
        state.notice = "claim \(c + 1) copied as a citation (through the terminal: OSC 52)"
    case .character("q"), .escape, .left, .character("h"): state.screenStack.removeLast(); state.readerTop = 0; state.claimCursor = nil
    default: unknown(&state, key)
    }
    clampReader(&state)
}

/// Opens a claim's details beside the other articles' versions of it.
private func openClaim(_ state: inout AppState, _ member: ClaimCluster.Member) {
    state.claimVersions = ClaimVersion.versions(of: member, others: state.sameClaim[member] ?? [], in: state.articles)
    state.versionCursor = 0
    state.claimTop = 0
    state.screenStack.append(.claim(member))
}

private func claimDetails(_ state: inout AppState, _ key: Key, _ count: Int, _ member: ClaimCluster.Member) {
    let lines = ClaimView.lines(state, claim: member, width: state.width)
    let rows = max(1, state.height - 2)
    let versions = state.claimVersions.count
    let before = state.versionCursor
    switch key {
    // Arrows move between versions, and scroll once the first or last is selected.
    case .down, .character("j"), .character("]"):
        if state.versionCursor + 1 < versions { state.versionCursor = min(versions - 1, state.versionCursor + count) } else { state.claimTop += count }
    case .up, .character("k"), .character("["):
        if state.versionCursor > 0 { state.versionCursor = max(0, state.versionCursor - count) } else { state.claimTop -= count }
    case .pageDown, .character(" "): state.claimTop += rows
    case .pageUp, .character("b"): state.claimTop -= rows
    case .home, .character("g"): state.claimTop = 0; state.versionCursor = 0
    case .end, .character("G"): state.claimTop = lines.count; state.versionCursor = max(0, versions - 1)
    case .enter, .right, .character("l"):
        guard state.versionCursor < versions else { break }
        let other = state.claimVersions[state.versionCursor].member
        let range = state.articles[other.article].claims[other.claim].range
        openReader(&state, article: other.article, claim: other.claim, at: range.lowerBound)
        return
    case .character("q"), .escape, .left, .character("h"):
        state.screenStack.removeLast()
        clampReader(&state)
        return
    default: unknown(&state, key)
    }
    // Keep the selected version's header (and a line of its text) on screen when moving between versions.
    if state.versionCursor != before {
        if let header = lines.firstIndex(where: { $0.isVersionHeader && $0.version == state.versionCursor }) {
            if header < state.claimTop { state.claimTop = max(0, header - 1) }
            if header + 2 >= state.claimTop + rows { state.claimTop = header + 3 - rows }
        }
    }
    state.claimTop = max(0, min(state.claimTop, max(0, lines.count - rows)))
}

private func openSelected(_ state: inout AppState) {
    let visible = state.visibleArticles
    guard state.cursor < visible.count else { return }
    state.screenStack.append(.reader(articleIndex: visible[state.cursor]))
    state.readerTop = 0
    state.claimCursor = nil
}

/// Selects the next (or previous) claim and scrolls so its first line is on screen.
private func jumpToClaim(_ state: inout AppState, _ index: Int, forward: Bool) {
    let claims = state.articles[index].claims
    guard !claims.isEmpty else { return }
    if let c = state.claimCursor {
        state.claimCursor = forward ? min(claims.count - 1, c + 1) : max(0, c - 1)
    } else {
        state.claimCursor = forward ? 0 : claims.count - 1
    }
    revealClaim(&state, index)
}

/// Scrolls the reader so the selected claim's first line is on screen (after a jump or a resize).
private func revealClaim(_ state: inout AppState, _ index: Int) {
    guard let claim = state.claimCursor else { return }
    let lines = state.cachedReaderLines(state.readerKey(index))
    if let row = lines.firstIndex(where: { $0.claimIndexes.contains(claim) }) {
        let rows = ReaderView.textRows(state)
        if row < state.readerTop || row >= state.readerTop + rows { state.readerTop = max(0, row - 2) }
    }
    clampReader(&state)
}

private func moveArticle(_ state: inout AppState, by delta: Int) {
    let visible = state.visibleArticles
    guard !visible.isEmpty else { return }
    state.cursor = min(max(0, state.cursor + delta), visible.count - 1)
    state.screenStack[state.screenStack.count - 1] = .reader(articleIndex: visible[state.cursor])
    state.readerTop = 0
    state.claimCursor = nil
}

private func clampLibrary(_ state: inout AppState) {
    let n = state.visibleArticles.count
    state.cursor = min(max(0, state.cursor), max(0, n - 1))
    let rows = max(1, state.height - 2)
    state.libraryTop = scrolledTop(state.libraryTop, showing: state.cursor, rows: rows)
    state.libraryTop = max(0, min(state.libraryTop, max(0, n - rows)))
}

private func clampReader(_ state: inout AppState) {
    guard case .reader(let index) = state.screen, index < state.articles.count else { return }
    let total = state.cachedReaderLines(state.readerKey(index)).count
    let rows = ReaderView.textRows(state)
    state.readerTop = max(0, min(state.readerTop, max(0, total - rows)))
}

/// A key the screen does not use says so, with the way to the list of keys.
private func unknown(_ state: inout AppState, _ key: Key) {
    let name: String
    switch key {
    case .character(let c) where c.isLetter || c.isNumber || c.isPunctuation || c.isSymbol: name = "'\(c)'"
    case .tab: name = "Tab"
    case .left: name = "←"
    case .right: name = "→"
    case .backspace: name = "Backspace"
    default: return
    }
    state.notice = "\(name) does nothing here · ? lists the keys"
}
