import KabarCore

/// The desk's keys: move between reports, Enter reads the article at the number, q back.
// (One file per screen; `update` in Update.swift dispatches to them.)

func openDesk(_ state: inout AppState, _ articles: [Int]) {
    state.deskArticles = articles
    state.deskRows = DeskView.rows(state, articles: articles)
    state.deskCursor = state.deskRows.firstIndex { $0.article != nil } ?? 0
    state.deskTop = 0
    state.screenStack.append(.desk)
}

func desk(_ state: inout AppState, _ key: Key, _ count: Int) {
    let rows = state.deskRows
    let page = DeskView.viewport(height: state.height)
    switch key {
    case .down, .character("j"): state.deskCursor = min(max(0, rows.count - 1), state.deskCursor + count)
    case .up, .character("k"): state.deskCursor = max(0, state.deskCursor - count)
    case .pageDown, .character(" "): state.deskCursor = min(max(0, rows.count - 1), state.deskCursor + page)
    case .pageUp, .character("b"): state.deskCursor = max(0, state.deskCursor - page)
    case .home, .character("g"): state.deskCursor = 0
    case .end, .character("G"): state.deskCursor = max(0, rows.count - 1)
    case .enter, .right, .character("l"):
        guard state.deskCursor < rows.count, let article = rows[state.deskCursor].article else { break }
        openReader(&state, article: article, claim: rows[state.deskCursor].claim, at: rows[state.deskCursor].offset ?? 0)
        return
    case .character("q"), .escape, .left, .character("h"): state.screenStack.removeLast(); return
    default: unknown(&state, key)
    }
    state.deskTop = scrolledTop(state.deskTop, showing: state.deskCursor, rows: page)
}
