import KabarCore

/// The story list's keys: moving, a story's articles, its columns and compare.
// (One file per screen; `update` in Update.swift dispatches to them.)

func stories(_ state: inout AppState, _ key: Key, _ count: Int) {
    guard let all = state.stories else {
        // Still being grouped: only going back.
        if key == .escape || key == .character("q") || key == .left || key == .character("h") { state.screenStack.removeLast() }
        return
    }
    let page = max(1, state.height - 3)
    if let moved = Movement.apply(key, to: state.storyCursor, count: count, page: page, last: all.count - 1) {
        state.storyCursor = moved
        clampStories(&state)
        return
    }
    switch key {
    case .enter, .right, .character("l"):
        guard state.storyCursor < all.count else { break }
        state.library.storyFilter = state.storyCursor
        state.library.filter = ""
        state.library.cursor = 0
        state.library.top = 0
        state.screenStack.append(.library)
        return
    case .character("c"), .character("d"):
        // The story's articles in columns (up to four), or its first two compared.
        guard state.storyCursor < all.count else { break }
        let indexes = all[state.storyCursor].articleIndexes
        guard indexes.count >= 2 else { state.notice = "this story is told by one article only"; break }
        if key == .character("c") {
            openColumns(&state, Array(indexes.prefix(4)))
            if indexes.count > 4 { state.notice = "showing the first 4 of its \(indexes.count) articles" }
        } else {
            openCompare(&state, indexes[0], indexes[1])
        }
        return
    case .character("q"), .escape, .left, .character("h"): state.screenStack.removeLast(); return
    default: unknown(&state, key)
    }
    clampStories(&state)
}

func clampStories(_ state: inout AppState) {
    let n = state.stories?.count ?? 0
    state.storyCursor = min(max(0, state.storyCursor), max(0, n - 1))
    let rows = max(1, state.height - 2)
    state.storyTop = scrolledTop(state.storyTop, showing: state.storyCursor, rows: rows)
    state.storyTop = max(0, min(state.storyTop, max(0, n - rows)))
}
