import Testing
import KabarCore
@testable import KabarTUI

/// A verdict shows wherever its claim shows: the reader's claim list, the claim's details and the
/// desk; the same claim as another outlet printed it says "checked in <outlet>".
@Suite("Verdicts where the claim shows")
struct VerdictMarkTests {
    static let articles = DemoCorpus.load(extractsClaims: true).articles

    /// A claim two outlets print, the verdict set on the first one's.
    func state() throws -> (AppState, checked: ClaimCluster.Member, other: ClaimCluster.Member) {
        var s = AppState(articles: Self.articles, width: 100, height: 30)
        let (checked, others) = try #require(s.sameClaim.sorted { ($0.key.article, $0.key.claim) < ($1.key.article, $1.key.claim) }.first { !$0.value.isEmpty })
        let other = try #require(others.first)
        let a = Self.articles[checked.article]
        s.verdicts = [Verdict(on: a.claims[checked.claim], in: a, label: "Keliru", updated: "2026-12-02T10:00:00Z")]
        return (s, checked, other)
    }

    @Test func theSameClaimInAnotherOutletSaysWhereItWasChecked() throws {
        var (s, checked, other) = try state()
        let outlet = try #require(Self.articles[checked.article].outlet)
        #expect(s.verdictMark(checked) == "⚖ Keliru")
        #expect(s.verdictMark(other) == "⚖ checked in \(outlet): Keliru")
        // The other article's claim list (C shows it), and its status bar.
        openReader(&s, article: other.article, claim: other.claim, at: Self.articles[other.article].claims[other.claim].range.lowerBound)
        if !s.showsClaimPanel { update(&s, .key(.character("C"))) }
        #expect(render(s).lines[29].hasPrefix(" ⚖ checked in \(outlet): Keliru · claim \(other.claim + 1)/"))
        #expect(render(s).lines.contains { $0.contains("\(other.claim + 1). ⚖ checked in \(outlet): Keliru") }, "\(render(s).lines)")
        // Its details.
        openClaim(&s, other)
        #expect(render(s).lines.contains { $0.contains("Checked in") && $0.contains("\(outlet): ⚖ Keliru") })
    }

    @Test func aDeskRowOnACheckedClaimCarriesItsVerdict() throws {
        var s = AppState(articles: Self.articles, width: 100, height: 30)
        update(&s, .key(.character("D")))
        performPendingWork(&s)
        #expect(s.screen == .desk)
        let k = try #require(s.desk.rows.firstIndex { $0.article != nil && $0.claim != nil })
        let row = s.desk.rows[k]
        let a = Self.articles[row.article!]
        #expect(!render(s).lines.contains { $0.contains("⚖") })
        // Set after the desk opened: the row shows it at the next frame.
        s.verdicts = [Verdict(on: a.claims[row.claim!], in: a, label: "Menyesatkan", updated: "2026-12-02T10:00:00Z")]
        let line = try #require(render(s).lines.first { $0.contains(row.text) })
        #expect(line.contains("⚖ Menyesatkan"), "\(line)")
    }

    @Test func vOnADeskRowSetsItsClaimsVerdict() throws {
        var s = AppState(articles: Self.articles, width: 100, height: 30)
        update(&s, .key(.character("D")))
        performPendingWork(&s)
        let k = try #require(s.desk.rows.firstIndex { $0.article != nil && $0.claim != nil })
        s.desk.cursor = k
        update(&s, .key(.character("v")))
        let row = s.desk.rows[k]
        let member = ClaimCluster.Member(article: row.article!, claim: row.claim!)
        #expect(s.verdict(member)?.label == s.verdictScale.labels.first?.name)
        guard case .saveVerdict? = s.effects.last else { Issue.record("no save asked for"); return }
        #expect(render(s).lines.contains { $0.contains(row.text) && $0.contains("⚖") })
        // A heading is no claim: v says so and sets nothing.
        let heading = try #require(s.desk.rows.firstIndex { $0.isHeading })
        s.desk.cursor = heading
        let before = s.verdicts.count
        update(&s, .key(.character("v")))
        #expect(s.verdicts.count == before && s.notice?.contains("no claim") == true)
    }
}
