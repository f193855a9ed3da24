import KabarCore

/// `/` in the reader: find words in the article's text, every hit highlighted, `n`/`N` between
/// them (as in less and vim). While a search holds hits, `n` moves to the next hit instead of the
/// next article and Esc clears the search before it leaves the reader.
enum ReaderSearch {
    /// Where `query` occurs in `text`, as scalar ranges, ignoring case ("korea" finds "Korea",
    /// "KOREA"). Empty for an empty query.
    static func hits(of query: String, in text: String) -> [Range<Int>] {
        let needle = query.unicodeScalars.map(fold)
        guard !needle.isEmpty else { return [] }
        let hay = text.unicodeScalars.map(fold)
        guard hay.count >= needle.count else { return [] }
        var result: [Range<Int>] = []
        var k = 0
        let first = needle[0], last = hay.count - needle.count
        while k <= last {
            if hay[k] == first, hay[k..<(k + needle.count)].elementsEqual(needle) {
                result.append(k..<(k + needle.count))
                k += needle.count
            } else {
                k += 1
            }
        }
        return result
    }

    /// A scalar's lowercase form when it is one scalar ("İ" lowercases to two and stays as it is).
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.isASCII { return s.value >= 65 && s.value <= 90 ? Unicode.Scalar(s.value + 32)! : s }
        let lower = s.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : s
    }
}

/// A key while the reader's search is typed: the hits follow every key.
func editReaderSearch(_ state: inout AppState, _ key: Key, _ index: Int) {
    switch key {
    case .enter:
        state.reader.isSearching = false
        if state.reader.query.isEmpty { state.reader.hits = [] }
        else if state.reader.hits.isEmpty { state.notice = "“\(state.reader.query)” is not in this article" }
        return
    case .escape:
        // Esc cancels the edit: the search as it was before `/`.
        state.reader.isSearching = false
        state.reader.query = state.reader.queryBeforeEditing
    case .backspace: if !state.reader.query.isEmpty { state.reader.query.removeLast() }
    case .character(let c): state.reader.query.append(c)
    default: return
    }
    findInReader(&state, index, from: state.reader.top)
}

/// Finds the query in the open article and selects the first hit on or after line `line`.
func findInReader(_ state: inout AppState, _ index: Int, from line: Int) {
    state.reader.hits = ReaderSearch.hits(of: state.reader.query, in: state.articles[index].body)
    state.reader.hit = 0
    guard !state.reader.hits.isEmpty else { return }
    let lines = state.cachedReaderLines(state.readerKey(index))
    let from = lines.indices.contains(line) ? (lines[line...].first { $0.bodyRange != nil }?.bodyRange?.lowerBound ?? 0) : 0
    state.reader.hit = state.reader.hits.firstIndex { $0.lowerBound >= from } ?? 0
    revealHit(&state, index)
}

/// `n` (forward) or `N`: the next or previous hit, round the end with a notice.
func moveHit(_ state: inout AppState, _ index: Int, forward: Bool) {
    let n = state.reader.hits.count
    guard n > 0 else { return }
    let next = state.reader.hit + (forward ? 1 : -1)
    if next >= n || next < 0 { state.notice = forward ? "search went round to the top" : "search went round to the bottom" }
    state.reader.hit = (next + n) % n
    revealHit(&state, index)
}

/// Scrolls so the selected hit's line is on screen.
func revealHit(_ state: inout AppState, _ index: Int) {
    guard let hit = state.reader.hits[safe: state.reader.hit] else { return }
    let lines = state.cachedReaderLines(state.readerKey(index))
    guard let row = lines.firstIndex(where: { $0.bodyRange?.overlaps(hit) ?? false }) else { return }
    let rows = ReaderView.textRows(state)
    if row < state.reader.top || row >= state.reader.top + rows { state.reader.top = max(0, row - 2) }
    clampReader(&state)
}

/// Ends the reader's search (leaving the article, or Esc).
func clearReaderSearch(_ state: inout AppState) {
    state.reader.query = ""
    state.reader.hits = []
    state.reader.hit = 0
    state.reader.isSearching = false
}

enum SortedLookup {
    /// The first index of sorted `items` for which `isAfter` holds (binary search); `items.count` when none.
    static func firstIndex<T>(_ items: [T], where isAfter: (T) -> Bool) -> Int {
        var a = 0, b = items.count
        while a < b { let m = (a + b) / 2; if isAfter(items[m]) { b = m } else { a = m + 1 } }
        return a
    }
}
