import KabarCore

/// The library's keys: moving, opening, filtering, sorting, marking, columns and compare of the
/// selection, the entity and story screens.
// (One file per screen; `update` in Update.swift dispatches to them.)

func library(_ state: inout AppState, _ key: Key, _ count: Int) {
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
    case .character("/"):
        state.isFiltering = true
        state.filterBeforeEditing = state.filter
        if state.textIndex == nil { startWork(&state, .foldTexts) }
    case .escape: state.filter = ""; state.cursor = 0; updateTextMatches(&state)
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
    case .character("D"):
        // The desk over the marked articles, or the library as shown (a story, a filter) when it is small.
        let visible = state.visibleArticles
        let chosen = state.marked.count >= 2 ? state.marked : visible
        guard chosen.count >= 2, chosen.count <= 60 else {
            state.notice = "D needs two to 60 articles: mark them with m, or open a story (t) or filter (/)"
            break
        }
        openDesk(&state, chosen)
    case .character("O"):
        // The outlets of the marked articles (the first two different ones), or of the selected article and the next of another outlet.
        let visible = state.visibleArticles
        let candidates = state.marked + (state.cursor < visible.count ? Array(visible[state.cursor...]) : [])
        var names: [String] = []
        for k in candidates { if let o = state.articles[k].outlet, !names.contains(o) { names.append(o) }; if names.count == 2 { break } }
        guard names.count == 2 else { state.notice = "O needs two outlets: mark an article of each with m"; break }
        openOutlets(&state, names[0], names[1])
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
    case .character("!"):
        // The inputs that could not be read, each with its reason.
        guard !state.skipped.isEmpty else { state.notice = "every input was read"; break }
        state.skippedTop = 0
        state.screenStack.append(.skipped)
        return
    case .character("q"):
        // A story's articles go back to the story list; the whole library quits.
        if state.storyFilter != nil { leaveStory(&state); return }
        // Marks are work in progress: the first q asks, a second quits (Q quits at once).
        if !state.marked.isEmpty && !state.quitAsked {
            state.quitAsked = true
            state.notice = "\(state.marked.count) article\(state.marked.count == 1 ? " is" : "s are") marked: q again quits, any other key stays"
            return
        }
        state.wantsQuit = true
    default: unknown(&state, key)
    }
    clampLibrary(&state)
}

/// Two to four articles side by side, each scrolled to its top, the first focused.
func openColumns(_ state: inout AppState, _ indexes: [Int]) {
    state.screenStack.append(.columns(articleIndexes: indexes))
    state.columnTops = Array(repeating: 0, count: indexes.count)
    state.focusedColumn = 0
}

/// From a story's articles back to the story list, the library unfiltered.
func leaveStory(_ state: inout AppState) {
    state.screenStack.removeLast()
    state.storyFilter = nil
    state.cursor = 0
    state.libraryTop = 0
}

func openSelected(_ state: inout AppState) {
    let visible = state.visibleArticles
    guard state.cursor < visible.count else { return }
    state.screenStack.append(.reader(articleIndex: visible[state.cursor]))
    state.readerTop = 0
    state.claimCursor = nil
}

func clampLibrary(_ state: inout AppState) {
    let n = state.visibleArticles.count
    state.cursor = min(max(0, state.cursor), max(0, n - 1))
    let rows = max(1, state.height - 2)
    state.libraryTop = scrolledTop(state.libraryTop, showing: state.cursor, rows: rows)
    state.libraryTop = max(0, min(state.libraryTop, max(0, n - rows)))
}
