import KabarCore

/// The story list's keys: moving, a story's articles, its columns and compare.
// (One file per screen; `update` in Update.swift dispatches to them.)

func stories(_ state: inout AppState, _ key: Key, _ count: Int) {
    guard let all = state.stories else {
        // Still being grouped: only going back.
        if key == .escape || key == .character("q") || key == .left || key == .character("h") { state.screenStack.removeLast() }
        return
    }
    let page = max(1, StoryListScreen.viewport(height: state.height) - 1)
    if let moved = Movement.apply(key, to: state.storyList.cursor, count: count, page: page, last: all.count - 1) {
        state.storyList.cursor = moved
        clampStories(&state)
        return
    }
    switch key {
    case .enter, .right, .character("l"):
        guard state.storyList.cursor < all.count else { break }
        // The story's articles in a library of their own: the library outside is kept for the way back.
        state.storyList.libraryOutside = state.library
        state.library.storyFilter = state.storyList.cursor
        state.library.filter = ""
        state.library.textMatches = nil
        state.library.toFirstRow()
        state.screenStack.append(.library)
        return
    case .character("c"), .character("d"):
        // The story's articles in columns (up to four), or its first two compared.
        guard state.storyList.cursor < all.count else { break }
        let indexes = all[state.storyList.cursor].articleIndexes
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
    state.storyList.clamp(storyCount: state.stories?.count ?? 0, height: state.height)
}
