/// Wrapped article lines kept between frames: wrapping a long article and laying its claims over
/// the lines costs more than drawing a screen, so `update` lays an article out once per width,
/// boilerplate setting and selected claim, and `render` reads the result.
struct ReaderLineKey: Hashable, Sendable {
    var article: Int
    var width: Int
    var showsBoilerplate: Bool
    var selectedClaim: Int?
}

extension AppState {
    /// The lines for a key: from the cache when `update` laid them out, computed otherwise.
    func readerLines(_ key: ReaderLineKey) -> [ReaderView.Line] {
        lineCache[key] ?? ReaderView.lines(for: key.article, in: self, width: key.width, showsBoilerplate: key.showsBoilerplate,
                                           selectedClaim: key.selectedClaim)
    }

    /// The lines for a key, laid out and kept if they were not already (a handful of layouts at most).
    mutating func cachedReaderLines(_ key: ReaderLineKey) -> [ReaderView.Line] {
        if let lines = lineCache[key] { return lines }
        let lines = ReaderView.lines(for: key.article, in: self, width: key.width, showsBoilerplate: key.showsBoilerplate,
                                     selectedClaim: key.selectedClaim)
        if lineCache.count >= 8 { lineCache.removeAll(keepingCapacity: true) }
        lineCache[key] = lines
        return lines
    }

    /// The reader's key for the article on screen.
    func readerKey(_ article: Int) -> ReaderLineKey {
        ReaderLineKey(article: article, width: width, showsBoilerplate: showsBoilerplate, selectedClaim: reader.claimCursor)
    }
}
