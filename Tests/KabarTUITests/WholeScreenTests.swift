import Foundation
import Testing
import KabarCore
@testable import KabarTUI

/// Whole screens compared cell by cell, text and style, with the expected buffer in a file
/// (`Screens/<name>-<w>x<h>.txt`), as ratatui's `Buffer::with_lines` tests do: any change of any
/// cell fails, and the file shows what changed. On the demo corpus (prose written for kabar).
///
/// A file holds the screen's text, then the same grid with a letter per cell naming its style, then
/// the letters' legend. To accept a change on purpose: `KABAR_UPDATE_SCREENS=1 swift test --filter
/// WholeScreen`, then read the diff before committing it.
@Suite("Whole screens, cell by cell")
struct WholeScreenTests {
    static let articles = DemoCorpus.load(extractsClaims: true).articles

    /// The buffer as text, a style grid and its legend (letters given in order of first use).
    static func snapshot(_ b: Buffer) -> String {
        var letters: [Style: Character] = [:]
        var legend: [String] = []
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var text: [String] = [], styles: [String] = []
        for y in 0..<b.height {
            var t = "", g = ""
            for x in 0..<b.width {
                let cell = b[x, y]
                if cell.isContinuation { g.append("~"); continue }
                t.unicodeScalars.append(contentsOf: cell.scalars)
                if letters[cell.style] == nil {
                    let letter = letters.count < alphabet.count ? alphabet[letters.count] : "?"
                    letters[cell.style] = letter
                    let s = cell.style
                    let attributes = [s.bold ? "bold" : nil, s.underline ? "underline" : nil, s.reverse ? "reverse" : nil, s.dim ? "dim" : nil].compactMap { $0 }
                    legend.append("\(letter) = \(s.role)" + (attributes.isEmpty ? "" : " " + attributes.joined(separator: " ")))
                }
                g.append(letters[cell.style]!)
            }
            text.append("|" + t + "|")
            styles.append(g)
        }
        return (text + ["--- styles"] + styles + ["--- legend"] + legend).joined(separator: "\n") + "\n"
    }

    func check(_ name: String, _ state: AppState, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Screens/\(name)-\(state.width)x\(state.height).txt")
        let actual = Self.snapshot(render(state))
        if ProcessInfo.processInfo.environment["KABAR_UPDATE_SCREENS"] != nil {
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no expected screen \(file.lastPathComponent): write it with KABAR_UPDATE_SCREENS=1 and read it", sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false), e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
            Issue.record("""
                \(file.lastPathComponent) differs from line \(first + 1):
                expected: \(first < e.count ? String(e[first]) : "(end)")
                actual:   \(first < a.count ? String(a[first]) : "(end)")
                """, sourceLocation: sourceLocation)
        }
    }

    func state(_ w: Int, _ h: Int) -> AppState { AppState(articles: Self.articles, width: w, height: h) }
    func send(_ s: inout AppState, _ keys: Key...) { for k in keys { update(&s, .key(k)); performPendingWork(&s) } }

    @Test(arguments: [(100, 30), (50, 15)])
    func library(_ w: Int, _ h: Int) throws {
        var s = state(w, h)
        send(&s, .down)
        try check("library", s)
    }

    @Test(arguments: [(100, 30), (50, 15)])
    func readerWithAClaimSelected(_ w: Int, _ h: Int) throws {
        var s = state(w, h)
        send(&s, .down, .down, .enter, .character("]"))
        try check("reader", s)
    }

    @Test(arguments: [(100, 30), (50, 15)])
    func compare(_ w: Int, _ h: Int) throws {
        var s = state(w, h)
        send(&s, .character("m"), .down, .down, .character("m"), .character("d"), .character("n"))
        try check("compare", s)
    }

    @Test(arguments: [(100, 30), (50, 15)])
    func claimDetails(_ w: Int, _ h: Int) throws {
        var s = state(w, h)
        send(&s, .enter, .character("]"), .enter)
        try check("claim", s)
    }

    @Test(arguments: [(100, 30), (50, 15)])
    func stories(_ w: Int, _ h: Int) throws {
        var s = state(w, h)
        send(&s, .character("t"))
        try check("stories", s)
    }

    @Test(arguments: [(100, 30), (50, 15)])
    func entities(_ w: Int, _ h: Int) throws {
        var s = state(w, h)
        send(&s, .character("e"), .character("b"), .character("a"))
        try check("entities", s)
    }

    @Test(arguments: [(100, 30), (50, 15)])
    func columns(_ w: Int, _ h: Int) throws {
        var s = state(w, h)
        send(&s, .character("m"), .down, .down, .character("m"), .down, .character("m"), .character("c"), .tab)
        try check("columns", s)
    }

    @Test(arguments: [(100, 30), (50, 15)])
    func oneEntity(_ w: Int, _ h: Int) throws {
        var s = state(w, h)
        send(&s, .character("e"), .character("b"), .character("a"), .enter, .down)
        try check("entity", s)
    }

    @Test(arguments: [(100, 30), (50, 15)])
    func help(_ w: Int, _ h: Int) throws {
        var s = state(w, h)
        send(&s, .character("?"))
        try check("help", s)
    }

    @Test(arguments: [(100, 30), (50, 15)])
    func desk(_ w: Int, _ h: Int) throws {
        var s = state(w, h)
        send(&s, .character("D"), .down)
        try check("desk", s)
    }

    @Test func aChangedCellFailsTheComparison() {
        var s = state(50, 15)
        send(&s, .down)
        let before = Self.snapshot(render(s))
        send(&s, .down)
        #expect(Self.snapshot(render(s)) != before, "moving the selection changes cells, so the snapshot")
    }
}
