import KabarCore

/// The one place app state changes: a pure function of the state and an event. It dispatches a
/// key to its screen's handler (`Keys/`: library, reader, compare and columns, entities,
/// stories; help here).
public func update(_ state: inout AppState, _ event: Event) {
    reduce(&state, event)
    // The library's rows, made again only when its filter, sort or story changed.
    state.library.refreshRows(articles: state.articles, stories: state.stories)
    // And the entity list's matches, made again only when its search changed.
    if let table = state.entityTable { state.entityList.refreshRows(in: table) }
}

private func reduce(_ state: inout AppState, _ event: Event) {
    switch event {
    case .resize(let w, let h):
        state.width = w
        state.height = h
        clampLibrary(&state)
        clampStories(&state)
        clampReader(&state)
        // The line numbers changed with the width: keep the selected claim in view.
        if case .reader(let index) = state.screen, index < state.articles.count { revealClaim(&state, index) }
        if var comparison = state.compare.comparison {
            // Keep the same alignment row at the top.
            let lines = comparison.layout.lines
            let row = lines.indices.contains(state.compare.top) ? (lines[state.compare.top].row ?? lines[(state.compare.top + 1) % max(1, lines.count)].row) : nil
            comparison.resize(to: w, articles: state.articles)
            state.compare.comparison = comparison
            if let row, row < comparison.layout.rowStarts.count { state.compare.top = comparison.layout.rowStarts[row] }
        }
        clampCompare(&state)
        return
    case .wheel(let up):
        handle(&state, up ? .up : .down, repeating: 3)
        return
    case .click(_, let y):
        if state.screen == .library {
            let row = y - 1 + state.library.top   // row 0 is the title bar
            if row >= 0 && row < state.visibleArticles.count {
                if row == state.library.cursor { openSelected(&state) } else { state.library.cursor = row }
            }
        }
        if state.screen == .stories {
            let row = y - 1 + state.storyList.top
            if row >= 0 && row < (state.stories?.count ?? 0) {
                if row == state.storyList.cursor { handle(&state, .enter, repeating: 1) } else { state.storyList.cursor = row }
            }
        }
        return
    case .key(let key):
        handle(&state, key, repeating: 1)
    }
}

/// A key for the screen on top, the screens under it keeping their places (`ScreenPlace`).
private func handle(_ state: inout AppState, _ key: Key, repeating count: Int) {
    let depth = state.screenStack.count
    let before = state.screenStates
    let leaving = state.screen
    dispatch(&state, key, repeating: count)
    let now = state.screenStack.count
    // Left a screen still waiting for its background work (Esc, q): the work stops, its result is dropped.
    if now < depth, let work = Effect.work(of: leaving, in: state), state.pendingWork.contains(work) {
        state.pendingWork.remove(work)
        state.effects.append(.cancel(work))
        state.notice = work.stoppedNote
    }
    // Back on a screen: as it was when the user left it, though one of its kind was opened above it.
    state.keepPlaces(before: before, closed: leaving, depth: depth)
    if now < depth {
        if case .reader = state.screen { clampReader(&state) }
        if case .compare = state.screen, var comparison = state.compare.comparison, comparison.screenWidth != state.width {
            comparison.resize(to: state.width, articles: state.articles)
            state.compare.comparison = comparison
        }
        clampCompare(&state)
    }
}

private func dispatch(_ state: inout AppState, _ key: Key, repeating count: Int) {
    if key == .interrupt { state.wantsQuit = true; return }
    state.notice = nil
    // A question ("q again quits") is answered by the very next key only.
    let asked = state.quitAsked
    state.quitAsked = false
    if asked, key == .character("q"), state.screen == .library { state.wantsQuit = true; return }
    if state.library.isFiltering {
        state.library.editFilter(key)
        updateTextMatches(&state)
        return
    }
    if state.ledgerInput != nil {
        editLedgerInput(&state, key)
        return
    }
    if state.reader.isSearching, case .reader(let index) = state.screen {
        editReaderSearch(&state, key, index)
        return
    }
    // In the entity list every letter is the search's text ("Qatar"); Ctrl-C still quits.
    if case .character("Q") = key, state.screen != .entities { state.wantsQuit = true; return }
    if case .character("?") = key, state.screen != .help { state.screenStack.append(.help); state.help.top = 0; return }
    switch state.screen {
    case .library: library(&state, key, count)
    case .reader(let index): reader(&state, key, count, index)
    case .columns(let indexes): columns(&state, key, count, indexes)
    case .compare: compare(&state, key, count)
    case .entities: entities(&state, key, count)
    case .entity(let index): entity(&state, key, count, index)
    case .claim(let member): claimDetails(&state, key, count, member)
    case .stories: stories(&state, key, count)
    case .desk: desk(&state, key, count)
    case .outlets: outlets(&state, key, count)
    case .ledger: ledger(&state, key, count)
    case .skipped:
        let lines = SkippedView.lines(state, width: state.width).count
        if state.skippedList.scroll(key, count: count, lineCount: lines, viewport: SkippedView.viewport(height: state.height)) { return }
        switch key {
        case .character("q"), .escape, .left, .character("h"), .character("!"): state.screenStack.removeLast()
        default: unknown(&state, key)
        }
    case .help:
        let lines = HelpView.lines(width: state.width).count
        if state.help.scroll(key, count: count, lineCount: lines, viewport: HelpView.viewport(height: state.height)) { return }
        switch key {
        case .character("q"), .escape, .character("?"), .enter: state.screenStack.removeLast()
        default: unknown(&state, key)
        }
    }
}

/// Starts background work once; its screen shows a spinner until the result is delivered.
func startWork(_ state: inout AppState, _ work: Effect) {
    guard !state.pendingWork.contains(work) else { return }
    state.pendingWork.insert(work)
    state.effects.append(work)
}

/// The first row to show so that `cursor` is on screen, moving `top` as little as possible.
func scrolledTop(_ top: Int, showing cursor: Int, rows: Int) -> Int {
    if cursor < top { return cursor }
    if cursor >= top + rows { return cursor - rows + 1 }
    return top
}

/// A key the screen does not use says so, with the way to the list of keys.
func unknown(_ state: inout AppState, _ key: Key) {
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
