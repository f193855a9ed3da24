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
    if let moved = Movement.apply(key, to: state.deskCursor, count: count, page: page, last: rows.count - 1) {
        state.deskCursor = min(max(0, rows.count - 1), max(0, moved))
        state.deskTop = scrolledTop(state.deskTop, showing: state.deskCursor, rows: page)
        return
    }
    switch key {
    case .enter, .right, .character("l"):
        guard state.deskCursor < rows.count, let article = rows[state.deskCursor].article else { break }
        openReader(&state, article: article, claim: rows[state.deskCursor].claim, at: rows[state.deskCursor].offset ?? 0)
        return
    case .character("q"), .escape, .left, .character("h"): state.screenStack.removeLast(); return
    default: unknown(&state, key)
    }
    state.deskTop = scrolledTop(state.deskTop, showing: state.deskCursor, rows: page)
}
