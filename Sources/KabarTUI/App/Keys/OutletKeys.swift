import KabarCore

/// The outlets screen's keys: move between the stories both covered, Enter opens their two
/// articles side by side (compare), q back.
// (One file per screen; `update` in Update.swift dispatches to them.)

func openOutlets(_ state: inout AppState, _ first: String, _ second: String) {
    if state.outletNames?.0 != first || state.outletNames?.1 != second {
        state.outletNames = (first, second)
        state.outletComparison = nil
        state.outletCursor = 0
        startWork(&state, .compareOutlets(first, second))
    }
    state.screenStack.append(.outlets)
}

func outlets(_ state: inout AppState, _ key: Key, _ count: Int) {
    let stories = state.outletComparison?.stories ?? []
    let page = max(1, OutletsView.viewport(height: state.height) / 3)
    if let moved = Movement.apply(key, to: state.outletCursor, count: count, page: page, last: stories.count - 1) {
        state.outletCursor = min(max(0, stories.count - 1), max(0, moved))
        return
    }
    switch key {
    case .enter, .right, .character("l"):
        guard state.outletCursor < stories.count else { break }
        let row = stories[state.outletCursor]
        openCompare(&state, row.first, row.second)
        return
    case .character("q"), .escape, .left, .character("h"): state.screenStack.removeLast(); return
    default: unknown(&state, key)
    }
}
