import Testing
@testable import KabarCore
@testable import KabarTUI

/// Going back through screens of one kind opened over each other gives each its own place
/// (`ScreenPlace`), on the demo corpus.
@Suite("Screens of one kind in the stack keep their places")
struct ScreenPlaceTests {
    static let articles = DemoCorpus.load(extractsClaims: true).articles

    func send(_ s: inout AppState, _ keys: Key...) { for k in keys { update(&s, .key(k)); performPendingWork(&s) } }

    @Test func backThroughTwoClaimDetailsGivesTheFirstItsVersions() throws {
        var s = AppState(articles: Self.articles, width: 100, height: 30)
        let article = try #require(Self.articles.firstIndex { $0.outlet == "Lintas Kawi" && $0.claims.contains { $0.content.contains("40 menit") } })
        let claim = try #require(Self.articles[article].claims.firstIndex { $0.content.contains("40 menit") })
        for _ in 0..<article { send(&s, .down) }
        send(&s, .enter)
        for _ in 0...claim { send(&s, .character("]")) }
        // Lintas Kawi's claim details: one other version, PenaBahari's.
        send(&s, .enter)
        let first = s.claimDetails
        #expect(first.versions.contains { Self.articles[$0.member.article].outlet == "PenaBahari" })
        // PenaBahari's version read, then its own claim details (whose other version is Lintas Kawi's).
        send(&s, .enter)
        guard case .reader(let other) = s.screen else { Issue.record("reader expected"); return }
        send(&s, .enter)
        #expect(s.screen == .claim(ClaimCluster.Member(article: other, claim: try #require(s.reader.claimCursor))))
        #expect(s.claimDetails.versions.contains { $0.member.article == article })
        send(&s, .down)
        // Back twice: Lintas Kawi's details as they were, not PenaBahari's.
        send(&s, .character("q"), .character("q"))
        #expect(s.screen == .claim(ClaimCluster.Member(article: article, claim: claim)))
        #expect(s.claimDetails.versions.map(\.member) == first.versions.map(\.member))
        #expect(s.claimDetails.cursor == first.cursor && s.claimDetails.top == first.top)
        let b = render(s)
        #expect(b.lines.contains { $0.contains("▸ PenaBahari") }, "the first claim's other version is listed")
    }

    @Test func helpOverAScreenWaitingForWorkLeavesItsResult() throws {
        // Work delivered while help is open over the screen waiting for it is not undone on the way back.
        var s = AppState(articles: Self.articles, width: 100, height: 30)
        send(&s, .character("m"), .down, .character("m"), .character("d"))
        guard case .compare = s.screen else { Issue.record("compare expected"); return }
        #expect(s.compare.comparison != nil)
        send(&s, .character("?"))
        #expect(s.screen == .help)
        send(&s, .character("q"))
        guard case .compare = s.screen else { Issue.record("compare expected"); return }
        #expect(s.compare.comparison != nil && s.compare.waiting == nil)
    }
}
