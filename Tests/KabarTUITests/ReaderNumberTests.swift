import Foundation
import Testing
import KabarCore
@testable import KabarTUI

/// Numbers marked in the reader's text: the `number` style, and `conflict` for a body number
/// the headline reports differently.
@Suite("Numbers in the reader's text")
struct ReaderNumberTests {
    func spans(_ article: Article) -> [(String, Style)] {
        let s = AppState(articles: [article], width: 100, height: 30)
        var out: [(String, Style)] = []
        for line in ReaderView.lines(for: 0, in: s, width: 100, showsBoilerplate: false) {
            let scalars = Array(line.text.unicodeScalars)
            for span in line.spans where span.range.upperBound <= scalars.count {
                out.append((String(String.UnicodeScalarView(scalars[span.range])), span.style))
            }
        }
        return out
    }

    func article(_ text: String) throws -> Article {
        let dir = "/tmp/kabar-reader-number-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/a.txt"
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return try #require(Ingestor(parallel: false, extractsClaims: true).ingest(paths: [path]).articles.first)
    }

    @Test func numbersWithAUnitAreMarkedAndAHeadlineConflictStandsOut() throws {
        let a = try article("""
            50.000 Pasukan Dikirim ke Perbatasan Lombar

            Pemerintah Lombar mengirim 500.000 tentara ke perbatasan pada Senin pagi.

            Harga beras naik menjadi Rp 15.000 per kilogram, kata pedagang Siti Aminah di pasar.
            """)
        let marked = spans(a)
        let troops = try #require(marked.first { $0.0 == "500.000 tentara" })
        #expect(troops.1.role == .conflict, "the headline says 50.000")
        let price = try #require(marked.first { $0.0.hasPrefix("Rp 15.000") })
        #expect(price.1.role == .number)
        #expect(price.1.underline, "inside an indirect claim the number keeps its underline")
        #expect(!marked.contains { $0.0 == "Senin" || $0.0 == "pagi" }, "words are no numbers")
    }
}
