import KabarCore

/// The outlets screen's keys: move between the stories both covered, Enter opens their two
/// articles side by side (compare), q back.
// (One file per screen; `update` in Update.swift dispatches to them.)

func openOutlets(_ state: inout AppState, _ first: String, _ second: String) {
    if state.outlets.names?.0 != first || state.outlets.names?.1 != second {
        state.outlets.names = (first, second)
        state.outlets.comparison = nil
        state.outlets.cursor = 0
        startWork(&state, .compareOutlets(first, second))
    }
    state.screenStack.append(.outlets)
}

func outlets(_ state: inout AppState, _ key: Key, _ count: Int) {
    let stories = state.outlets.comparison?.stories ?? []
    let page = max(1, OutletsView.viewport(height: state.height) / 3)
    if let moved = Movement.apply(key, to: state.outlets.cursor, count: count, page: page, last: stories.count - 1) {
        state.outlets.cursor = min(max(0, stories.count - 1), max(0, moved))
        return
    }
    switch key {
    case .enter, .right, .character("l"):
        guard state.outlets.cursor < stories.count else { break }
        let row = stories[state.outlets.cursor]
        openCompare(&state, row.first, row.second)
        return
    case .character("q"), .escape, .left, .character("h"): state.screenStack.removeLast(); return
    default: unknown(&state, key)
    }
}
