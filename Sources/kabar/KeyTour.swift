import KabarCore
import KabarTUI

/// The worst key for `kabar bench --render`: a tour of the keys a user presses on every screen
/// (library moves and sorts, a filter typed, the reader's claims and search, compare, the desk,
/// stories, entities, help), each key's update and draw timed. Background work a key starts
/// (stories, the entity table, the folded texts) is done between keys, untimed, as the run loop
/// does it off the UI thread.
struct KeyTour {
    struct Press {
        var screen: String
        var key: String
        var seconds: Double
    }

    var presses: [Press]
    var worst: Press? { presses.max { $0.seconds < $1.seconds } }

    static func run(_ state: inout AppState) -> KeyTour {
        var presses: [Press] = []
        func press(_ key: Key, _ name: String, times: Int = 1) {
            for _ in 0..<times {
                let screen = "\(state.screen)".prefix { $0 != "(" }
                let t0 = BenchClock.now()
                update(&state, .key(key))
                _ = KabarTUI.render(state)
                presses.append(Press(screen: String(screen), key: name, seconds: BenchClock.now() - t0))
                performPendingWork(&state)
            }
        }
        func type(_ text: String) { for c in text { press(.character(c), String(c)) } }
        while state.screenStack.count > 1 { state.screenStack.removeLast() }

        // The library: moving, every sort order, a filter over the texts typed and cleared.
        press(.down, "↓", times: 10)
        press(.pageDown, "PgDn", times: 3)
        press(.end, "End")
        press(.home, "Home")
        press(.character("s"), "s", times: 4)
        press(.character("/"), "/")
        type("banjir")
        press(.enter, "Enter")
        press(.down, "↓", times: 3)
        press(.escape, "Esc")

        // The reader on the article with the most claims: claims, the panel, boilerplate, search.
        let busiest = state.articles.indices.max { state.articles[$0].claims.count < state.articles[$1].claims.count } ?? 0
        state.library.cursor = state.visibleArticles.firstIndex(of: busiest) ?? 0
        press(.enter, "Enter")
        press(.character("]"), "]", times: 5)
        press(.character("["), "[")
        press(.character("C"), "C")
        press(.character("b"), "b")
        press(.down, "↓", times: 5)
        press(.end, "End")
        press(.character("/"), "/")
        type("kata")
        press(.enter, "Enter")
        press(.character("n"), "n", times: 3)
        press(.character("]"), "]")
        press(.enter, "Enter")   // the claim's details and its other versions
        press(.character("q"), "q")
        press(.character("q"), "q")

        // Compare, columns and the desk over the busiest article and the next.
        state.library.marked = [busiest, busiest + 1 < state.articles.count ? busiest + 1 : 0]
        press(.character("d"), "d")
        press(.character("n"), "n", times: 3)
        press(.character("s"), "s")
        press(.character("w"), "w")
        press(.character("q"), "q")
        press(.character("c"), "c")
        press(.down, "↓", times: 3)
        press(.character("q"), "q")
        press(.character("D"), "D")
        press(.down, "↓", times: 3)
        press(.character("q"), "q")
        state.library.marked = []

        // Stories, entities and help.
        press(.character("t"), "t")
        press(.down, "↓", times: 5)
        press(.enter, "Enter")
        press(.character("q"), "q")
        press(.character("q"), "q")
        press(.character("e"), "e")
        type("jakarta")
        press(.enter, "Enter")
        press(.down, "↓", times: 3)
        press(.character("q"), "q")
        press(.escape, "Esc")
        press(.character("?"), "?")
        press(.end, "End")
        press(.character("q"), "q")
        return KeyTour(presses: presses)
    }
}
