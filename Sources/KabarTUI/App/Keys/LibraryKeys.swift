import KabarCore

/// The library's keys: moving, opening, filtering, sorting, marking, columns and compare of the
/// selection, the entity and story screens.
// (One file per screen; `update` in Update.swift dispatches to them.)

func library(_ state: inout AppState, _ key: Key, _ count: Int) {
    let n = state.visibleArticles.count
    let page = max(1, LibraryScreen.viewport(height: state.height) - 1)
    switch key {
    case .down, .character("j"): state.library.cursor = min(max(0, n - 1), state.library.cursor + count)
    case .up, .character("k"): state.library.cursor = max(0, state.library.cursor - count)
    case .pageDown, .character(" "): state.library.cursor = min(max(0, n - 1), state.library.cursor + page)
    case .pageUp, .character("b"): state.library.cursor = max(0, state.library.cursor - page)
    case .home, .character("g"): state.library.cursor = 0
    case .end, .character("G"): state.library.cursor = max(0, n - 1)
    case .enter, .right, .character("l"): openSelected(&state)
    case .character("/"):
        state.library.isFiltering = true
        state.library.filterBeforeEditing = state.library.filter
        if state.textIndex == nil { startWork(&state, .foldTexts) }
    case .escape: state.library.filter = ""; state.library.cursor = 0; updateTextMatches(&state)
    case .character("s"):
        let all = AppState.SortOrder.allCases
        state.library.sortOrder = all[(all.firstIndex(of: state.library.sortOrder)! + 1) % all.count]
        state.library.cursor = 0
    case .character("m"):
        let visible = state.visibleArticles
        guard state.library.cursor < visible.count else { break }
        let index = visible[state.library.cursor]
        if let at = state.library.marked.firstIndex(of: index) {
            state.library.marked.remove(at: at)
        } else if state.library.marked.count < 4 {
            state.library.marked.append(index)
        } else {
            state.notice = "four articles are marked already: m on a marked one unmarks it"
        }
    case .character("c"):
        // The marked articles, or the selected one and the next when fewer than two are marked.
        let visible = state.visibleArticles
        var indexes = state.library.marked
        if indexes.count < 2, state.library.cursor < visible.count {
            indexes = [visible[state.library.cursor]] + (state.library.cursor + 1 < visible.count ? [visible[state.library.cursor + 1]] : [])
        }
        guard indexes.count >= 2 else { state.notice = "c needs two articles: mark them with m (or select one with another after it)"; break }
        openColumns(&state, indexes)
    case .character("d"):
        // The first two marked articles, or the selected one and the next.
        let visible = state.visibleArticles
        var pair = Array(state.library.marked.prefix(2))
        if pair.count < 2, state.library.cursor < visible.count {
            pair = [visible[state.library.cursor]] + (state.library.cursor + 1 < visible.count ? [visible[state.library.cursor + 1]] : [])
        }
        guard pair.count == 2 else { state.notice = "d needs two articles: mark them with m (or select one with another after it)"; break }
        openCompare(&state, pair[0], pair[1])
    case .character("D"):
        // The desk over the marked articles, or the library as shown (a story, a filter) when it is small.
        let visible = state.visibleArticles
        let chosen = state.library.marked.count >= 2 ? state.library.marked : visible
        guard chosen.count >= 2, chosen.count <= 60 else {
            state.notice = "D needs two to 60 articles: mark them with m, or open a story (t) or filter (/)"
            break
        }
        openDesk(&state, chosen)
    case .character("O"):
        // The outlets of the marked articles (the first two different ones), or of the selected article and the next of another outlet.
        let visible = state.visibleArticles
        let candidates = state.library.marked + (state.library.cursor < visible.count ? Array(visible[state.library.cursor...]) : [])
        var names: [String] = []
        for k in candidates { if let o = state.articles[k].outlet, !names.contains(o) { names.append(o) }; if names.count == 2 { break } }
        guard names.count == 2 else { state.notice = "O needs two outlets: mark an article of each with m"; break }
        openOutlets(&state, names[0], names[1])
    case .character("e"):
        if state.entityTable == nil { startWork(&state, .findEntities) }
        state.entityList = EntityListScreen()
        state.screenStack.append(.entities)
    case .character("t") where state.library.storyFilter != nil:
        leaveStory(&state)   // already inside a story: back to the story list
        return
    case .character("t"):
        if state.stories == nil { startWork(&state, .groupStories) }
        state.screenStack.append(.stories)
        clampStories(&state)
        return
    case .character("L"):
        openLedgerScreen(&state)
        return
    case .character("!"):
        // The inputs that could not be read, each with its reason.
        guard !state.skipped.isEmpty else { state.notice = "every input was read"; break }
        state.skippedList.top = 0
        state.screenStack.append(.skipped)
        return
    case .character("q"):
        // A story's articles go back to the story list; the whole library quits.
        if state.library.storyFilter != nil { leaveStory(&state); return }
        // Marks are work in progress: the first q asks, a second quits (Q quits at once).
        if !state.library.marked.isEmpty && !state.quitAsked {
            state.quitAsked = true
            state.notice = "\(state.library.marked.count) article\(state.library.marked.count == 1 ? " is" : "s are") marked: q again quits, any other key stays"
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
    state.columns.open(columns: indexes.count)
}

/// From a story's articles back to the story list, the library as it was before the story was
/// opened (its cursor, filter and sort), with the marks made since.
func leaveStory(_ state: inout AppState) {
    state.screenStack.removeLast()
    if var outside = state.storyList.libraryOutside {
        outside.marked = state.library.marked
        state.library = outside
    } else {
        state.library.storyFilter = nil
        state.library.toFirstRow()
    }
    state.storyList.libraryOutside = nil
}

func openSelected(_ state: inout AppState) {
    let visible = state.visibleArticles
    guard state.library.cursor < visible.count else { return }
    state.screenStack.append(.reader(articleIndex: visible[state.library.cursor]))
    state.reader = .atTop
    startNumberConflicts(&state)
}

func clampLibrary(_ state: inout AppState) {
    state.library.clamp(rowCount: state.visibleArticles.count, height: state.height)
}
