import KabarCore

/// The ledger screen's keys (`L`): moving, `f` to show one label at a time, Enter to read the
/// claim there (or, for a detached verdict, where its words stand), q back.
// (One file per screen; `update` in Update.swift dispatches to them.)

func openLedgerScreen(_ state: inout AppState) {
    guard !state.verdicts.isEmpty else {
        state.notice = "no verdicts yet: v on a claim in the reader sets one"
        return
    }
    var screen = LedgerScreen()
    screen.order = state.verdicts.indices.sorted { (state.verdicts[$0].updated, $0) > (state.verdicts[$1].updated, $1) }
    screen.places = VerdictPlace.of(state.verdicts, in: state.articles)
    state.ledger = screen
    state.screenStack.append(.ledger)
}

func ledger(_ state: inout AppState, _ key: Key, _ count: Int) {
    let rows = state.ledger.rows(state.verdicts)
    let page = LedgerScreen.viewport(height: state.height)
    if Movement.moveList(key, cursor: &state.ledger.cursor, top: &state.ledger.top, count: count, rowCount: rows.count, viewport: page) { return }
    switch key {
    case .character("f"):
        // All labels, then each label of the scale that some verdict carries, then all again.
        let used = state.verdictScale.labels.map(\.name).filter { name in state.verdicts.contains { $0.label == name } }
        let next = state.ledger.label.flatMap { used.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        state.ledger.label = next < used.count ? used[next] : nil
        state.ledger.cursor = 0
        state.ledger.top = 0
        state.notice = state.ledger.label.map { "only “\($0)”" } ?? "every verdict"
    case .enter, .right, .character("l"):
        guard state.ledger.cursor < rows.count else { break }
        let k = rows[state.ledger.cursor]
        switch state.ledger.places[k] {
        case .attached(let article, let claim):
            openReader(&state, article: article, claim: claim, at: state.articles[article].claims[claim].range.lowerBound)
        case .detached(let article, let offset):
            openReader(&state, article: article, claim: nil, at: offset ?? 0)
            state.notice = offset == nil ? "detached: no claim of this article reads so any more, nor does its text"
                : "detached: the words stand here, but kabar no longer reads them as a claim"
        case .elsewhere:
            state.notice = "not in this collection: \(state.verdicts[k].outlet ?? state.verdicts[k].article)"
        }
    case .character("q"), .escape, .left, .character("h"): state.screenStack.removeLast()
    default: unknown(&state, key)
    }
}
