import Foundation
import KabarCore
import KabarTUI

/// Reader timings for `kabar bench --render`: the first frame from the paths, then frames of the
/// reader and compare screens while scrolling, drawn into the cell buffer (no terminal).
struct FrameTimes {
    var firstFrame: Double
    /// The first frame when the paths were indexed before (`kabar PATH` the second time).
    var warm: WarmStart
    var reader: BenchClock.Spread
    var compare: BenchClock.Spread
    /// The `d` key that opens compare (the screen and its spinner), and the alignment and layout
    /// then found in the background.
    var compareKey: Double
    var compareOpen: Double
    /// Typing a search into the entity screen (the table already found): each key's update and draw.
    var entityKeys: BenchClock.Spread
    var worstEntityKey: Double
    /// Typing a filter into the library (the texts already folded): each key's update and draw.
    var filterKeys: BenchClock.Spread
    var worstFilterKey: Double
    /// Every screen's keys, one after another (`KeyTour`).
    var tour: KeyTour

    static func measure(paths: [String], parallel: Bool) -> FrameTimes {
        let start = BenchClock.now()
        let articles = Ingestor(parallel: parallel, extractsClaims: true).ingest(paths: paths).articles
        var state = AppState(articles: articles, width: 100, height: 30)
        _ = KabarTUI.render(state)
        let firstFrame = BenchClock.now() - start
        let warm = WarmStart.measure(paths: paths, parallel: parallel)

        // The reader on the article with the most claims, scrolled line by line.
        let busiest = articles.indices.max { articles[$0].claims.count < articles[$1].claims.count } ?? 0
        state.library.cursor = state.visibleArticles.firstIndex(of: busiest) ?? 0
        update(&state, .key(.enter))
        let reader = frames(&state)
        update(&state, .key(.character("q")))

        // Compare: the busiest article against the article of another outlet most like it.
        let other = StoryGrouper().similarPairs(articles).filter { $0.0 == busiest || $0.1 == busiest }.max { $0.2 < $1.2 }
            .map { $0.0 == busiest ? $0.1 : $0.0 } ?? (busiest + 1 < articles.count ? busiest + 1 : 0)
        state.library.marked = [busiest, other]
        let keyStart = BenchClock.now()
        update(&state, .key(.character("d")))
        let compareKey = BenchClock.now() - keyStart
        let openStart = BenchClock.now()
        performPendingWork(&state)
        let compareOpen = BenchClock.now() - openStart
        let compare = frames(&state)
        update(&state, .key(.character("q")))

        // The entity screen: its table found first (background work in the reader), then a search typed
        // key by key, erased, and typed again.
        update(&state, .key(.character("e")))
        performPendingWork(&state)
        let keyTimes = typing(&state, "korea utara", then: "jokowi")
        for _ in 0..<4 { update(&state, .key(.escape)) }

        // The library filter, which searches every article's text: its texts folded first (background
        // work at the first `/`), then words typed key by key, erased, and typed again.
        update(&state, .key(.character("/")))
        performPendingWork(&state)
        let filterTimes = typing(&state, "gempa", then: "prabowo")
        while state.library.isFiltering || !state.library.filter.isEmpty { update(&state, .key(.escape)) }
        let tour = KeyTour.run(&state)
        return FrameTimes(firstFrame: firstFrame, warm: warm, reader: reader, compare: compare, compareKey: compareKey, compareOpen: compareOpen,
                          entityKeys: BenchClock.Spread(keyTimes), worstEntityKey: keyTimes.max() ?? 0,
                          filterKeys: BenchClock.Spread(filterTimes), worstFilterKey: filterTimes.max() ?? 0, tour: tour)
    }

    /// Each key's update and draw while `first` is typed, erased, and `second` typed.
    static func typing(_ state: inout AppState, _ first: String, then second: String) -> [Double] {
        var times: [Double] = []
        for key in Array(first).map(Key.character) + Array(repeating: Key.backspace, count: first.count) + Array(second).map(Key.character) {
            let t0 = BenchClock.now()
            update(&state, .key(key))
            _ = KabarTUI.render(state)
            times.append(BenchClock.now() - t0)
        }
        return times
    }

    /// 200 frames: one line down (or back to the top at the end), then a full render.
    static func frames(_ state: inout AppState) -> BenchClock.Spread {
        var times: [Double] = []
        for k in 0..<200 {
            let t0 = BenchClock.now()
            update(&state, .key(k % 50 == 49 ? .home : .down))
            _ = KabarTUI.render(state)
            times.append(BenchClock.now() - t0)
        }
        return BenchClock.Spread(times)
    }

    /// The reader's start on a warm index, step by step: reopening it (one `stat` per file),
    /// reading the stored articles and same claims, building the app state, drawing.
    struct WarmStart {
        var reopen: Double
        var load: Double
        var state: Double
        var draw: Double
        /// The entity screen's table (background work at the first `e`): read back from the index,
        /// and found again from the articles as a cold start does.
        var storedEntities: Double
        var foundEntities: Double
        var total: Double { reopen + load + state + draw }

        static func measure(paths: [String], parallel: Bool) -> WarmStart {
            BenchClock.withFreshIndex(paths: paths, parallel: parallel) { location, _ in
                let (index, reopen) = BenchClock.time {
                    let index = CorpusIndex(location: location, inputs: paths)
                    _ = index.refresh(paths: paths, parallel: parallel)
                    return index
                }
                let (collection, load) = BenchClock.time {
                    (try? index.collection()) ?? IndexedCollection(articles: [], claimClusters: [])
                }
                let (state, built) = BenchClock.time {
                    AppState(articles: collection.articles, claimClusters: collection.claimClusters, width: 100, height: 30)
                }
                // The state lives past the clock: freeing 10,000 articles is not part of drawing.
                let draw = withExtendedLifetime(state) { BenchClock.time { KabarTUI.render(state) }.1 }
                let (stored, storedTime) = BenchClock.time { try? index.entityTable(for: collection.articles, rows: collection.rows) }
                let (found, foundTime) = BenchClock.time { EntityTable(collection.articles) }
                return withExtendedLifetime((stored, found)) {
                    WarmStart(reopen: reopen, load: load, state: built, draw: draw,
                              storedEntities: stored == nil ? .nan : storedTime, foundEntities: foundTime)
                }
            }
        }
    }
}
