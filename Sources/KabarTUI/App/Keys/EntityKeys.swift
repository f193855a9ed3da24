import KabarCore

/// The entity list's keys (typing searches) and one entity's claims and mentions.
// (One file per screen; `update` in Update.swift dispatches to them.)

func entities(_ state: inout AppState, _ key: Key, _ count: Int) {
    guard let table = state.entityTable else {
        // Still being found: typing goes to the search box, Esc goes back (the work goes on and is kept).
        switch key {
        case .character(let c) where c.isLetter || c.isNumber || c == " " || c == "-": state.entityList.filter.append(c)
        case .backspace: if !state.entityList.filter.isEmpty { state.entityList.filter.removeLast() }
        case .escape where state.entityList.filter.isEmpty: state.screenStack.removeLast()
        case .escape: state.entityList.filter = ""
        default: break
        }
        return
    }
    let visible = state.entityList.rows(in: table)
    let page = max(1, EntityListScreen.viewport(height: state.height) - 1)
    switch key {
    case .character(let c) where c.isLetter || c.isNumber || c == " " || c == "-":
        state.entityList.filter.append(c); state.entityList.toFirstRow()
    case .backspace:
        if !state.entityList.filter.isEmpty { state.entityList.filter.removeLast() }
        state.entityList.toFirstRow()
    case .down: state.entityList.cursor += count
    case .up: state.entityList.cursor -= count
    case .pageDown: state.entityList.cursor += page
    case .pageUp: state.entityList.cursor -= page
    case .home: state.entityList.cursor = 0
    case .end: state.entityList.cursor = visible.count - 1
    case .enter:
        guard state.entityList.cursor < visible.count else { break }
        state.screenStack.append(.entity(index: visible[state.entityList.cursor]))
        state.entity = EntityScreen()
        return
    case .escape:
        if state.entityList.filter.isEmpty { state.screenStack.removeLast(); return }
        state.entityList.filter = ""; state.entityList.toFirstRow()
    default: unknown(&state, key)
    }
    state.entityList.refreshRows(in: table)
    let n = state.entityList.rows(in: table).count
    state.entityList.cursor = min(max(0, state.entityList.cursor), max(0, n - 1))
    state.entityList.top = scrolledTop(state.entityList.top, showing: state.entityList.cursor, rows: EntityListScreen.viewport(height: state.height))
}

func entity(_ state: inout AppState, _ key: Key, _ count: Int, _ index: Int) {
    guard let table = state.entityTable else { state.screenStack.removeLast(); return }
    let items = EntityView.items(table.entities[index], state.articles)
    switch key {
    case .down, .character("j"): state.entity.item += count
    case .up, .character("k"): state.entity.item -= count
    case .pageDown, .character(" "): state.entity.item += max(1, EntityScreen.viewport(height: state.height) - 2)
    case .pageUp, .character("b"): state.entity.item -= max(1, EntityScreen.viewport(height: state.height) - 2)
    case .home, .character("g"): state.entity.item = 0
    case .end, .character("G"): state.entity.item = items.count - 1
    case .enter, .right, .character("l"):
        guard state.entity.item < items.count else { break }
        let item = items[state.entity.item]
        openReader(&state, article: item.article, claim: item.claim, at: item.range.lowerBound)
        // A mention (not a claim) is marked where it stands in the text.
        if item.claim == nil { state.reader.markedMention = .init(article: item.article, range: item.range) }
        return
    case .character("q"), .escape, .left, .character("h"): state.screenStack.removeLast(); return
    default: unknown(&state, key)
    }
    state.entity.item = min(max(0, state.entity.item), max(0, items.count - 1))
    // Keep the selected item's line on screen.
    let lines = EntityView.lines(items)
    let rows = EntityScreen.viewport(height: state.height)
    if let line = lines.firstIndex(where: { $0.item == state.entity.item }) {
        if line < state.entity.top { state.entity.top = max(0, line - 1) }
        if line >= state.entity.top + rows { state.entity.top = line - rows + 1 }
    }
}
