import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import KabarTUI

@Suite("Cell buffer")
struct BufferTests {
    @Test func wideCharactersTakeTwoCellsAndAreNeverSplit() {
        var b = Buffer(width: 6, height: 1)
        let end = b.put("a漢字b", x: 0, y: 0)
        #expect(end == 6)
        #expect(b[1, 0].scalars == ["漢"] && b[2, 0].isContinuation)
        #expect(b.line(0) == "a漢字b")
        var clipped = Buffer(width: 4, height: 1)
        clipped.put("ab漢字", x: 0, y: 0, maxWidth: 3)
        #expect(clipped.lines == ["ab…"], "a wide character that does not fit is not half-drawn")
    }

    @Test func textCutByTheEdgeOrItsWidthSaysSoAndNeverCutsANumber() {
        var b = Buffer(width: 20, height: 4)
        b.put("Korban bertambah 1.250 orang", x: 0, y: 0)
        b.put("Warta Selat · 300 penumpang · body", x: 2, y: 1, maxWidth: 16)
        b.put("3000 orang", x: 0, y: 2, maxWidth: 3)
        b.put("pas sekali      ", x: 10, y: 3)
        var story = Buffer(width: 24, height: 1)
        story.put("The Strait Ledger · 5 claims", x: 0, y: 0)
        #expect(story.line(0) == "The Strait Ledger…      ", "never '5 clai…'")
        #expect(b.line(0) == "Korban bertambah…   ", "the number goes whole, not '1.2…'")
        #expect(b.line(1) == "  Warta Selat…      ", "no dangling '·' and no number without its unit")
        #expect(b.line(2) == "…                   ", "never '30…' for 3000")
        #expect(b.line(3) == "          pas sekali", "spaces past the edge lose nothing: no mark")
    }

    @Test func widthsDoNotDependOnTheLocale() {
        // The reader runs in a UTF-8 locale, tests and scripts often in C: one table for both.
        let samples = ["Sinéad", "⚠ · — “ ”", "漢字", "한\u{1160}", "〈x〉", "e\u{301}", "👍🏽", "Rp 1,3 juta"]
        let saved = setlocale(LC_CTYPE, nil).map { String(cString: $0) } ?? "C"
        defer { setlocale(LC_CTYPE, saved) }
        setlocale(LC_CTYPE, "C")
        let inC = samples.map { DisplayWidth.of($0) }
        setlocale(LC_CTYPE, "C.UTF-8")
        let inUTF8 = samples.map { DisplayWidth.of($0) }
        #expect(inC == inUTF8)
        #expect(inC == [6, 9, 4, 2, 5, 1, 4, 11])
    }

    @Test func combiningMarksStayWithTheirBase() {
        var b = Buffer(width: 5, height: 1)
        b.put("e\u{301}x", x: 0, y: 0)
        #expect(b[0, 0].scalars == ["e", "\u{301}"])
        #expect(b[1, 0].scalars == ["x"])
    }

    @Test func controlCharactersNeverReachTheCells() {
        var b = Buffer(width: 10, height: 1)
        b.put("a\u{1B}b\u{7}", x: 0, y: 0)
        for x in 0..<10 { #expect(b[x, 0].scalars.allSatisfy { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) }) }
    }

    @Test func wrappingRespectsDisplayWidth() {
        #expect(TextWrapper.wrap("satu dua tiga empat", width: 9) == ["satu dua", "tiga", "empat"])
        #expect(TextWrapper.wrap("漢字漢字漢字", width: 5) == ["漢字", "漢字", "漢字"])
        #expect(TextWrapper.wrap("kata", width: 2) == ["ka", "ta"])
    }
}

@Suite("Ellipsis")
struct EllipsisTests {
    @Test func aCutShowsItselfAndNeverSplitsANumber() {
        #expect(Ellipsis.fit("Korut Tawarkan 100 Ribu Tentara", width: 40) == "Korut Tawarkan 100 Ribu Tentara", "what fits stays whole")
        #expect(Ellipsis.fit("Makin Kisruh, Korea Utara Tawarkan 100 Ribu Pasukan", width: 38) == "Makin Kisruh, Korea Utara Tawarkan…")
        #expect(Ellipsis.fit("Tenggelam di Selat Lombar, 212 Penumpang Dievakuasi", width: 32) == "Tenggelam di Selat Lombar…", "no number without its unit")
        #expect(Ellipsis.fit("Tawarkan 100.000 tentara", width: 13) == "Tawarkan…", "not Tawarkan 100…")
        #expect(Ellipsis.fit("Korea Utara disebutkan siap", width: 16) == "Korea Utara dis…", "a word without digits may be cut")
        #expect(DisplayWidth.of(Ellipsis.fit("Berita “penting” sekali untuk dibaca", width: 12)) <= 12)
    }
}
