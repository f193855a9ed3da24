import KabarCore

/// The compare screen's keys (differences, swapping sides) and the columns screen's (focus, scrolling).
// (One file per screen; `update` in Update.swift dispatches to them.)

/// Opens the compare screen at once; the two articles are aligned in the background (a spinner until then).
func openCompare(_ state: inout AppState, _ left: Int, _ right: Int) {
    state.screenStack.append(.compare(left: left, right: right))
    align(&state, left, right, keeping: nil)
}

/// Asks for the alignment of `left` against `right`, to be shown when it arrives.
private func align(_ state: inout AppState, _ left: Int, _ right: Int, keeping row: Int?) {
    state.compare.comparison = nil
    state.compare.top = 0
    state.compare.waiting = CompareScreen.Pair(left: left, right: right)
    state.compare.rowToKeep = row
    startWork(&state, .alignPair(left: left, right: right))
}

func compare(_ state: inout AppState, _ key: Key, _ count: Int) {
    guard let comparison = state.compare.comparison else {
        // Still aligning: q and Esc leave (the alignment, when it arrives, is dropped); other keys wait.
        if key == .character("q") || key == .escape {
            state.screenStack.removeLast()
            state.compare.waiting = nil
        }
        return
    }
    let page = max(1, CompareView.viewport(height: state.height) - 1)
    if let moved = Movement.apply(key, to: state.compare.top, count: count, page: page, last: Int.max / 2) {
        state.compare.top = moved
        clampCompare(&state)
        return
    }
    switch key {
    case .character("n"), .character("]"):
        if let next = comparison.differenceStarts.first(where: { $0 > state.compare.top }) { state.compare.top = next }
    case .character("N"), .character("["):
        if let previous = comparison.differenceStarts.last(where: { $0 < state.compare.top }) { state.compare.top = previous }
    case .character("s"):
        // Swap the sides, staying at the same difference: the row at the top stays at the top.
        let lines = comparison.layout.lines
        let row = lines.indices.contains(state.compare.top) ? lines[state.compare.top...].lazy.compactMap(\.row).first : nil
        state.screenStack[state.screenStack.count - 1] = .compare(left: comparison.right, right: comparison.left)
        align(&state, comparison.right, comparison.left, keeping: row)
        return
    case .character("w"):
        state.compare.showsAllWords.toggle()
        state.notice = state.compare.showsAllWords ? "every differing word marked" : "only differing numbers, dates and names marked"
    case .character("q"), .escape:
        state.screenStack.removeLast()
        state.compare.comparison = nil
        return
    default: unknown(&state, key)
    }
    clampCompare(&state)
}

func clampCompare(_ state: inout AppState) {
    guard case .compare = state.screen, let comparison = state.compare.comparison else { return }
    let rows = CompareView.viewport(height: state.height)
    state.compare.top = max(0, min(state.compare.top, max(0, comparison.layout.lines.count - rows)))
}

func columns(_ state: inout AppState, _ key: Key, _ count: Int, _ indexes: [Int]) {
    let page = max(1, ColumnsScreen.viewport(height: state.height) - 1)
    func scroll(_ delta: Int) {
        for k in state.columns.tops.indices where state.columns.scrollsTogether || k == state.columns.focused {
            state.columns.tops[k] = max(0, state.columns.tops[k] + delta)
        }
    }
    switch key {
    case .down, .character("j"): scroll(count)
    case .up, .character("k"): scroll(-count)
    case .pageDown, .character(" "): scroll(page)
    case .pageUp, .character("b"): scroll(-page)
    case .home, .character("g"): scroll(-Int.max / 4)
    case .end, .character("G"): scroll(Int.max / 4)   // each column then stops at its own end, below
    case .tab, .right, .character("l"): state.columns.focused = (state.columns.focused + 1) % indexes.count
    case .left, .character("h"): state.columns.focused = (state.columns.focused + indexes.count - 1) % indexes.count
    case .character("a"): state.columns.scrollsTogether.toggle()
    case .character("d"):
        // The focused column against the next one.
        openCompare(&state, indexes[state.columns.focused], indexes[(state.columns.focused + 1) % indexes.count])
        return
    case .character("q"), .escape: state.screenStack.removeLast(); return
    default: unknown(&state, key)
    }
    // Each column stops at its own end.
    let layout = ColumnsView.layout(width: state.width, count: indexes.count)
    for (k, index) in indexes.enumerated() where k < state.columns.tops.count {
        let total = state.cachedReaderLines(ReaderLineKey(article: index, width: layout[k].width + 2, showsBoilerplate: false)).count
        state.columns.tops[k] = min(state.columns.tops[k], max(0, total - ColumnsScreen.viewport(height: state.height)))
    }
}
