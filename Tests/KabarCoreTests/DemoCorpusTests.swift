import Foundation
import Testing
@testable import KabarCore

@Suite("Embedded demo corpus")
struct DemoCorpusTests {
    @Test func loadsEveryDemoArticle() throws {
        let r = DemoCorpus.load()
        #expect(r.problems.isEmpty, "\(r.problems)")
        #expect(r.articles.count == 8)
        #expect(Set(r.articles.compactMap(\.outlet)) == ["Lintas Kawi", "Warta Selat", "Kabar Tanjung", "PenaBahari", "The Strait Ledger", "Kantor Berita Pelita"])
        #expect(r.articles.allSatisfy { $0.path.hasPrefix("demo/") })
        #expect(r.articles.filter { $0.language == .english }.count == 2)
        #expect(r.articles.filter(\.titleInferred).count == 1, "Kabar Tanjung's page prints no headline")
    }

    @Test func hardCasesAreThere() throws {
        let r = DemoCorpus.load()
        let lintas = try #require(r.articles.first { $0.id == "01-lintaskawi-feri-tenggelam" })
        #expect(lintas.published?.iso8601 == "2026-03-12", "the teaser date at the end must not be taken")
        #expect(lintas.blocks.contains { $0.kind == .boilerplate && $0.text == "2 Januari 2026" })
        let pena = try #require(r.articles.first { $0.id == "05-penabahari-blog" })
        // Headline says 300, the body says 350: the numbers disagree inside one article.
        #expect(pena.title?.hasPrefix("300 Penumpang") == true)
        #expect(pena.quantities.contains { $0.value == 350 && $0.unit == "penumpang" })
        let html = try #require(r.articles.first { $0.format == .html })
        #expect(html.author == "Yohana Sitompul")
        #expect(html.published?.iso8601 == "2026-03-13T07:45+08:00")
        #expect(!html.body.contains("Terpopuler") && !html.body.contains("Beranda"))
    }
}
