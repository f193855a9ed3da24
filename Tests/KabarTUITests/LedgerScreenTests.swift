import Testing
import KabarCore
@testable import KabarTUI

/// The ledger screen (`L`): every verdict, where it stands in this collection, filtered by label.
@Suite("The ledger screen")
struct LedgerScreenTests {
    static let articles = DemoCorpus.load(extractsClaims: true).articles

    /// Three verdicts: on a claim of the demo, on the same article with words it no longer reads as a
    /// claim (a sentence of its text), and on an article of another collection.
    func state() throws -> AppState {
        var s = AppState(articles: Self.articles, width: 100, height: 30)
        let a = try #require(Self.articles.firstIndex { $0.claims.count >= 2 })
        let article = Self.articles[a]
        var attached = Verdict(on: article.claims[1], in: article, label: "Keliru", updated: "2026-12-01T10:00:00Z")
        attached.note = "foto lama"
        var detached = Verdict(on: article.claims[0], in: article, label: "Benar", updated: "2026-12-02T09:00:00Z")
        detached.claim = String(article.body.prefix(40))
        let elsewhere = Verdict(article: "https://lain.example/berita", bodyHash: "0", claim: "Harga beras naik dua kali lipat.",
                                speaker: "Menteri", label: "Hoaks", note: nil, evidence: [], updated: "2026-11-30T08:00:00Z")
        s.verdicts = [attached, detached, elsewhere]
        return s
    }

    @Test func aCheckedClaimIsMarkedInTheText() throws {
        var s = try state()
        let a = try #require(Self.articles.firstIndex { $0.claims.count >= 2 })
        update(&s, .key(.character("L")), .key(.down), .key(.enter))
        guard case .reader(let at) = s.screen, at == a else { Issue.record("the reader on the checked claim expected"); return }
        let b = render(s)
        let marked = b.lines.indices.filter { b.lines[$0].hasPrefix("⚖") }
        #expect(marked.count == 1, "one ⚖ in the margin, where the checked claim starts: \(b.lines)")
        if let row = marked.first {
            let words = Self.articles[a].claims[1].content.split(separator: " ").prefix(2).joined(separator: " ")
            #expect(b.lines[row].contains(words) || b.lines[row + 1].contains(words), "\(b.lines[row])")
        }
    }

    @Test func listsEveryVerdictNewestFirstWithWhereItStands() throws {
        var s = try state()
        update(&s, .key(.character("L")))
        #expect(s.screen == .ledger)
        let b = render(s)
        #expect(b.lines[0].contains("ledger: 3 verdicts, 1 detached"))
        #expect(b.lines[1].contains("Benar") && b.lines[1].contains("detached"), "newest first: \(b.lines[1])")
        #expect(b.lines[2].contains("Keliru") && !b.lines[2].contains("detached") && b.lines[2].contains("2026-12-01"))
        #expect(b.lines[3].contains("Hoaks") && b.lines[3].contains("elsewhere") && b.lines[3].contains("Harga beras"))
        update(&s, .key(.down))
        #expect(render(s).lines[29].contains("note: foto lama"))
        // Enter reads the claim, selected.
        update(&s, .key(.enter))
        guard case .reader(let at) = s.screen else { Issue.record("reader expected"); return }
        #expect(s.reader.claimCursor == 1 && Self.articles[at].claims.count >= 2)
        update(&s, .key(.character("q")))
        #expect(s.screen == .ledger && s.ledger.cursor == 1, "back on the ledger at the same row")
        update(&s, .key(.down), .key(.enter))
        #expect(s.screen == .ledger && s.notice?.hasPrefix("not in this collection") == true)
        update(&s, .key(.home), .key(.enter))
        #expect(s.notice?.hasPrefix("detached: the words stand here") == true)
    }

    @Test func fShowsOneLabelAtATime() throws {
        var s = try state()
        update(&s, .key(.character("L")), .key(.character("f")))
        // The scale's order: Benar first.
        #expect(s.ledger.label == "Benar" && render(s).lines[0].contains("1 “Benar” verdict"))
        update(&s, .key(.character("f")), .key(.character("f")))
        #expect(s.ledger.label == "Hoaks", "Keliru, then Hoaks: labels no verdict carries are skipped")
        update(&s, .key(.character("f")))
        #expect(s.ledger.label == nil && s.notice == "every verdict")
    }

    @Test func anEmptyLedgerSaysHowToStart() {
        var s = AppState(articles: Self.articles, width: 100, height: 30)
        update(&s, .key(.character("L")))
        #expect(s.screen == .library && s.notice?.contains("v on a claim") == true)
    }
}
private func update(_ s: inout AppState, _ keys: Event...) { for k in keys { KabarTUI.update(&s, k) } }
