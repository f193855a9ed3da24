import Foundation
import Testing
@testable import KabarCore

@Suite("Saved HTML pages")
struct HTMLPageTests {
    /// Rows of html/INDEX.tsv: file and kind.
    static func index() -> [(file: String, kind: String)]? {
        guard let path = SharedData.path("corpus/html/INDEX.tsv"),
              let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").dropFirst().compactMap { line in
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count > 2 else { return nil }
            return (String(cols[0]), String(cols[2]))
        }
    }

    @Test(.enabled(if: SharedData.isPresent)) func articlePagesHaveBodiesAndListingsAreFlagged() throws {
        let root = try #require(SharedData.path("corpus/html"))
        let rows = try #require(Self.index())
        var articles = 0, listings = 0
        for row in rows where row.file.hasSuffix(".html") {
            let path = root + "/" + row.file
            let result = Ingestor(parallel: false).ingest(paths: [path])
            if row.kind == "article page" {
                articles += 1
                let a = try #require(result.articles.first, "\(row.file): \(result.problems)")
                #expect(a.wordCount >= 15, "\(row.file): body too short (\(a.wordCount) words)")
                #expect(a.title?.isEmpty == false, "\(row.file): no title")
                #expect(a.outlet != nil, "\(row.file): no outlet")
            } else {
                listings += 1
                #expect(result.articles.isEmpty, "\(row.file) is a \(row.kind), not an article")
                #expect(result.problems.contains { $0.message.hasPrefix("not an article") && $0.severity == .notice })
            }
        }
        #expect(articles >= 30)
        #expect(listings >= 8)
    }

    /// slasherrb ships the expected main text of ten pages: kabar's body should hold most of its
    /// words (recall) and not much else (precision), measured on word multisets.
    @Test(.enabled(if: SharedData.isPresent)) func extractionMatchesTheExpectedMainText() throws {
        let root = try #require(SharedData.path("corpus/html/slasherrb"))
        var recalls: [Double] = [], precisions: [Double] = []
        for name in ["detik", "kompas", "liputan6", "merdeka", "okezone", "suara", "thejakartaglobe", "thejakartapost", "tribunnews", "viva"] {
            let result = Ingestor(parallel: false).ingest(paths: [root + "/\(name).html"])
            let body = try #require(result.articles.first, "\(name)").body
            let expected = String(decoding: try #require(FileManager.default.contents(atPath: root + "/\(name)_expectation.txt")), as: UTF8.self)
            let (r, p) = overlap(got: tokens(body), want: tokens(Sanitizer().sanitize(expected)))
            print("html \(name): recall \(String(format: "%.2f", r)) precision \(String(format: "%.2f", p))")
            recalls.append(r); precisions.append(p)
        }
        let meanRecall = recalls.reduce(0, +) / Double(recalls.count)
        let meanPrecision = precisions.reduce(0, +) / Double(precisions.count)
        print("html extraction: mean recall \(String(format: "%.3f", meanRecall)), mean precision \(String(format: "%.3f", meanPrecision))")
        #expect(meanRecall >= 0.85)
        #expect(meanPrecision >= 0.80)
    }

    func tokens(_ s: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        for w in s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) { counts[String(w), default: 0] += 1 }
        return counts
    }

    func overlap(got: [String: Int], want: [String: Int]) -> (recall: Double, precision: Double) {
        var common = 0
        for (w, n) in want { common += min(n, got[w] ?? 0) }
        let wantTotal = want.values.reduce(0, +), gotTotal = got.values.reduce(0, +)
        return (Double(common) / Double(max(1, wantTotal)), Double(common) / Double(max(1, gotTotal)))
    }
}

@Suite("HTML charset")
struct HTMLCharsetTests {
    @Test func declaredLatin1PageIsDecoded() throws {
        let dir = TemporaryFolder()
        var page = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><title>Caf".utf8)
        page += [0xE9] + Array(" Baru Dibuka di Kota Tua Jakarta</title></head><body><article><h1>Caf".utf8) + [0xE9]
        page += Array(" Baru Dibuka di Kota Tua Jakarta</h1><div class=\"content\">".utf8)
        for k in 1...6 {
            page += Array("<p>Paragraf \(k): pemilik caf".utf8) + [0xE9] + Array(" mengatakan, pengunjung datang sejak pagi hari, dan antrean panjang terlihat hingga sore.</p>".utf8)
        }
        page += Array("</div></article></body></html>".utf8)
        let path = dir.write("latin1.html", page)
        let r = Ingestor().ingest(paths: [path])
        let a = try #require(r.articles.first, "\(r.problems)")
        #expect(a.title == "Café Baru Dibuka di Kota Tua Jakarta")
        #expect(a.body.contains("pemilik café mengatakan"))
        #expect(!a.body.contains("\u{FFFD}"))
    }
}
