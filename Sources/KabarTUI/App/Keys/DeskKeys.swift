import KabarCore

/// The desk's keys: move between reports, Enter reads the article at the number, v sets the
/// verdict of the row's claim, q back.
// (One file per screen; `update` in Update.swift dispatches to them.)

func openDesk(_ state: inout AppState, _ articles: [Int]) {
    state.desk.articles = articles
    state.desk.rows = DeskView.rows(state, articles: articles)
    state.desk.cursor = state.desk.rows.firstIndex { $0.article != nil } ?? 0
    state.desk.top = 0
    state.screenStack.append(.desk)
}

func desk(_ state: inout AppState, _ key: Key, _ count: Int) {
    let rows = state.desk.rows
    let page = DeskView.viewport(height: state.height)
    if Movement.moveList(key, cursor: &state.desk.cursor, top: &state.desk.top, count: count, rowCount: rows.count, viewport: page) { return }
    switch key {
    case .enter, .right, .character("l"):
        guard state.desk.cursor < rows.count, let article = rows[state.desk.cursor].article else { break }
        openReader(&state, article: article, claim: rows[state.desk.cursor].claim, at: rows[state.desk.cursor].offset ?? 0)
        return
    case .character("v"):
        guard state.desk.cursor < rows.count, let article = rows[state.desk.cursor].article, let claim = rows[state.desk.cursor].claim,
              claim < state.articles[article].claims.count else {
            state.notice = "this row is no claim; v sets the verdict of a row said by someone"
            break
        }
        setNextVerdict(&state, ClaimCluster.Member(article: article, claim: claim))
    case .character("q"), .escape, .left, .character("h"): state.screenStack.removeLast(); return
    default: unknown(&state, key)
    }
    state.desk.top = scrolledTop(state.desk.top, showing: state.desk.cursor, rows: page)
}
