import KabarCore

/// The desk's keys: move between reports, Enter reads the article at the number, v sets the
/// verdict of the row's claim, q back.
// (One file per screen; `update` in Update.swift dispatches to them.)

/// Opens the desk at once; its rows are worked out in the background (a spinner meanwhile).
func openDesk(_ state: inout AppState, _ articles: [Int]) {
    state.desk = DeskScreen()
    state.desk.articles = articles
    state.screenStack.append(.desk)
    startWork(&state, .buildDesk(articles))
}

/// The desk's rows arrived: shown when the desk still waits for these articles.
func deliverDesk(_ content: DeskContent, to state: inout AppState) {
    state.pendingWork.remove(.buildDesk(content.articles))
    guard state.desk.articles == content.articles, state.desk.rows.isEmpty else { return }
    state.desk.rows = content.rows
    state.desk.cursor = content.rows.firstIndex { $0.article != nil } ?? 0
    state.desk.top = 0
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
    case .character("v"), .character("N"), .character("E"):
        guard state.desk.cursor < rows.count, let article = rows[state.desk.cursor].article, let claim = rows[state.desk.cursor].claim,
              claim < state.articles[article].claims.count else {
            state.notice = "this row is no claim; v, N and E work on a row said by someone"
            break
        }
        let member = ClaimCluster.Member(article: article, claim: claim)
        if key == .character("v") { setNextVerdict(&state, member) } else { startLedgerInput(&state, key, member) }
    case .character("q"), .escape, .left, .character("h"): state.screenStack.removeLast(); return
    default: unknown(&state, key)
    }
    state.desk.top = scrolledTop(state.desk.top, showing: state.desk.cursor, rows: page)
}
