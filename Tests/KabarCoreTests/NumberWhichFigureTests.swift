import Testing
@testable import KabarCore

/// Which figure a number is, beyond its key words: the story it belongs to, the moment it holds
/// for, what befell the people it counts. The examples are made up, each after a wrong group
/// judged in `Fixtures/xref/number-reports.tsv` (bench, 2026-12-04).
@Suite("Which figure a number is")
struct NumberWhichFigureTests {
    func article(_ id: String, _ body: String, title: String? = nil, day: Int? = 18) -> Article {
        Article(id: id, path: id, format: .text, outlet: "Outlet " + id, title: title,
                published: day.map { PublishedDate(year: 2025, month: 6, day: $0) },
                body: body, quantities: QuantityExtractor().extract(from: body, language: .indonesian))
    }

    /// Groups of the two articles told as one story, or as two related stories (a later report).
    func groups(_ a: String, _ b: String, oneStory: Bool = true, days: (Int?, Int?) = (18, 18),
                titles: (String?, String?) = (nil, nil)) -> [NumberDiscrepancy] {
        let articles = [article("a", a, title: titles.0, day: days.0), article("b", b, title: titles.1, day: days.1)]
        return NumberDiscrepancyFinder().discrepancies(in: articles, stories: oneStory ? [[0, 1]] : [[0], [1]],
                                                       relatedPairs: oneStory ? [] : [(0, 1)])
    }

    @Test func aFigureOfAnotherStoryNamesTheSamePeopleOrPlaces() {
        // Two eruptions of two volcanoes, days apart, are two figures.
        #expect(groups("Kolom abu letusan Gunung Raung teramati setinggi 1.500 meter di atas puncak.",
                       "Kolom abu letusan Gunung Semeru teramati setinggi 1.000 meter di atas puncak.", oneStory: false).isEmpty)
        // Two defendants' fines, in two stories.
        #expect(groups("Majelis hakim juga menjatuhkan denda Rp 1 miliar kepada Hendra Saputra.",
                       "Rina dijatuhi hukuman penjara dan denda Rp 750 juta.", oneStory: false).isEmpty)
        // A later report on the same subject still answers the earlier one (the seeds' 10.000 troops
        // against the 100.000 three outlets printed two years before).
        var articles = (0..<3).map { article("a\($0)", "Pemerintah Korea Utara siap mengirim 100.000 tentara ke Rusia.") }
        articles.append(article("later", "Pemerintah Korea Utara siap mengirim 10.000 tentara ke Rusia.", day: 30))
        let later = NumberDiscrepancyFinder().discrepancies(in: articles, stories: [[0, 1, 2]], relatedPairs: [(0, 3), (1, 3), (2, 3)])
        #expect(later.count == 1 && later.first?.reports.count == 4)
    }

    @Test func anEarlierValueIsNotTheCurrentOne() {
        let today = "Harga emas Antam hari ini turun Rp 6.000 per gram."
        #expect(groups(today, "Harga emas Antam melanjutkan pelemahan hari sebelumnya yang sudah turun Rp 8.000 per gram.").isEmpty)
        #expect(groups(today, "Harga emas Antam hari ini turun Rp 8.000 per gram.").count == 1, "two figures for today disagree")
    }

    @Test func aFigureOfTheDayHoldsForTheDayAndTheSourceItsSentenceNames() {
        #expect(groups("Pada penutupan pasar Senin (16/6), kurs rupiah turun ke level Rp 16.298 per dolar AS.",
                       "Kurs rupiah hari ini melemah ke level Rp 16.310 per dolar AS.", days: (17, 17)).isEmpty)
        #expect(groups("Berdasarkan kurs referensi JISDOR Bank Indonesia, rupiah melemah di posisi Rp 16.298 per dolar AS.",
                       "Data Bloomberg pada siang hari, kurs rupiah melemah di posisi Rp 16.310 per dolar AS.").isEmpty)
        #expect(groups("Kurs rupiah hari ini melemah ke level Rp 16.298 per dolar AS.",
                       "Kurs rupiah hari ini melemah ke level Rp 16.310 per dolar AS.").count == 1)
    }

    @Test func theMomentAnOpeningGivesHoldsForItsFigures() {
        let early = "BPBD mencatat banjir berdasarkan data per pukul 14.00 WIB. Ketinggian air mencapai 40 sentimeter di Rawa Buaya."
        let late = "BPBD mencatat satu RT masih terendamhingga Rabu (18/6/2025) pukul 18.00 WIB. Ketinggian air mencapai 30 sentimeter di Rawa Buaya."
        #expect(groups(early, late).isEmpty, "the depth at two is not the depth at six (a glued 'hingga' too)")
        #expect(groups(early, early.replacingOccurrences(of: "40", with: "50")).count == 1)
    }

    @Test func theDeadAreNotTheMissingNorTheEvacuated() {
        #expect(groups("Sebanyak 14 orang meninggal dunia dalam longsor itu.", "Korban yang masih tertimbun berjumlah 11 orang.").isEmpty)
        #expect(groups("Sebanyak 14 orang meninggal dunia dalam longsor itu.", "Sebanyak 13 orang meninggal dunia dalam longsor itu.").count == 1)
        #expect(groups("Terdapat 386 warga negara Indonesia yang berada di Iran.", "Pemerintah telah memulangkan 79 orang dari Iran.").isEmpty)
    }

    @Test func aHeadlinesTargetIsNotAHalfYearsGrowth() throws {
        func context(_ text: String) throws -> NumberContext {
            let q = try #require(QuantityExtractor().extract(from: text, language: .indonesian).first, "\(text)")
            return NumberContext.of(q, words: WordSpans.of(text), scalars: Array(text.unicodeScalars))
        }
        let target = try context("Pemerintah Targetkan Pertumbuhan Ekonomi 6 Persen")
        #expect(target.stages == NumberContext.Stage.target, "a headline's 'Targetkan' names the target")
        #expect(target.differs(from: try context("Pertumbuhan ekonomi semester pertama 4,7 persen.")), "not the first half's growth")
    }

    @Test func theEndOfASessionIsNotTheClose() {
        #expect(groups("IHSG sesi I ditutup naik 81,24 poin.", "IHSG ditutup naik 64,77 poin pada akhir perdagangan.").isEmpty)
        #expect(groups("IHSG ditutup naik 81,24 poin.", "IHSG ditutup naik 64,77 poin pada akhir perdagangan.").count == 1)
    }

    @Test func whichWayAFigureMovedSaysNothingOfWhatMoved() {
        #expect(groups("Sektor teknologi yang menguat 1,41 persen.", "Secara bulanan indeks saham masih menguat 0,96 persen.").isEmpty)
    }

    @Test func nearSharesOfDifferentThingsAreNotOneFigure() {
        // (After a leading figure: two leading numbers of one story are one figure whatever their words.)
        let lead = "Pertumbuhan ekonomi tahun ini diproyeksi melambat menjadi 1,4 persen. "
        #expect(groups(lead + "Bank sentral menaikkan prospek inflasi inti menjadi 3,1 persen.", lead + "Bank sentral menaikkan prospek inflasi menjadi 3 persen.").isEmpty)
        #expect(groups(lead + "Bank sentral menaikkan prospek inflasi inti menjadi 3,1 persen.", lead + "Bank sentral menaikkan prospek inflasi inti menjadi 3 persen.").count == 1)
    }

    @Test func aListiclesCountIsNoFigure() throws {
        for (title, listicle) in [("6 Potret Terbaru Denada Usai Operasi", true), ("5 Fakta Longsor di Cirebon", true),
                                  ("100 Ribu Pasukan Korut Siap ke Rusia", false), ("Gempa Guncang Garut, 6 Rumah Rusak", false)] {
            let q = try #require(QuantityExtractor().extract(from: title, language: .indonesian).first, "\(title)")
            #expect(NumberContext.isListicleCount(q, words: WordSpans.of(title)) == listicle, "\(title)")
        }
    }

    @Test func aRangeWithItsUnitTwiceAndADashIsNoFigure() {
        let text = "Kenaikan tarif ojol sebesar 8 persen - 15 persen ditetapkan Kemenhub."
        let qs = QuantityExtractor().extract(from: text, language: .indonesian)
        #expect(qs.count == 2)
        #expect(qs.allSatisfy { NumberContext.isRangeEnd($0, words: WordSpans.of(text), scalars: Array(text.unicodeScalars)) })
    }

    @Test func aFourDigitValueIsNoCutOfAnother() {
        #expect(NumberAgreement(14_060, 14_067) == .conflicting, "14.067 rounds to 14.070")
        #expect(NumberAgreement(231_000_000_000, 231_800_000_000) == .compatibleByRounding, "a headline cuts to three digits")
    }
}
