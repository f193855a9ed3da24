import Foundation
import Testing
@testable import KabarCore

/// Reused text told apart: copied prose, a shared quotation, and how the two outlets stand.
@Suite("Reuse kind and relation")
struct ReuseKindTests {
    static let statement = """
    Kami akan membuka terminal baru di Pelabuhan Tanjung Lombar pada bulan Maret tahun depan setelah \
    pengerukan alur selesai dan dermaga tambahan diuji oleh tim teknis dari kementerian
    """
    static let prose = """
    Pemerintah kabupaten menyatakan terminal baru di Pelabuhan Tanjung Lombar akan dibuka pada bulan \
    Maret tahun depan setelah pengerukan alur selesai dan dermaga tambahan diuji tim teknis kementerian.
    """

    func article(_ id: String, _ outlet: String, _ body: String) -> Article {
        Article(id: id, path: id, format: .text, outlet: outlet, body: body)
    }

    func onlyPassage(_ articles: [Article]) throws -> (TextReuse, TextReuse.Passage) {
        let reuse = TextReuseFinder().reuse(in: articles)
        let r = try #require(reuse.first)
        #expect(reuse.count == 1)
        return (r, try #require(r.passages.first))
    }

    @Test func oneStatementQuotedByTwoOutletsIsAQuotation() throws {
        let a = article("a", "Kompas", "Banjir surut di tiga kecamatan.\n\n“\(Self.statement),” kata Kepala Dinas Perhubungan, Senin.\n\nWarga diminta waspada.")
        let b = article("b", "Detik", "Harga tiket kapal naik menjelang libur.\n\n\"\(Self.statement),\" ujar Kepala Dinas Perhubungan.\n\nAntrean panjang terlihat.")
        let (r, p) = try onlyPassage([a, b])
        #expect(p.kind == .quotation, "quoted share \(p.quotedShare)")
        #expect(r.relation == .copied)
    }

    @Test func wordsQuotedByOneOutletOnlyAreProse() throws {
        let a = article("a", "Kompas", "Banjir surut di tiga kecamatan.\n\n“\(Self.statement),” kata Kepala Dinas Perhubungan, Senin.\n\nWarga diminta waspada.")
        let b = article("b", "Detik", "Harga tiket kapal naik menjelang libur.\n\n\(Self.statement), kata Kepala Dinas Perhubungan.\n\nAntrean panjang terlihat.")
        let (_, p) = try onlyPassage([a, b])
        #expect(p.kind == .prose, "a press release quoted by one outlet and printed as prose by the other: \(p.quotedShare)")
    }

    @Test func proseWithAQuoteIsMixed() throws {
        let body = Self.prose + " “Kami sudah menyiapkan kapal pengganti bagi penumpang selama pekerjaan berlangsung,” katanya."
        let a = article("a", "Kompas", "Kabar pelabuhan hari ini.\n\n" + body + "\n\nCuaca cerah sepanjang hari.")
        let b = article("b", "Detik", "Kabar lain dari daerah pesisir.\n\n" + body + "\n\nPengunjung pantai bertambah.")
        let (_, p) = try onlyPassage([a, b])
        #expect(p.kind == .mixed, "quoted share \(p.quotedShare)")
    }

    @Test func relationsFollowOutletsAndCoverage() throws {
        let tail = "\n\nSementara itu harga cabai di pasar induk kota naik tajam menjelang hari raya menurut pedagang."
        let (same, _) = try onlyPassage([article("a", "Tempo", Self.prose + tail), article("b", "tempo", "Video: " + Self.prose)])
        #expect(same.relation == .sameOutlet)
        let (whole, _) = try onlyPassage([article("a", "Kompas", Self.prose + tail), article("b", "Tribunnews", Self.prose + tail + " Tonton juga.")])
        #expect(whole.relation == .republished)
        let long = (1...6).map { "Paragraf latar ke-\($0) tentang sejarah pelabuhan yang dibangun pada masa kolonial dan diperluas kemudian." }
        let (part, _) = try onlyPassage([article("a", "Kompas", Self.prose + "\n\n" + long.joined(separator: "\n\n")),
                                         article("b", "Detik", "Berita singkat soal pelabuhan lain.\n\n" + Self.prose +
                                                 "\n\nAntrean kendaraan mengular di gerbang tol sejak pagi karena petugas memeriksa setiap truk yang hendak menyeberang ke pulau seberang.")])
        #expect(part.relation == .copied, "a shared paragraph is copying, not republication")
        #expect(!part.isOrdered, "undated articles have no known order")
    }
}

/// Reuse passages scored against `Fixtures/xref/reuse-passages.tsv`: 40 passages of corpus/real
/// judged by reading (REUSE.md): kind (prose, mixed, quotation) and the pair's relation.
@Suite("Reuse passages against verdicts made by reading")
struct ReusePassageFixtureTests {
    @Test(.enabled(if: SharedData.isPresent)) func kindsAndRelationsMatchTheReading() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/xref/reuse-passages.tsv").path
        let rows = try String(contentsOfFile: fixture, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
            .filter { $0.count == 11 }
        #expect(rows.count == 40)
        let path = try #require(SharedData.path("corpus/real/articles.jsonl"))
        let articles = Ingestor(extractsClaims: false).ingest(paths: [path]).articles
        let reuse = TextReuseFinder().reuse(in: articles)
        var found = 0, kinds = 0, relations = 0
        for row in rows {
            guard let start = Int(row[2]) else { continue }
            for r in reuse {
                let ids = (articles[r.first].id, articles[r.second].id)
                guard Set([ids.0, ids.1]) == [row[0], row[1]] else { continue }
                for p in r.passages where abs((ids.0 == row[0] ? p.first : p.second).lowerBound - start) <= 3 {
                    found += 1
                    if p.kind.rawValue == row[7] { kinds += 1 }
                    if r.relation.rawValue == row[9] { relations += 1 }
                }
            }
        }
        print("reuse passages on corpus/real: \(found) of \(rows.count) found; kind right \(kinds), relation right \(relations)")
        #expect(found == rows.count, "every judged passage is still reported")
        #expect(Double(kinds) >= 0.9 * Double(rows.count))
        #expect(Double(relations) >= 0.9 * Double(rows.count))
    }
}
