import Testing
import KabarCore
@testable import KabarTUI

/// `/` in the reader: every hit marked, n/N between them, Esc clears (demo corpus).
@Suite("Searching the article in the reader")
struct ReaderSearchTests {
    static let articles = DemoCorpus.load(extractsClaims: true).articles

    func send(_ s: inout AppState, _ keys: Key...) { for k in keys { update(&s, .key(k)) } }
    func type(_ s: inout AppState, _ text: String) { for c in text { update(&s, .key(.character(c))) } }

    /// The reader on the demo's ferry article (the third), 100x30 unless told.
    func reader(_ w: Int = 100, _ h: Int = 30) -> AppState {
        var s = AppState(articles: Self.articles, width: w, height: h)
        send(&s, .down, .down, .enter)
        return s
    }

    @Test func hitsIgnoreCaseAndDoNotOverlap() {
        #expect(ReaderSearch.hits(of: "korea", in: "Korea Utara, KOREA, korean") == [0..<5, 13..<18, 20..<25])
        #expect(ReaderSearch.hits(of: "aa", in: "aaaa") == [0..<2, 2..<4])
        #expect(ReaderSearch.hits(of: "", in: "teks").isEmpty)
        #expect(ReaderSearch.hits(of: "Sinéad", in: "kata SINÉAD") == [5..<11])
    }

    @Test func typingFindsEveryHitAndMarksTheSelectedOne() throws {
        var s = reader()
        let body = s.articles[2].body
        let expected = ReaderSearch.hits(of: "kapal", in: body).count
        #expect(expected >= 3, "the ferry article names the ship several times")
        send(&s, .character("/"))
        type(&s, "KAPAL")
        #expect(s.reader.isSearching)
        #expect(s.reader.hits.count == expected, "case does not matter")
        #expect(render(s).lines[29].contains("/KAPAL▏") && render(s).lines[29].contains("\(expected) found"))
        send(&s, .enter)
        #expect(!s.reader.isSearching)
        let b = render(s)
        #expect(b.lines[29].contains("1/\(expected)"), "the status bar counts the hits")
        // The selected hit is drawn reversed where it stands, the next one underlined.
        let lines = s.readerLines(s.readerKey(2))
        func cell(_ hit: Range<Int>) throws -> (x: Int, y: Int) {
            let k = try #require(lines.firstIndex { $0.bodyRange?.contains(hit.lowerBound) ?? false })
            return (2 + hit.lowerBound - lines[k].bodyRange!.lowerBound, k - s.reader.top + 1)
        }
        let first = try cell(s.reader.hits[0]), second = try cell(s.reader.hits[1])
        #expect(b[first.x, first.y].style.reverse && b[first.x + 4, first.y].style.reverse && !b[first.x + 5, first.y].style.reverse)
        #expect(b[second.x, second.y].style.underline && !b[second.x, second.y].style.reverse)
        #expect(b.line(first.y).lowercased().contains("kapal"))
    }

    @Test func nAndShiftNMoveBetweenHitsAndGoRound() {
        var s = reader()
        send(&s, .character("/")); type(&s, "kapal"); send(&s, .enter)
        let n = s.reader.hits.count
        #expect(s.reader.hit == 0)
        send(&s, .character("n"))
        #expect(s.reader.hit == 1 && s.screen == .reader(articleIndex: 2), "n moves to the next hit, not the next article")
        send(&s, .character("N"), .character("N"))
        #expect(s.reader.hit == n - 1)
        #expect(s.notice == "search went round to the bottom")
    }

    @Test func aHitFarDownScrollsIntoView() {
        var s = reader(60, 12)
        send(&s, .character("/")); type(&s, "kapal"); send(&s, .enter, .character("N"))
        // The last hit is on screen.
        let hit = s.reader.hits[s.reader.hit]
        let lines = s.readerLines(s.readerKey(2))
        let row = lines.firstIndex { $0.bodyRange?.overlaps(hit) ?? false } ?? -1
        #expect(row >= s.reader.top && row < s.reader.top + ReaderView.textRows(s))
    }

    @Test func escClearsTheSearchThenLeaves() {
        var s = reader()
        send(&s, .character("/")); type(&s, "kapal"); send(&s, .enter)
        send(&s, .escape)
        #expect(s.reader.hits.isEmpty && s.reader.query.isEmpty && s.screen == .reader(articleIndex: 2))
        #expect(s.notice == "search cleared")
        send(&s, .character("n"))
        #expect(s.screen == .reader(articleIndex: 3), "with no search, n is the next article again")
        send(&s, .escape)
        #expect(s.screen == .library)
    }

    @Test func escWhileTypingPutsBackTheSearchBefore() {
        var s = reader()
        send(&s, .character("/")); type(&s, "kapal"); send(&s, .enter)
        let hits = s.reader.hits
        send(&s, .character("/")); type(&s, "xyzzy")
        #expect(s.reader.hits.isEmpty)
        #expect(render(s).lines[29].contains("not found"))
        send(&s, .escape)
        #expect(s.reader.query == "kapal" && s.reader.hits == hits && !s.reader.isSearching)
    }

    @Test func typedKeysDoNotActWhileSearching() {
        var s = reader()
        send(&s, .character("/")); type(&s, "qnB")
        #expect(s.screen == .reader(articleIndex: 2) && !s.showsBoilerplate && s.reader.query == "qnB")
    }

    @Test func aMissSaysSo() {
        var s = reader(50, 15)
        send(&s, .character("/")); type(&s, "xyzzy"); send(&s, .enter)
        #expect(s.notice == "“xyzzy” is not in this article")
    }
}

/// `/` in the library finds words in the articles' text as well as titles and outlets.
@Suite("Finding articles by their text")
struct LibraryTextSearchTests {
    static let articles = DemoCorpus.load(extractsClaims: true).articles

    @Test func theFilterFindsWordsOfTheTextOnceTheTextsAreRead() {
        var s = AppState(articles: Self.articles, width: 100, height: 30)
        let word = "syahbandar"
        let inText = Set(Self.articles.indices.filter { Self.articles[$0].body.lowercased().contains(word) })
        let inTitle = Set(Self.articles.indices.filter { (Self.articles[$0].title ?? "").lowercased().contains(word) })
        #expect(!inText.isEmpty && inTitle.isEmpty, "a word of the demo's texts that no title has")
        update(&s, .key(.character("/")))
        for c in "SyahBandar" { update(&s, .key(.character(c))) }
        // Until the background work folds the texts, titles and outlets only, and the title bar says so.
        #expect(s.pendingWork.contains(.foldTexts))
        #expect(s.visibleArticles.isEmpty)
        #expect(render(s).lines[0].contains("in titles"))
        performPendingWork(&s)
        #expect(Set(s.visibleArticles) == inText, "every article whose text holds the word, case ignored")
        #expect(!render(s).lines[0].contains("in titles"))
        update(&s, .key(.enter))
        update(&s, .key(.escape))
        #expect(s.visibleArticles.count == Self.articles.count && s.library.textMatches == nil)
    }

    @Test func foldedSearchFindsAccentedAndMultibyteWords() {
        let index = TextSearchIndex([Article(id: "a", path: "a", format: .text, body: "Kata SINÉAD di Ōsaka."),
                                     Article(id: "b", path: "b", format: .text, body: "Tidak ada.")])
        #expect(index.matching("sinéad") == [0])
        #expect(index.matching("ōsaka") == [0])
        #expect(index.matching("ada") == [1])
        #expect(index.matching("").isEmpty)
    }
}

/// `v` in the reader: the selected claim's verdict, saved through an effect, shown on every outlet's version.
@Suite("Verdicts in the reader")
struct ReaderVerdictTests {
    static let articles = DemoCorpus.load(extractsClaims: true).articles

    @Test func vStepsThroughTheLabelsAndAsksTheRunLoopToSave() throws {
        var s = AppState(articles: Self.articles, width: 100, height: 30)
        // Sari Handayani's "40 menit" (Lintas Kawi), "45 menit" in PenaBahari's copy.
        let article = try #require(Self.articles.firstIndex { $0.outlet == "Lintas Kawi" && $0.claims.contains { $0.content.contains("40 menit") } })
        let claim = try #require(Self.articles[article].claims.firstIndex { $0.content.contains("40 menit") })
        for _ in 0..<article { update(&s, .key(.down)) }
        update(&s, .key(.enter))
        update(&s, .key(.character("v")))
        #expect(s.notice == "select a claim with ] first, then v sets its verdict")
        for _ in 0...claim { update(&s, .key(.character("]"))) }
        update(&s, .key(.character("v")))
        guard case .saveVerdict(let first, _)? = s.effects.last else { Issue.record("no save asked for"); return }
        #expect(first.label == "Benar" && first.claim.contains("40 menit"))
        s.effects.removeAll()
        update(&s, .key(.character("v")))
        #expect(s.verdicts.count == 1 && s.verdicts[0].label == "Sebagian benar")
        #expect(render(s).lines[29].contains("⚖ Sebagian benar"))
        // The same claim as PenaBahari printed it shows the verdict too.
        update(&s, .key(.enter), .key(.enter))
        if case .reader(let other) = s.screen { #expect(Self.articles[other].outlet == "PenaBahari") } else { Issue.record("reader expected") }
        #expect(render(s).lines[29].contains("⚖ checked in Lintas Kawi: Sebagian benar"))
    }

    @Test func nWritesTheNoteAndEAddsEvidence() throws {
        var s = AppState(articles: Self.articles, width: 100, height: 30)
        update(&s, .key(.enter), .key(.character("]")), .key(.character("N")))
        #expect(s.ledgerInput == nil && s.notice == "set the claim's verdict with v first")
        update(&s, .key(.character("v")), .key(.character("N")))
        for c in "foto lama" { update(&s, .key(.character(c))) }
        #expect(render(s).lines[29].contains("note: foto lama▏"))
        update(&s, .key(.character("q")))   // typed text, not back
        update(&s, .key(.backspace), .key(.enter))
        #expect(s.verdicts.last?.note == "foto lama" && s.notice == "note saved")
        update(&s, .key(.character("E")))
        for c in "https://example.org/asli" { update(&s, .key(.character(c))) }
        update(&s, .key(.enter))
        guard case .saveVerdict(let v, _)? = s.effects.last else { Issue.record("no save asked for"); return }
        #expect(v.evidence == ["https://example.org/asli"] && v.note == "foto lama" && v.label == "Benar")
        update(&s, .key(.character("E")), .key(.character("x")), .key(.escape))
        #expect(s.verdicts.last?.evidence.count == 1 && s.notice == "no link added")
        #expect(s.screen != .library)
        // The claim's details and the claim panel show the verdict.
        update(&s, .key(.enter))
        let details = render(s).lines
        #expect(details.contains { $0.contains("Verdict    ⚖ Benar — foto lama") } && details.contains { $0.contains("Evidence   https://example.org/asli") })
        update(&s, .key(.character("q")), .key(.character("C")))
        #expect(render(s).lines.contains { $0.contains("1. ⚖ Benar ") })
    }

    @Test func theClaimsDetailsAndTheDeskTakeVNAndE() throws {
        var s = AppState(articles: Self.articles, width: 100, height: 30)
        // In the claim's details: v sets the verdict of the claim they are about, N its note.
        update(&s, .key(.enter), .key(.character("]")), .key(.enter))
        guard case .claim(let member) = s.screen else { Issue.record("claim details expected"); return }
        update(&s, .key(.character("v")))
        guard case .saveVerdict(let v, let change)? = s.effects.last else { Issue.record("no save asked for"); return }
        #expect(v.claim == Self.articles[member.article].claims[member.claim].content && v.label == "Benar" && change == .label)
        update(&s, .key(.character("N")))
        for c in "sumber ganda" { update(&s, .key(.character(c))) }
        update(&s, .key(.enter))
        guard case .saveVerdict(let noted, let noteChange)? = s.effects.last else { Issue.record("no save asked for"); return }
        #expect(noted.note == "sumber ganda" && noteChange == .note, "only the note is written: another process's label stays")
        // On the desk: E on a row said by someone adds a link to its claim's verdict.
        update(&s, .key(.character("q")), .key(.character("q")), .key(.character("D")))
        performPendingWork(&s)
        let k = try #require(s.desk.rows.firstIndex { $0.article != nil && $0.claim != nil })
        s.desk.cursor = k
        update(&s, .key(.character("E")))
        #expect(s.ledgerInput == nil && s.notice == "set the claim's verdict with v first")
        update(&s, .key(.character("v")), .key(.character("E")))
        for c in "https://example.org/b" { update(&s, .key(.character(c))) }
        update(&s, .key(.enter))
        guard case .saveVerdict(let linked, let linkChange)? = s.effects.last else { Issue.record("no save asked for"); return }
        #expect(linked.evidence == ["https://example.org/b"] && linkChange == .evidence)
    }
}

private func update(_ s: inout AppState, _ keys: Event...) { for k in keys { KabarTUI.update(&s, k) } }
