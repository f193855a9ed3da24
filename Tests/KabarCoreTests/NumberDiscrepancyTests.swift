import Testing
@testable import KabarCore

@Suite("Numbers that disagree")
struct NumberDiscrepancyTests {
    @Test(arguments: [
        (100_000.0, 500_000.0, NumberAgreement.conflicting),
        (50_000, 100_000, .conflicting),
        (10_000, 100_000, .conflicting),
        (1_300_000, 1_280_000, .compatibleByRounding),
        (1_280_000, 1_300_000, .compatibleByRounding),
        (4.8, 4.9, .conflicting),
        (100_000, 100_000, .same),
        (1_300_000, 1_340_000, .compatibleByRounding),
        (1_300_000, 1_360_000, .compatibleByRounding),   // a headline cuts 1,36 to 1,3
        (300, 350, .conflicting),                         // but 350 is not "300"
        (1_300_000, 1_420_000, .conflicting),
        (231_000_000_000, 231_800_000_000, .compatibleByRounding),
        (1_000_000_000_000, 915_000_000_000, .conflicting),
        (10, 13, .conflicting),                           // a depth of 10 km is not 13 km rounded
        (5, 5.2, .compatibleByRounding),                  // but 5 persen may be 5,2 persen
    ])
    func agreement(_ a: Double, _ b: Double, _ expected: NumberAgreement) {
        #expect(NumberAgreement(a, b) == expected)
    }

    @Test func demoHeadlineAndBodyDisagreeOnlyWhereWrittenSo() throws {
        let articles = DemoCorpus.load().articles
        let flagged = articles.filter { !HeadlineNumberCheck.conflicts(in: $0).isEmpty }
        #expect(flagged.map(\.outlet) == ["PenaBahari"], "PenaBahari's headline says 300 passengers, its lede 350")
        let c = try #require(flagged.first.flatMap { HeadlineNumberCheck.conflicts(in: $0).first })
        #expect(c.headline.value == 300 && c.body.value == 350)
    }

    @Test(.enabled(if: SharedData.isPresent)) func repelitaHeadlineDisagreesWithItsBody() throws {
        let path = try #require(SharedData.path("seeds"))
        let articles = Ingestor().ingest(paths: [path]).articles
        #expect(articles.count == 5)
        for a in articles {
            let conflicts = HeadlineNumberCheck.conflicts(in: a)
            if a.outlet == "Repelita" {
                let c = try #require(conflicts.first, "Repelita's headline says 50.000, its lede 500.000")
                #expect(c.headline.value == 50_000 && c.body.value == 500_000)
                #expect(c.agreement == .conflicting)
            } else {
                #expect(conflicts.isEmpty, "\(a.outlet ?? a.id): \(conflicts.map { "\($0.headline.text) vs \($0.body.text)" })")
            }
        }
    }

    @Test func aHeadlineTotalOfTheBodysPartsAgrees() throws {
        let folder = TemporaryFolder()
        let body = "Hendra Saputra menerima 1.000 dollar AS dari pemilik kapal pada Senin pagi di pelabuhan. Kemudian 1.000 dollar AS lagi diberikan kepadanya pada Selasa sore oleh orang yang sama."
        let path = folder.write("gift.txt", "Hendra Akui Terima 2.000 Dollar dari Pemilik Kapal\n\n" + body + "\n")
        let article = try #require(Ingestor().ingest(paths: [path]).articles.first)
        #expect(article.title == "Hendra Akui Terima 2.000 Dollar dari Pemilik Kapal")
        #expect(article.quantities.filter { $0.value == 1_000 }.count == 2)
        #expect(HeadlineNumberCheck.conflicts(in: article).isEmpty)
    }
}
