import Testing
import KabarCore
@testable import KabarTUI

/// The compare screen opens at once and aligns its two articles in the background (8 ms a pair on
/// the bench, more on long articles): a spinner until then, Esc leaves, a late alignment is dropped.
@Suite("Compare: alignment off the key press")
struct CompareWaitTests {
    static let articles = DemoCorpus.load(extractsClaims: true).articles

    @Test func escapeWhileAligningLeavesAndTheLateAlignmentIsDropped() {
        var s = AppState(articles: Self.articles, width: 100, height: 30)
        update(&s, .key(.character("d")))
        #expect(s.screen == .compare(left: 0, right: 1))
        #expect(s.compare.comparison == nil && s.pendingWork.contains(.alignPair(left: 0, right: 1)))
        update(&s, .key(.character("n")))
        #expect(s.screen == .compare(left: 0, right: 1), "other keys wait for the alignment")
        update(&s, .key(.escape))
        #expect(s.screen == .library)
        performPendingWork(&s)
        #expect(s.compare.comparison == nil && s.pendingWork.isEmpty, "the alignment that came after Esc is not shown")
        // Asked again, it arrives and is shown.
        update(&s, .key(.character("d")))
        performPendingWork(&s)
        #expect(s.compare.comparison?.left == 0 && s.compare.comparison?.right == 1)
        #expect(render(s).lines[0].contains("difference"))
    }
}
