import Testing
@testable import KabarCore

/// Two outlets over a collection (`kabar compare --outlets`).
@Suite("Outlet against outlet")
struct OutletComparisonTests {
    @Test func theDemoOutletsOnTheFerry() throws {
        let articles = DemoCorpus.load(extractsClaims: true).articles
        let c = OutletComparison(articles, first: "lintas kawi", second: "Warta Selat")
        #expect(c.articlesFirst == 2 && c.articlesSecond == 1, "outlet names match whatever their case")
        let story = try #require(c.stories.first)
        #expect(c.stories.count == 1)
        #expect(articles[story.first].outlet == "Lintas Kawi" && articles[story.second].outlet == "Warta Selat")
        #expect(story.earlier == "lintas kawi", "the earlier report")
        let a = try #require(articles[story.first].published?.iso8601), b = try #require(articles[story.second].published?.iso8601)
        #expect(story.firstPublished == a && story.secondPublished == b)
        #expect(story.dates("Lintas Kawi", "Warta Selat")?.hasPrefix("Lintas Kawi " + a.prefix(10)) == true, "each side's date")
        // Lintas Kawi's 212 passengers evacuated are not the 300 Warta Selat says were aboard.
        #expect(story.numbers.isEmpty, "\(story.numbers)")
        #expect(story.speakersOnlySecond == ["Made Arsana"])
        #expect(c.sourcesOnlySecond.map(\.0) == ["Made Arsana"])
        // The governor leads: her request and the quotation after it ("…," tegasnya) are hers.
        #expect(c.sourcesOnlyFirst.first?.0 == "Sari Handayani")
        #expect(c.sourcesOnlyFirst.contains { $0.0 == "Wulan Lestari" })
    }

    @Test func theDemoOutletsDisagreeOnThePassengersAboard() throws {
        let articles = DemoCorpus.load(extractsClaims: true).articles
        let c = OutletComparison(articles, first: "Warta Selat", second: "Kabar Tanjung")
        let story = try #require(c.stories.first)
        #expect(story.numbers == ["passengers: 300 Penumpang, 300 penumpang | 250 penumpang"])
    }

    @Test func oneSourceNamedTwoWaysIsOneSource() {
        #expect(OutletComparison.sameSpeaker("Rizal", "Rizal Ramli"))
        #expect(OutletComparison.sameSpeaker("Bambang Brojonegoro", "Bambang Brodjonegoro"))
        #expect(OutletComparison.sameSpeaker("Brojonegoro", "Brodjonegoro"))
        #expect(!OutletComparison.sameSpeaker("Rudianto Wibisono", "Made Arsana"))
    }

    @Test func anOutletsNamesForOneSourceAreMerged() throws {
        func article(_ id: String, _ outlet: String, _ body: String) -> Article {
            var a = Article(id: id, path: id, format: .text, outlet: outlet, published: PublishedDate(year: 2025, month: 6, day: 18), body: body)
            a.claims = ClaimExtractor().extract(from: body, language: .indonesian)
            return a
        }
        let articles = [
            article("a1", "Satu", "\"Kami menahan lima tersangka,\" kata Direktur Penyidikan KPK Asep Guntur Rahayu, Kamis."),
            article("a2", "Satu", "\"Penyidik masih mendalami aliran dana,\" ujar Asep Guntur kepada wartawan."),
            article("a3", "Satu", "\"Uang itu sisa komitmen fee,\" kata Rahayu."),
            article("b1", "Dua", "\"Sidang digelar pekan depan,\" kata juru bicara pengadilan Made Arsana."),
        ]
        let c = OutletComparison(articles, first: "Satu", second: "Dua")
        let asep = try #require(c.sourcesOnlyFirst.first { $0.0.contains("Asep") })
        #expect(asep.0 == "Asep Guntur Rahayu" && asep.1 == 3, "\(c.sourcesOnlyFirst)")
        #expect(c.sourcesOnlyFirst.count == 1)
        #expect(OutletComparison.sameSource("Asep Guntur", "Asep Guntur Rahayu"))
        #expect(!OutletComparison.sameSource("Muhammad Rizal", "Muhammad Yusuf"), "a common first name is no source")
    }
}
