import Foundation
import Testing
@testable import KabarCore

/// Hand-checked articles of ../shared/corpus/real: everything in `text` is article text except
/// the listed furniture (read by eye; inline markers included). The cleaned body must keep
/// every other word, in order, and none of the furniture.
let checkedRealArticles: [(id: String, furniture: [String])] = [
    ("detik-c8a7d4aaec", ["scroll to continue with content", "Tonton juga Video: Tim Saber Pungli Sambangi Pelabuhan Gilimanuk Bali, Pastikan Mudik Aman", "[Gambas:Video 20detik]"]),
    ("liputan6-822171e15f", ["Baca Juga", "Advertisement"]),
    ("okezone-b5669ae9f0", []),
    ("kompas-cc649c8b43", ["Baca juga:Penuhi Panggilan Kejagung, Bos Sritex Iwan Kurniawan: Mohon Doanya"]),
    ("cnbcindonesia-bm1", ["Baca:Bahlil Sebut Sosok Ini Mau Jual Negara, Sindir Tom Lembong?"]),
    ("setkab-bm4", ["Read more: https://setkab.go.id/presiden-jokowi-terima-surat-pengunduran-diri-mahfud-md/"]),
    ("detik-e7707c3bfa", ["scroll to continue with content", "Tonton juga \"Bercanda Bawa Bom di Pesawat Pelita Air Berujung Ancaman Penjara\" di sini:", "[Gambas:Video 20detik]"]),
    ("tempo-7c749ced9d", []),
    ("kompas-9b2cb88081", []),
    ("republika-0eb1bb4eaf", []),
    ("tribunnews-7c50c7bee3", []),
    ("viva-7e7e151235", ["(mus)"]),
    ("cnnindonesia-c49d04b76c", ["ADVERTISEMENT scroll to continue with content"]),
]

@Suite("Real corpus: outlets, headlines, kept paragraphs")
struct RealCorpusTests {
    static func loadAll() -> [Article]? {
        let found = SharedData.path("corpus/real/articles.jsonl")
        if found == nil { return nil }
        let path = found!
        let result = Ingestor(extractsClaims: true).ingest(paths: [path])
        #expect(!result.hasErrors, "\(result.problems.prefix(3))")
        return result.articles
    }

    @Test(.enabled(if: SharedData.isPresent)) func outletAndHeadlineForAtLeast95Percent() throws {
        guard let articles = Self.loadAll() else { return }
        #expect(articles.count == 246)
        let withOutlet = articles.filter { $0.outlet != nil }.count
        let withHeadline = articles.filter { $0.title?.isEmpty == false }.count
        let withPrintedHeadline = articles.filter { $0.title?.isEmpty == false && !$0.titleInferred }.count
        print("real corpus: outlet \(withOutlet)/246, title \(withHeadline)/246 (\(withPrintedHeadline) stated, the rest from the lede)")
        #expect(Double(withOutlet) >= 0.95 * 246)
        #expect(Double(withHeadline) >= 0.95 * 246)
        #expect(Double(withPrintedHeadline) >= 0.90 * 246)
        // Outlets agree with the record's own field (canonical spelling).
        for a in articles { #expect(a.outlet == OutletCatalog.canonical(a.outlet ?? "") ?? a.outlet) }
    }

    @Test(.enabled(if: SharedData.isPresent)) func cleanedBodyKeepsEveryCheckedParagraph() throws {
        guard let articles = Self.loadAll() else { return }
        let byID = Dictionary(uniqueKeysWithValues: articles.map { ($0.id, $0) })
        guard let path = SharedData.path("corpus/real/articles.jsonl"),
              let data = FileManager.default.contents(atPath: path) else { return }
        var texts: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let id = obj["id"] as? String, let text = obj["text"] as? String else { continue }
            texts[id] = text
        }
        #expect(checkedRealArticles.count >= 10)
        for (id, furniture) in checkedRealArticles {
            let article = try #require(byID[id], "missing \(id)")
            var expected = Sanitizer().sanitize(try #require(texts[id]))
            for f in furniture {
                // Compared without case: the scroll prompt is written here in lower case.
                #expect(expected.range(of: f, options: .caseInsensitive) != nil, "\(id): annotation not in text: \(f)")
                expected = expected.replacingOccurrences(of: f, with: " ", options: .caseInsensitive)
                #expect(article.body.range(of: f, options: .caseInsensitive) == nil, "\(id): furniture kept: \(f)")
            }
            // Nothing lost, nothing added; a space may stand where a scrape glued two words ("kepadaRaja").
            #expect(article.body.filter { !$0.isWhitespace } == expected.filter { !$0.isWhitespace }, "\(id): body differs from the article text")
        }
    }
}
