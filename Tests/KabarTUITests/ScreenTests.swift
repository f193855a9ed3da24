import Testing
import KabarCore
@testable import KabarTUI

@Suite("Screens and key sequences (demo corpus)")
struct ScreenTests {
    static let articles = DemoCorpus.load(extractsClaims: true).articles

    func state(_ w: Int = 100, _ h: Int = 30) -> AppState { AppState(articles: Self.articles, width: w, height: h) }

    /// Keys, each followed by whatever background work it started, done at once (as if the machine were fast).
    func send(_ s: inout AppState, _ keys: Key...) { for k in keys { update(&s, .key(k)); performPendingWork(&s) } }

    @Test func libraryListsEveryArticleWithOutletAndSelection() {
        let s = state()
        let b = render(s)
        #expect(b.lines[0].contains("kabar — 8 articles"))
        #expect(b.lines[1].contains("Lintas Kawi") && b.lines[1].contains("2026-03-12"))
        #expect(b[2, 1].style.reverse, "the first row is selected")
        #expect(!b[2, 2].style.reverse)
        #expect(b.lines[29].contains("Enter read"))
    }

    @Test func movingAndOpeningAnArticle() {
        var s = state()
        send(&s, .down, .down, .enter)
        #expect(s.screen == .reader(articleIndex: 2))
        let b = render(s)
        #expect(b.lines[1].contains("Feri Tenggelam di Selat Lombar, 300 Penumpang"))
        #expect(b[2, 1].style.bold, "the title is bold")
        #expect(!b.lines.contains { $0.contains("Terpopuler") }, "boilerplate hidden")
        send(&s, .character("B"))
        #expect(render(s).lines.contains { $0.contains("░ Beranda") }, "B shows boilerplate")
        send(&s, .character("q"))
        #expect(s.screen == .library)
        #expect(s.library.cursor == 2)
    }

    @Test func libraryShowsClaimCountsAndHeadlineWarnings() {
        let b = render(state())
        let pena = b.lines.first { $0.contains("PenaBahari") } ?? ""
        #expect(pena.contains("⚠"), "PenaBahari's headline says 300 passengers, its lede 350")
        #expect(b.lines.filter { $0.contains("⚠") }.count == 1)
        let first = b.lines[1]
        #expect(first.contains(" \(Self.articles[0].claims.count)   Feri"), "the claim count before the title: \(first)")
    }

    @Test func claimPanelListsClaimsAndFollowsTheSelection() {
        var s = state(90, 24)
        send(&s, .enter, .character("C"))
        var b = render(s)
        let rule = b.lines.firstIndex { $0.contains("claims · ] [ select · C hide") }
        #expect(rule == 1 + ReaderView.textRows(s), "the panel sits under the text")
        send(&s, .character("]"), .character("]"))
        b = render(s)
        let selectedRow = (rule! + 1..<23).first { b[3, $0].style.reverse }
        #expect(selectedRow.map { b.line($0).contains("2. ") } == true, "the second claim is selected in the panel")
        send(&s, .character("C"))
        #expect(!render(s).lines.contains { $0.contains("C hide") })
    }

    @Test func cachedLayoutsDrawWhatAFreshLayoutDraws() {
        var s = state(80, 24)
        send(&s, .down, .enter, .character("]"), .character("]"), .down, .character("B"))
        var fresh = s
        fresh.lineCache.removeAll()
        #expect(!s.lineCache.isEmpty, "update laid the article out")
        #expect(render(s) == render(fresh))
        update(&s, .resize(width: 60, height: 20))
        fresh = s
        fresh.lineCache.removeAll()
        #expect(render(s) == render(fresh), "a new width is laid out again")
    }

    @Test func theSelectedClaimStaysInViewAfterANarrowerTerminal() throws {
        var s = state(100, 30)
        send(&s, .enter, .character("]"), .character("]"), .character("]"))
        let claim = try #require(s.reader.claimCursor)
        guard case .reader(let index) = s.screen else { Issue.record("not in the reader"); return }
        update(&s, .resize(width: 50, height: 15))
        let lines = s.cachedReaderLines(s.readerKey(index))
        let row = try #require(lines.firstIndex { $0.claimIndexes.contains(claim) })
        #expect((s.reader.top..<(s.reader.top + ReaderView.textRows(s))).contains(row),
                "claim \(claim + 1) starts on line \(row); the reader shows from line \(s.reader.top)")
    }

    @Test func readerScrollsAndClamps() {
        var s = state(60, 20)
        send(&s, .enter)
        send(&s, .end)
        let bottom = s.reader.top
        #expect(bottom > 0)
        send(&s, .pageDown)
        #expect(s.reader.top == bottom, "scrolling stops at the end")
        send(&s, .character("g"))
        #expect(s.reader.top == 0)
    }

    @Test func filterAndSort() {
        var s = state()
        send(&s, .character("/"), .character("l"), .character("e"), .character("d"), .character("g"), .character("e"), .enter)
        // The Strait Ledger's two articles, and Lintas Kawi's whose text holds "ledge".
        #expect(s.visibleArticles.count == 3)
        #expect(render(s).lines[0].contains("3 articles matching “ledge”"))
        send(&s, .escape)
        #expect(s.visibleArticles.count == 8)
        send(&s, .character("s"))
        #expect(s.library.sortOrder == .date)
        let dates = s.visibleArticles.compactMap { Self.articles[$0].published }
        #expect(dates == dates.sorted(by: >))
        #expect(render(s).lines[0].contains("newest first"))
        send(&s, .character("s"))
        #expect(s.library.sortOrder == .oldest)
        let oldest = s.visibleArticles.compactMap { Self.articles[$0].published }
        #expect(oldest == oldest.sorted() && oldest.count == dates.count)
        // Undated articles stay last either way.
        #expect(s.visibleArticles.last.map { Self.articles[$0].published == nil } == true)
        #expect(render(s).lines[0].contains("oldest first"))
    }

    @Test func tinyTerminalShowsANoticeAndRecoversOnResize() {
        var s = state()
        update(&s, .resize(width: 30, height: 8))
        #expect(render(s).lines.contains { $0.contains("Terminal too small") })
        update(&s, .resize(width: 80, height: 24))
        #expect(render(s).lines[0].contains("kabar — 8 articles"))
    }

    @Test func helpAndQuit() {
        var s = state()
        send(&s, .character("?"))
        #expect(s.screen == .help)
        #expect(render(s).lines.contains { $0.contains("show or hide page boilerplate") })
        send(&s, .character("q"))
        #expect(s.screen == .library)
        send(&s, .character("Q"))
        #expect(s.wantsQuit)
        var t = state()
        send(&t, .interrupt)
        #expect(t.wantsQuit)
    }

    @Test func helpJumpsWithGAndShowsMoreOnlyAboveTheBottom() {
        var s = state(50, 15)
        send(&s, .character("?"))
        #expect(render(s).lines[0].contains("↓ more"))
        send(&s, .character("G"))
        #expect(s.help.top > 0)
        #expect(!render(s).lines[0].contains("↓ more"), "at the bottom nothing is below")
        send(&s, .character("g"))
        #expect(s.help.top == 0)
        send(&s, .end)
        #expect(s.help.top > 0)
        send(&s, .home)
        #expect(s.help.top == 0)
    }

    @Test func claimsAreHighlightedByKindAndJumpable() throws {
        var s = state()
        send(&s, .enter)   // Lintas Kawi, first article
        let article = Self.articles[0]
        let direct = try #require(article.claims.firstIndex { $0.kind == .direct })
        let b = render(s)
        // Find the first word of the direct quote on screen and check its style.
        let word = String(article.claims[direct].content.prefix(while: { $0 != " " }))
        let y = try #require(b.lines.firstIndex { $0.contains(word) }, "quote not on screen")
        let x = try #require(b.lines[y].range(of: word)).lowerBound.utf16Offset(in: b.lines[y])
        #expect(b[x, y].style.role == .claimDirect)
        #expect(b[x, y].style.bold)
        // Jump through claims with ] and [: the status bar describes the selected one.
        send(&s, .character("]"))
        #expect(s.reader.claimCursor == 0)
        #expect(render(s).lines[29].contains("claim 1/\(article.claims.count)"))
        for _ in 0..<direct { send(&s, .character("]")) }
        #expect(s.reader.claimCursor == direct)
        let status = render(s).lines[29]
        #expect(status.contains("direct") && status.contains(article.claims[direct].speaker ?? "?"), "\(status)")
        let selected = render(s)
        let sy = try #require(selected.lines.firstIndex { $0.contains(word) })
        #expect(selected[x, sy].style.reverse, "the selected claim is reversed")
        send(&s, .character("["))
        #expect(s.reader.claimCursor == direct - 1 || direct == 0)
    }

    @Test func sameSpeakerSameColourAcrossArticles() {
        #expect(Style.Role.speaker("Rudianto Wibisono") == Style.Role.speaker("rudianto wibisono"))
        let roles = Set(["Hendra Saputra", "Rudianto Wibisono", "Bambang Aryaseta", "Sari Handayani", "Wulan Lestari"].map(Style.Role.speaker))
        #expect(roles.count >= 3, "names spread over the palette")
    }

    @Test func mouseSelectsThenOpens() {
        var s = state()
        update(&s, .click(x: 5, y: 4))
        #expect(s.library.cursor == 3)
        update(&s, .click(x: 5, y: 4))
        #expect(s.screen == .reader(articleIndex: 3))
    }

    @Test func markedArticlesOpenSideBySideAndScrollTogetherOrAlone() throws {
        var s = state(100, 24)
        send(&s, .character("m"), .down, .down, .character("m"))
        #expect(s.library.marked == [0, 2])
        let library = render(s)
        #expect(library.lines[1].hasPrefix("1") && library.lines[3].hasPrefix("2") && library.lines[2].hasPrefix(" "), "marked rows show their order")
        send(&s, .character("c"))
        #expect(s.screen == .columns(articleIndexes: [0, 2]))
        let b = render(s)
        let first = try #require(Self.articles[0].outlet), third = try #require(Self.articles[2].outlet)
        #expect(b.lines[1].contains(first) && b.lines[1].contains(third), "both outlets head their columns")
        let rule = try #require(b.lines[5].firstIndex(of: "│"))
        #expect(b.lines[5].distance(from: b.lines[5].startIndex, to: rule) > 40, "the rule sits near the middle")
        #expect(b[0, 1].style.reverse && !b[60, 1].style.reverse, "the first column has focus")

        send(&s, .character("j"), .character("j"))
        #expect(s.columns.tops == [2, 2], "scrolling moves every column")
        send(&s, .character("a"), .tab, .character("j"))
        #expect(s.columns.focused == 1)
        #expect(s.columns.tops == [2, 3], "after a, only the focused column scrolls")
        send(&s, .character("g"))
        #expect(s.columns.tops == [2, 0])
        send(&s, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown)
        let bottom = s.columns.tops[1]
        send(&s, .pageDown)
        #expect(s.columns.tops[1] == bottom && bottom > 0, "a column stops at its own end")
        send(&s, .home)
        #expect(s.columns.tops[1] == 0)
        send(&s, .end)
        #expect(s.columns.tops[1] == bottom, "End goes to the focused column's end")
        send(&s, .character("g"), .character("G"))
        #expect(s.columns.tops[1] == bottom, "as G does")
        send(&s, .character("q"))
        #expect(s.screen == .library)
    }

    @Test func columnsWithoutMarksShowSelectedAndNext() {
        var s = state(80, 24)
        send(&s, .down, .character("c"))
        #expect(s.screen == .columns(articleIndexes: [1, 2]))
        var t = state(80, 24)
        send(&t, .end, .character("c"))
        #expect(t.screen == .library, "the last article has no neighbour; nothing opens")
    }

    @Test func readerWarnsWhenTheHeadlineNumberDiffersFromTheBody() throws {
        var s = state()
        let pena = try #require(Self.articles.firstIndex { $0.outlet == "PenaBahari" })
        for _ in 0..<pena { send(&s, .down) }
        send(&s, .enter)
        let b = render(s)
        let y = try #require(b.lines.firstIndex { $0.contains("⚠ headline says 300 Penumpang, the body 350 penumpang") })
        #expect(b[3, y].style.role == .notice)
        send(&s, .character("q"), .up)
        send(&s, .enter)
        #expect(!render(s).lines.contains { $0.contains("⚠ headline says") }, "no warning where headline and body agree")
    }

    @Test func statusBarNamesOtherOutletsCarryingTheSameClaim() throws {
        var s = state(200, 30)
        // Hendra Saputra's count of ticketless passengers is told by Warta Selat and PenaBahari alike.
        let member = try #require(s.sameClaim.keys.first {
            Self.articles[$0.article].outlet == "Warta Selat" && Self.articles[$0.article].claims[$0.claim].content.contains("tanpa tiket")
        })
        let others = s.otherOutlets(member)
        #expect(others == ["PenaBahari"])
        for _ in 0..<member.article { send(&s, .down) }
        send(&s, .enter)
        for _ in 0...member.claim { send(&s, .character("]")) }
        #expect(s.reader.claimCursor == member.claim)
        #expect(render(s).lines[29].contains("also in " + others.joined(separator: ", ")))
    }

    @Test func claimDetailsShowTheOtherOutletsVersionWithTheChangedNumberMarked() throws {
        var s = state(100, 30)
        // Sari Handayani's "40 menit" (Lintas Kawi) is "45 menit" in PenaBahari's copy.
        let article = try #require(Self.articles.firstIndex { $0.outlet == "Lintas Kawi" && $0.claims.contains { $0.content.contains("40 menit") } })
        let claim = try #require(Self.articles[article].claims.firstIndex { $0.content.contains("40 menit") })
        for _ in 0..<article { send(&s, .down) }
        send(&s, .enter)
        for _ in 0...claim { send(&s, .character("]")) }
        #expect(render(s).lines[29].contains("Enter details"))
        send(&s, .enter)
        #expect(s.screen == .claim(ClaimCluster.Member(article: article, claim: claim)))
        let b = render(s)
        #expect(b.lines[0].contains("Claim \(claim + 1)/") && b.lines[0].contains("Lintas Kawi"))
        #expect(b.lines.contains { $0.contains("Speaker    Sari Handayani") })
        #expect(b.lines.contains { $0.contains("Also in 1 other article · ≠ numbers or dates differ in 1") })
        let header = try #require(b.lines.firstIndex { $0.contains("▸ PenaBahari") && $0.contains("≠ 45") })
        #expect(b[4, header].style.reverse, "the first version is selected")
        // "45" in PenaBahari's wording and "40" in Lintas Kawi's carry the conflict style.
        for number in ["45", "40"] {
            let y = try #require(b.lines.indices.first { y in y != header && b.lines[y].contains(number + " menit") })
            let x = try #require(b.lines[y].range(of: number + " menit")).lowerBound.utf16Offset(in: b.lines[y])
            #expect(b[x, y].style.role == .conflict, "\(number) at \(x),\(y)")
            #expect(b[x + 3, y].style.role != .conflict, "menit is the same word on both sides")
        }
        // Enter reads PenaBahari's article at its version of the claim; q q comes back to the reader.
        send(&s, .enter)
        guard case .reader(let other) = s.screen else { Issue.record("reader expected"); return }
        #expect(Self.articles[other].outlet == "PenaBahari")
        #expect(Self.articles[other].claims[s.reader.claimCursor ?? -1].content.contains("45 menit"))
        send(&s, .character("q"), .character("q"))
        #expect(s.screen == .reader(articleIndex: article))
    }

    @Test func backFromAnotherOutletsReaderIsTheFirstReaderAsItWas() throws {
        var s = state(60, 15)
        let article = try #require(Self.articles.firstIndex { $0.outlet == "Lintas Kawi" && $0.claims.contains { $0.content.contains("40 menit") } })
        let claim = try #require(Self.articles[article].claims.firstIndex { $0.content.contains("40 menit") })
        for _ in 0..<article { send(&s, .down) }
        send(&s, .enter)
        for _ in 0...claim { send(&s, .character("]")) }
        let (top, cursor) = (s.reader.top, s.reader.claimCursor)
        #expect(top > 0, "the claim is further down")
        // Its details, the other outlet's version read in its reader (scrolled, another claim), then back twice.
        send(&s, .enter, .enter, .down, .down)
        #expect(s.screen != .reader(articleIndex: article))
        send(&s, .character("q"), .character("q"))
        #expect(s.screen == .reader(articleIndex: article))
        #expect(s.reader.top == top && s.reader.claimCursor == cursor, "the first reader's scroll and claim, not the second's")
    }

    @Test func storiesGroupTheOutletsAndOpenIntoTheirArticles() throws {
        var s = state(100, 30)
        send(&s, .character("t"))
        #expect(s.screen == .stories)
        let b = render(s)
        // Read from the demo: the sinking is told by Lintas Kawi, Kabar Tanjung, Warta Selat and PenaBahari's blog
        // (its passenger count, 350 against 250 and 300, quoting the harbour master and the governor); the rising
        // toll by Lintas Kawi and Kantor Berita Pelita; the rest by one article each (8 articles, 4 stories).
        #expect(b.lines[0].contains("4 stories, 2 told by several articles"))
        #expect(b.lines[1].contains("4×") && b.lines[1].contains("Feri KM Bahari Nusa Tenggelam"))
        #expect(b.lines[1].contains("⚠"), "PenaBahari's headline number differs from its opening")
        #expect(b.lines[29].contains("⚠ PenaBahari: headline number differs"), "the status bar names the outlet, not the story's title: \(b.lines[29])")
        #expect(b.lines[2].contains("2×") && b.lines[2].contains("Korban Feri Bahari Nusa Bertambah"))
        #expect(b[3, 1].style.reverse, "the first story is selected")
        send(&s, .enter)
        #expect(s.screen == .library)
        let outlets = s.visibleArticles.map { Self.articles[$0].outlet ?? "?" }
        #expect(Set(outlets) == ["Lintas Kawi", "Kabar Tanjung", "Warta Selat", "PenaBahari"])
        #expect(render(s).lines[0].contains("4 articles in the story"))
        send(&s, .character("q"))
        #expect(s.screen == .stories)
        #expect(s.visibleArticles.count == Self.articles.count, "leaving the story clears its filter")
        send(&s, .down, .character("d"))
        guard case .compare(let l, let r) = s.screen else { Issue.record("compare expected"); return }
        #expect(Set([Self.articles[l].outlet, Self.articles[r].outlet]) == ["Lintas Kawi", "Kantor Berita Pelita"])
        send(&s, .character("q"), .character("q"))
        #expect(s.screen == .library)
        send(&s, .character("q"))
        #expect(s.wantsQuit)
    }

    @Test func aNumberOtherOutletsReportDifferentlyIsMarkedWithTheirValues() throws {
        var s = state(100, 30)
        let warta = try #require(Self.articles.firstIndex { $0.outlet == "Warta Selat" })
        s.library.cursor = warta
        update(&s, .key(.enter))
        #expect(s.pendingWork.contains(.findNumberConflicts), "found in the background when the first reader opens")
        performPendingWork(&s)
        let body = Self.articles[warta].body
        let q = try #require(Self.articles[warta].quantities.first { $0.text == "300 penumpang" })
        #expect(s.numberConflicts?.others(article: warta, range: q.range)?.contains { $0.outlet == "Kabar Tanjung" && $0.text == "250 penumpang" } == true)
        let claim = try #require(Self.articles[warta].claims.firstIndex { $0.range.contains(q.range.lowerBound) })
        for _ in 0...claim { update(&s, .key(.character("]"))) }
        let b = render(s)
        #expect(b.lines[29].contains("claim \(claim + 1)/") && b.lines[29].contains("≠ 350 penumpang PenaBahari, 250 penumpang Kabar Tanjung"), "\(b.lines[29])")
        let cells = (1..<29).flatMap { y in (0..<100).map { b[$0, y] } }.filter { $0.style.role == .conflict }
        #expect(!cells.isEmpty && body.contains("300 penumpang"), "the number in the conflict style")
        // With no claim selected, the number on screen says what the others report too, in a claim or not.
        s.reader.claimCursor = nil
        let plain = render(s).lines[29]
        #expect(plain.contains("≠ ") && plain.contains(" here; ") && plain.contains("PenaBahari"), "\(plain)")
    }

    @Test func leavingAScreenStopsTheWorkItWaitsFor() throws {
        var s = state(100, 30)
        update(&s, .key(.character("e")))   // no work done between the keys: a slow machine
        #expect(s.screen == .entities && s.pendingWork.contains(.findEntities))
        update(&s, .key(.escape))
        #expect(s.screen == .library && !s.pendingWork.contains(.findEntities), "Esc stops the entity search")
        #expect(s.effects.contains(.cancel(.findEntities)) && s.notice == "stopped finding the entities")
        performPendingWork(&s)
        #expect(s.entityTable == nil, "a stopped search delivers nothing")
        // Opened again, it starts again and finishes.
        send(&s, .character("e"))
        #expect(s.entityTable != nil && s.pendingWork.isEmpty)
        // Work the screen does not wait for alone (the reader's number marks) goes on.
        update(&s, .key(.escape))
        update(&s, .key(.enter))
        #expect(s.pendingWork.contains(.findNumberConflicts))
        update(&s, .key(.character("q")))
        #expect(s.pendingWork.contains(.findNumberConflicts))
        // The entity table asks whether to stop every 64 articles.
        let many = Array(repeating: Self.articles, count: 20).flatMap { $0 }
        let stopped = EntityTable(many, isCancelled: { true }), whole = EntityTable(many)
        #expect(stopped.entities.reduce(0) { $0 + $1.mentions.count } < whole.entities.reduce(0) { $0 + $1.mentions.count })
    }

    @Test func leavingAStoryGivesBackTheLibraryAsItWas() {
        var s = state(100, 30)
        send(&s, .character("s"), .down, .down, .down)
        #expect(s.library.sortOrder == .date && s.library.cursor == 3)
        send(&s, .character("t"), .enter, .down, .character("m"))
        #expect(s.library.storyFilter != nil && s.library.cursor == 1)
        send(&s, .character("q"), .character("q"))
        #expect(s.screen == .library && s.library.storyFilter == nil)
        #expect(s.library.cursor == 3 && s.library.sortOrder == .date, "the cursor and sort from before the story")
        #expect(s.library.marked.count == 1, "a mark made in the story stays")
    }

    @Test func aPageInTheReaderIsWhatShowsAboveTheClaimPanel() {
        var s = state(100, 16)
        send(&s, .enter, .character("C"), .pageDown)
        #expect(s.showsClaimPanel && ReaderView.textRows(s) == 10)
        #expect(s.reader.top == 9, "a page less one line of the text shown over the panel, not of the whole screen")
    }

    @Test func escInTheFilterPutsBackTheFilterItEdited() {
        var s = state()
        send(&s, .character("/"), .character("l"), .character("e"), .character("d"), .character("g"), .character("e"), .enter)
        #expect(s.visibleArticles.count == 3)
        // A second `/` edits "ledge"; Esc cancels that edit, not the filter kept with Enter.
        send(&s, .character("/"), .backspace, .backspace, .character("x"), .escape)
        #expect(s.library.filter == "ledge" && !s.library.isFiltering)
        #expect(s.visibleArticles.count == 3)
        // `q` typed in the filter is text, not quit.
        send(&s, .character("/"), .character("q"))
        #expect(s.library.filter == "ledgeq" && !s.wantsQuit)
        send(&s, .escape)
        #expect(s.library.filter == "ledge")
    }

    @Test func libraryRowsAt80ColumnsGiveTheTitleTheRoom() {
        var s = state(80, 24)
        send(&s, .character("m"))
        let b = render(s)
        #expect(b.lines[1].hasPrefix("1 Lintas Kawi"), "a space between the mark and the outlet: \(b.lines[1])")
        #expect(b.lines[1].contains("2026-03-12 ") && !b.lines[1].contains("2026-03-12 2"), "the day alone below 100 columns")
        let cut = b.lines.filter { $0.contains("…") }
        #expect(!cut.isEmpty, "a cut title shows it")
        #expect(!cut.contains { $0.range(of: "[0-9]…", options: .regularExpression) != nil }, "and never ends in a cut number")
    }

    @Test func bangListsTheSkippedInputsWithTheirReasons() {
        var s = AppState(articles: Self.articles, width: 60, height: 15,
                         skipped: ["/data/berita/rusak.html: not UTF-8 and no charset declared", "/data/feed.jsonl#17: no article text found after removing page furniture"])
        send(&s, .character("!"))
        #expect(s.screen == .skipped)
        let b = render(s)
        #expect(b.lines[0].contains("kabar — 2 inputs skipped"))
        #expect(b.lines.contains { $0.contains("• /data/berita/rusak.html: not UTF-8") })
        #expect(b.lines.contains { $0.contains("removing page furniture") }, "a long reason wraps instead of being cut")
        send(&s, .character("q"))
        #expect(s.screen == .library)
        var clean = state()
        send(&clean, .character("!"))
        #expect(clean.screen == .library && render(clean).lines[29].contains("every input was read"))
    }

    @Test func qWithMarksAsksFirst() {
        var s = state()
        send(&s, .character("m"), .character("q"))
        #expect(!s.wantsQuit && render(s).lines[29].contains("1 article is marked: q again quits"))
        send(&s, .down)
        #expect(!s.quitAsked, "any other key stays")
        send(&s, .character("q"))
        #expect(!s.wantsQuit, "it asks again")
        send(&s, .character("q"))
        #expect(s.wantsQuit)
        var t = state()
        send(&t, .character("m"), .character("Q"))
        #expect(t.wantsQuit, "Q quits at once")
    }

    @Test func keysThatCannotDoWhatTheyAskSaySo() {
        var s = state()
        send(&s, .end, .character("c"))
        #expect(s.screen == .library && render(s).lines[29].contains("c needs two articles"))
        send(&s, .character("d"))
        #expect(render(s).lines[29].contains("d needs two articles"))
        send(&s, .home)
        for _ in 0..<4 { send(&s, .character("m"), .down) }
        send(&s, .character("m"))
        #expect(s.library.marked.count == 4 && render(s).lines[29].contains("four articles are marked already"))
    }

    @Test func columnsOfALargeStorySayHowManyTheyShow() {
        var s = state()
        update(&s, .key(.character("t")))
        s.effects.removeAll()
        deliver(.stories([Story(articleIndexes: [0, 1, 2, 3, 4, 5], title: "Enam", earliest: nil, outlets: [])]), to: &s)
        update(&s, .key(.character("c")))
        #expect(s.screen == .columns(articleIndexes: [0, 1, 2, 3]))
        #expect(render(s).lines[29].contains("showing the first 4 of its 6 articles"))
    }

    @Test func theEntitySearchTakesEveryLetterAsText() {
        var s = state()
        update(&s, .key(.character("e")))
        deliver(.entities(EntityTable(Self.articles)), to: &s)
        for c in "Qatar" { update(&s, .key(.character(c))) }
        #expect(!s.wantsQuit && s.screen == .entities && s.entityList.filter == "Qatar", "Q is the search's text here")
        update(&s, .key(.character("!")))
        #expect(render(s).lines[29].contains("'!' does nothing here"), "a key the search cannot take says so")
        update(&s, .key(.character("?")))
        #expect(s.screen == .help)
        update(&s, .key(.character("x")))
        #expect(s.screen == .help && render(s).lines[29].contains("'x' does nothing here"))
    }

    @Test func slowWorkRunsInTheBackgroundWhileKeysKeepWorking() {
        var s = state()
        update(&s, .key(.character("e")))
        // The entity list opens at once with a spinner; the table is work for the run loop's background.
        #expect(s.screen == .entities && s.entityTable == nil && s.effects == [.findEntities])
        #expect(render(s).lines.contains { $0.contains("finding the people, organisations and places in 8 articles") })
        // Typed keys land in the search box meanwhile.
        for c in "feri" { update(&s, .key(.character(c))) }
        #expect(s.entityList.filter == "feri")
        s.effects.removeAll()
        deliver(.entities(EntityTable(Self.articles)), to: &s)
        #expect(s.pendingWork.isEmpty)
        #expect(render(s).lines[0].contains("matching “feri”"))
        // Esc twice: out of the search, then back; a second e needs no new work.
        update(&s, .key(.escape)); update(&s, .key(.escape))
        #expect(s.screen == .library)
        update(&s, .key(.character("e")))
        #expect(s.effects.isEmpty && s.entityTable != nil)
        update(&s, .key(.escape))
        // The stories likewise; Esc goes back while they are grouped and stops the grouping; t starts it again.
        update(&s, .key(.character("t")))
        #expect(s.screen == .stories && s.effects == [.groupStories])
        #expect(render(s).lines.contains { $0.contains("grouping 8 articles into stories") })
        update(&s, .key(.escape))
        #expect(s.screen == .library && s.notice == "stopped grouping the stories")
        #expect(s.effects == [.groupStories, .cancel(.groupStories)])
        update(&s, .key(.character("t")))
        #expect(s.effects == [.groupStories, .cancel(.groupStories), .groupStories], "started again after the stop")
        update(&s, .key(.character("t")))
        #expect(s.effects.count == 3, "while it runs, not started twice")
        performPendingWork(&s)
        #expect(s.stories != nil && render(s).lines[0].contains("told by several articles"))
    }

    @Test func anUnknownKeySaysSoUntilTheNextKey() {
        var s = state()
        send(&s, .character("z"))
        #expect(s.screen == .library)
        #expect(render(s).lines[29].contains("'z' does nothing here · ? lists the keys"))
        send(&s, .down)
        #expect(!render(s).lines[29].contains("does nothing"), "the next key clears it")
        send(&s, .enter, .character("Z"))
        #expect(render(s).lines[29].contains("'Z' does nothing here"), "the reader too")
        send(&s, .character("j"))
        #expect(s.notice == nil)
    }
}

@Suite("Escape sequences")
struct EscapeSequenceTests {
    @Test func homeEndAndTheirVariantsAreNamed() {
        for s in ["[H", "OH", "[1~", "[7~"] { #expect(NCursesTerminal.namedSequence(s) == .home, "\(s)") }
        for s in ["[F", "OF", "[4~", "[8~"] { #expect(NCursesTerminal.namedSequence(s) == .end, "\(s)") }
        #expect(NCursesTerminal.namedSequence("[5~") == .pageUp)
        #expect(NCursesTerminal.namedSequence("[99~") == nil, "unknown: ignored, not Escape")
    }
}

@Suite("Open and copy")
struct OpenAndCopyTests {
    static let text = "Kapal feri tenggelam di Selat Lombar pada Kamis malam, kata Kepala Basarnas Rudi Hartono kepada wartawan."

    func article(url: String?) -> Article {
        Article(id: "a", path: "a.jsonl", format: .jsonl, url: url, outlet: "Contoh", title: "Feri Tenggelam",
                published: PublishedDate(year: 2026, month: 3, day: 12), blocks: [Block(kind: .lede, text: Self.text)],
                body: Self.text, claims: ClaimExtractor().extract(from: Self.text))
    }

    @Test func oOpensTheArticlesAddressAndYCopiesTheSelectedClaim() throws {
        var s = AppState(articles: [article(url: "https://example.id/berita/feri")], width: 100, height: 30)
        update(&s, .key(.enter))
        update(&s, .key(.character("o")))
        #expect(s.effects == [.openURL("https://example.id/berita/feri")])
        #expect(render(s).lines[29].contains("opening https://example.id/berita/feri"))
        s.effects.removeAll()
        update(&s, .key(.character("y")))
        #expect(s.effects.isEmpty && render(s).lines[29].contains("select a claim with ] first"))
        update(&s, .key(.character("]")))
        update(&s, .key(.character("y")))
        guard case .copy(let citation) = try #require(s.effects.first) else { Issue.record("copy expected"); return }
        #expect(citation.hasPrefix("Rudi Hartono (Kepala Basarnas): “"), "\(citation)")
        #expect(citation.hasSuffix("— Contoh, 2026-03-12, https://example.id/berita/feri"), "\(citation)")
        #expect(render(s).lines[29].contains("copied as a citation"))
    }

    @Test func onlyAWebAddressIsOpened() {
        for bad in [nil, "javascript:alert(1)", "file:///etc/passwd", "https://a b", "https://x\u{1B}]52;c;AAAA\u{07}"] {
            var s = AppState(articles: [article(url: bad)], width: 100, height: 30)
            update(&s, .key(.enter))
            update(&s, .key(.character("o")))
            #expect(s.effects.isEmpty, "\(bad ?? "nil")")
        }
        #expect(WebAddress.checked("https://example.id/a?b=c#d") == "https://example.id/a?b=c#d")
    }

    @Test func base64AsTheClipboardSequenceNeedsIt() {
        #expect(EffectRunner.base64(Array("Man".utf8)) == "TWFu")
        #expect(EffectRunner.base64(Array("Ma".utf8)) == "TWE=")
        #expect(EffectRunner.base64(Array("M".utf8)) == "TQ==")
        #expect(EffectRunner.base64(Array("“Feri” — é".utf8)) == "4oCcRmVyaeKAnSDigJQgw6k=")
    }
}

@Suite("Reader header")
struct ReaderHeaderTests {
    @Test func theArticlesAddressIsShownUnderItsTitle() {
        let text = "Kapal feri tenggelam di Selat Lombar pada Kamis malam, kata petugas."
        let article = Article(id: "a", path: "a.jsonl", format: .jsonl, url: "https://example.id/berita/feri-tenggelam",
                              outlet: "Contoh", title: "Feri Tenggelam", blocks: [Block(kind: .lede, text: text)], body: text)
        var s = AppState(articles: [article], width: 100, height: 30)
        update(&s, .key(.enter))
        #expect(render(s).lines.contains { $0.contains("https://example.id/berita/feri-tenggelam") })
        var narrow = AppState(articles: [article], width: 40, height: 15)
        update(&narrow, .key(.enter))
        #expect(render(narrow).lines.contains { $0.contains("https://example.id/b") && $0.contains("…") }, "cut to fit")
    }
}
