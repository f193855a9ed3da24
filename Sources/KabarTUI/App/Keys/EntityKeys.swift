import KabarCore

/// The entity list's keys (typing searches) and one entity's claims and mentions.
// (One file per screen; `update` in Update.swift dispatches to them.)

func entities(_ state: inout AppState, _ key: Key, _ count: Int) {
    guard let table = state.entityTable else {
        // Still being found: typing goes to the search box, Esc goes back (the work goes on and is kept).
        switch key {
        case .character(let c) where c.isLetter || c.isNumber || c == " " || c == "-": state.entityFilter.append(c)
        case .backspace: if !state.entityFilter.isEmpty { state.entityFilter.removeLast() }
        case .escape where state.entityFilter.isEmpty: state.screenStack.removeLast()
        case .escape: state.entityFilter = ""
        default: break
        }
        return
    }
    let visible = table.matching(state.entityFilter)
    let page = max(1, state.height - 4)
    switch key {
    case .character(let c) where c.isLetter || c.isNumber || c == " " || c == "-":
        state.entityFilter.append(c); state.entityCursor = 0; state.entityTop = 0
    case .backspace:
        if !state.entityFilter.isEmpty { state.entityFilter.removeLast() }
        state.entityCursor = 0; state.entityTop = 0
    case .down: state.entityCursor += count
    case .up: state.entityCursor -= count
    case .pageDown: state.entityCursor += page
    case .pageUp: state.entityCursor -= page
    case .home: state.entityCursor = 0
    case .end: state.entityCursor = visible.count - 1
    case .enter:
        guard state.entityCursor < visible.count else { break }
        state.screenStack.append(.entity(index: visible[state.entityCursor]))
        state.entityItem = 0
        state.entityItemTop = 0
        return
    case .escape:
        if state.entityFilter.isEmpty { state.screenStack.removeLast(); return }
        state.entityFilter = ""; state.entityCursor = 0; state.entityTop = 0
    default: break
    }
    let n = table.matching(state.entityFilter).count
    state.entityCursor = min(max(0, state.entityCursor), max(0, n - 1))
    state.entityTop = scrolledTop(state.entityTop, showing: state.entityCursor, rows: max(1, state.height - 3))
}

func entity(_ state: inout AppState, _ key: Key, _ count: Int, _ index: Int) {
    guard let table = state.entityTable else { state.screenStack.removeLast(); return }
    let items = EntityView.items(table.entities[index], state.articles)
    switch key {
    case .down, .character("j"): state.entityItem += count
    case .up, .character("k"): state.entityItem -= count
    case .pageDown, .character(" "): state.entityItem += max(1, state.height - 5)
    case .pageUp, .character("b"): state.entityItem -= max(1, state.height - 5)
    case .home, .character("g"): state.entityItem = 0
    case .end, .character("G"): state.entityItem = items.count - 1
    case .enter, .right, .character("l"):
        guard state.entityItem < items.count else { break }
        let item = items[state.entityItem]
        openReader(&state, article: item.article, claim: item.claim, at: item.range.lowerBound)
        // A mention (not a claim) is marked where it stands in the text.
        if item.claim == nil { state.reader.markedMention = .init(article: item.article, range: item.range) }
        return
    case .character("q"), .escape, .left, .character("h"): state.screenStack.removeLast(); return
    default: unknown(&state, key)
    }
    state.entityItem = min(max(0, state.entityItem), max(0, items.count - 1))
    // Keep the selected item's line on screen.
    let lines = EntityView.lines(items)
    let rows = max(1, state.height - 3)
    if let line = lines.firstIndex(where: { $0.item == state.entityItem }) {
        if line < state.entityItemTop { state.entityItemTop = max(0, line - 1) }
        if line >= state.entityItemTop + rows { state.entityItemTop = line - rows + 1 }
    }
}
