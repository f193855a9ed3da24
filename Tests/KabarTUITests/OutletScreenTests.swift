import Testing
import KabarCore
@testable import KabarTUI

/// `O` in the library: two outlets compared in the background, a spinner until then, Enter opens
/// the story's two articles side by side (demo corpus).
@Suite("Outlets screen")
struct OutletScreenTests {
    static let articles = DemoCorpus.load(extractsClaims: true).articles

    @Test func twoMarkedOutletsAreComparedOffTheKeyPress() throws {
        var s = AppState(articles: Self.articles, width: 100, height: 30)
        let lintas = try #require(Self.articles.firstIndex { $0.outlet == "Lintas Kawi" })
        let warta = try #require(Self.articles.firstIndex { $0.outlet == "Warta Selat" })
        s.library.marked = [lintas, warta]
        update(&s, .key(.character("O")))
        #expect(s.screen == .outlets)
        #expect(s.outlets.comparison == nil && s.effects.contains(.compareOutlets("Lintas Kawi", "Warta Selat")), "the work is an effect, not done in the key")
        #expect(render(s).lines.contains { $0.contains("comparing the two outlets' coverage") })
        performPendingWork(&s)
        let c = try #require(s.outlets.comparison)
        #expect(c.stories.count == 1)
        let lines = render(s).lines
        #expect(lines[0].contains("Lintas Kawi (2) and Warta Selat (1)"))
        // Lintas Kawi's 212 evacuated are not Warta Selat's 300 aboard: the two do not disagree on a number.
        #expect(!lines.contains { $0.contains("≠ passengers") })
        update(&s, .key(.enter))
        performPendingWork(&s)
        guard case .compare(let left, let right) = s.screen else { Issue.record("compare expected"); return }
        #expect(Self.articles[left].outlet == "Lintas Kawi" && Self.articles[right].outlet == "Warta Selat")
        update(&s, .key(.character("q")))
        #expect(s.screen == .outlets, "back to the outlets")
        // The same pair again: no second comparison.
        update(&s, .key(.character("q")))
        update(&s, .key(.character("O")))
        #expect(s.outlets.comparison != nil && !s.effects.contains { $0.isBackgroundWork })
    }

    @Test func oneOutletIsNotEnough() {
        var s = AppState(articles: Self.articles, width: 100, height: 30)
        s.library.filter = "Lintas Kawi"
        let lintas = Self.articles.indices.filter { Self.articles[$0].outlet == "Lintas Kawi" }
        s.library.marked = lintas
        s.library.cursor = s.visibleArticles.count   // nothing selected beyond the marks
        update(&s, .key(.character("O")))
        #expect(s.screen == .library)
        #expect(s.notice?.contains("O needs two outlets") == true)
    }
}

@Suite("Status bar: work outside the reader")
struct BackgroundNoteTests {
    @Test func theStatusBarSaysWhileTheIndexIsWritten() {
        var s = AppState(articles: DemoCorpus.load(extractsClaims: true).articles, width: 100, height: 30)
        #expect(!render(s).lines[29].contains("indexing"))
        s.backgroundNote = "indexing in the background"
        #expect(render(s).lines[29].contains("indexing in the background · ↑↓ move"))
    }
}
