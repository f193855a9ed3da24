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

/// Two different values are a disagreement only when the words say they count one thing
/// (the examples are made up, each after a pattern seen in corpus/real or the bench).
@Suite("What makes two different numbers one figure")
struct NumberFigureRuleTests {
    func article(_ id: String, _ outlet: String, _ body: String, day: Int = 18) -> Article {
        Article(id: id, path: id, format: .text, outlet: outlet, published: PublishedDate(year: 2025, month: 6, day: day),
                body: body, quantities: QuantityExtractor().extract(from: body, language: .indonesian))
    }

    func groups(_ a: String, _ b: String, days: (Int, Int) = (18, 18)) -> [NumberDiscrepancy] {
        let articles = [article("a", "Satu", a, day: days.0), article("b", "Dua", b, day: days.1)]
        return NumberDiscrepancyFinder().discrepancies(in: articles, stories: [[0, 1]], relatedPairs: [])
    }

    @Test func theSameCountedWordsMakeADisagreement() {
        #expect(groups("Gempa itu terjadi pada kedalaman 13 km.", "Gempa itu terjadi pada kedalaman 10 km.").count == 1)
        #expect(groups("Jaksa menuntut denda Rp 650 juta subsidair enam bulan.", "Jaksa menuntut denda Rp 600 juta subsidair enam bulan.").count == 1)
    }

    @Test func oneSharedWordFurtherOffIsNotEnough() {
        // (Counts that lead both articles of one story are one figure whatever their words: the
        // seeds' 100.000 and 50.000 troops. These follow a leading count of the same kind.)
        // The nearest word before each differs: the summit's height is not the ash column's.
        let mountain = "Pos pengamatan berada 1.200 meter dari kawah. "
        #expect(groups(mountain + "Gunung itu memiliki ketinggian puncak mencapai 3.332 meter di atas permukaan laut.",
                       mountain + "Erupsi itu memuntahkan kolom letusan 1.500 meter di atas puncak.").isEmpty)
        // A reporting verb says who gives the figure, not what it counts.
        let agencies = "Ada 40 lembaga nonstruktural. "
        #expect(groups(agencies + "Menteri enggan menyebut nama 22 lembaga itu.",
                       agencies + "Menteri menyebut sudah lebih dari 15 lembaga yang selesai.").isEmpty)
    }

    @Test func aCountAtAnotherHourIsAnotherCount() {
        #expect(groups("Banjir di Rawa Buaya setinggi 40 cm pada pukul 14.00 WIB.", "Banjir di Rawa Buaya setinggi 30 cm pada pukul 18.00 WIB.").isEmpty)
        #expect(groups("Hingga 15.30 WIB, sebanyak 120 penerbangan dibatalkan.", "Hingga 21.00 WIB, sebanyak 180 penerbangan dibatalkan.").isEmpty)
        // The same hour, two figures: a disagreement.
        #expect(groups("Banjir di Rawa Buaya setinggi 40 cm pada pukul 14.00 WIB.", "Banjir di Rawa Buaya setinggi 50 cm pada pukul 14.00 WIB.").count == 1)
        #expect(NumberContext.clockTime(Array("09.05".unicodeScalars)[...]) == 545)
        #expect(NumberContext.clockTime(Array("2.000".unicodeScalars)[...]) == nil)
    }

    @Test func aTotalIsNotItsPart() {
        #expect(groups("Sehingga total nilai proyek setidaknya Rp 231,8 miliar.", "Dua ruas jalan dengan nilai total kedua proyek Rp 157,8 miliar.").isEmpty)
    }

    @Test func aCountOfTwoThingsTogetherIsNotTheCountOfOne() {
        // "dan awak" adds the crew to the count; "dan 12 awak" lists the crew apart.
        #expect(groups("Pesawat itu membawa 242 penumpang dan awak pesawat Boeing 787-8.",
                       "Pesawat itu membawa 230 penumpang dan 12 awak kabin.").isEmpty)
        // Two lists of the same parts still disagree, and "serta denda Rp 1 miliar" is another count, not a part of this one.
        #expect(groups("Pesawat itu membawa 230 penumpang dan 12 awak kabin.", "Pesawat itu membawa 232 penumpang dan 10 awak kabin.").count == 2,
                "the passengers and the crew")
        #expect(groups("Wilmar dituntut membayar uang pengganti senilai Rp 11,8 triliun serta denda Rp 1 miliar.",
                       "Wilmar dituntut membayar uang pengganti senilai Rp 11,9 triliun.").count == 1)
    }

    @Test func aLimitIsNotAValueNearIt() {
        #expect(groups("Pemerintah menjaga agar defisit tetap di bawah 3 persen dari PDB.", "Pemerintah memperkirakan defisit 2,78 persen dari PDB.").isEmpty)
    }

    @Test func anotherPlaceIsAnotherCount() {
        #expect(groups("Sebanyak 17 penerbangan dibatalkan di Bandara Bali.", "Sebanyak 6 penerbangan dibatalkan di Bandara Lombok.").isEmpty)
    }

    @Test func aFigureOfTheDayInAnArticleOfAnotherDayIsAnotherFigure() {
        let a = "Indeks Dow Jones ditutup turun 299,29 poin.", b = "Indeks Dow Jones ditutup turun 244,14 poin."
        #expect(groups(a, b, days: (17, 18)).isEmpty)
        #expect(groups(a, b).count == 1, "on one day the two closes disagree")
        #expect(groups("Pada 28 Juni telah tiba 6 WNI dari Iran.", "Pada 30 Juni telah tiba 12 WNI dari Iran.").isEmpty, "sentences naming other days")
    }

    func groups(_ bodies: [String], stories: [[Int]]) -> [NumberDiscrepancy] {
        let articles = bodies.enumerated().map { article("a\($0.offset)", "Outlet \($0.offset)", $0.element) }
        return NumberDiscrepancyFinder().discrepancies(in: articles, stories: stories, relatedPairs: [])
    }

    @Test func aWideDifferenceIsADisagreementOnlyAgainstAMajority() {
        // 87 against 17 flights: two counts (by noon, in the whole day), not one figure misreported.
        #expect(groups("Sebanyak 87 penerbangan dibatalkan akibat erupsi.", "Sebanyak 17 penerbangan dibatalkan akibat erupsi.").isEmpty)
        // Near values still disagree.
        #expect(groups("Sebanyak 87 penerbangan dibatalkan akibat erupsi.", "Sebanyak 80 penerbangan dibatalkan akibat erupsi.").count == 1)
        // Three articles of the story print 100.000; the fourth's 10.000 contradicts them.
        let troops = ["Korea Utara mengirim 100.000 tentara ke Ukraina.", "Korea Utara mengirim 100.000 tentara ke Ukraina.",
                      "Korea Utara mengirim 100.000 tentara ke Ukraina.", "Korea Utara mengirim 10.000 tentara ke Ukraina."]
        #expect(groups(troops, stories: [[0, 1, 2, 3]]).count == 1)
        // Two against one is no majority.
        #expect(groups(Array(troops.dropFirst()), stories: [[0, 1, 2]]).isEmpty)
    }

    @Test func theRestOfAWholeIsNotTheWhole() {
        #expect(groups("KPU menetapkan 265 daerah yang menggelar pilkada serentak.", "KPU mengumumkan pasangan calon di 257 daerah lainnya.").isEmpty)
    }

    @Test func aUnitAfterPerSaysNothingOfWhatIsCounted() {
        // The rate of one day and the forecast of another share only "per dolar AS".
        #expect(groups("Pada akhir pekan, Rp 14.250 per dolar AS.", "Sehari sebelumnya, Rp 13.850 per dolar AS.").isEmpty)
        #expect(groups("Rupiah ditutup melemah ke Rp 14.250 per dolar AS.", "Rupiah ditutup melemah ke Rp 13.850 per dolar AS.").count == 1)
    }

    @Test func aLevelBrokenThroughIsALimit() {
        #expect(groups("Kurs tengah hari ini di level Rp 14.067.", "Rupiah menembus level Rp 14.500 kemarin.").isEmpty)
    }

    @Test func aProductsModelNumberIsNoCount() {
        #expect(groups("Hadiahnya 25 unit iPhone 16 Promax dan umrah gratis.", "Hadiahnya 25 unit iPhone 15 Promax dan umrah gratis.").isEmpty)
    }

    @Test func aSentencePointingBackHoldsTheStageOfTheOneBefore() {
        let outlook = "Defisit tahun ini berpotensi mencapai Rp 662 triliun. Nilainya setara 2,78 persen dari PDB."
        #expect(groups(outlook, "Defisit yang semula dipatok hanya 2,53 persen dari PDB.").isEmpty)
        #expect(groups("Jumlah perkiraandefisit itu setara dengan 2,78 persen dari PDB.", "Defisit yang semula dipatok hanya 2,53 persen dari PDB.").isEmpty,
                "a stage word glued to the next")
        #expect(groups("Defisit itu setara dengan 2,78 persen dari PDB.", "Defisit itu setara dengan 2,53 persen dari PDB.").count == 1)
    }

    @Test func aTotalIsNotTheSumOfAFewInOneGroup() {
        let bodies = ["Sehingga total nilai proyek setidaknya sejumlah Rp 231,8 miliar.", "Proyek itu dengan total nilai proyek Rp 157,8 miliar.",
                      "Dengan nilai total kedua proyek Rp 157,8 miliar."]
        // The sum of the two projects is not joined to the total of both cases (the first article's two
        // totals, written alike, still meet: what each sums is beyond these words).
        #expect(!groups(bodies, stories: [[0, 1, 2]]).contains { g in g.reports.contains { $0.article == 2 } })
        #expect(groups([bodies[0], bodies[2]], stories: [[0, 1]]).isEmpty)
    }
}
