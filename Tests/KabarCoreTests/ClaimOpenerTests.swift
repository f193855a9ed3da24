import Testing
@testable import KabarCore

/// Sentences opened by their attribution (the claims-recall issue, "also wrong today"): each found
/// nothing before `OpenerAttribution`, on sentences written for kabar.
@Suite("Claims: attribution at the opening")
struct ClaimOpenerTests {
    let lead = "Menteri Perdagangan Budi Santoso mengatakan tarif impor bahan baku akan ditinjau kembali pekan depan.\n\n"

    func claim(_ sentence: String) -> Claim? {
        ClaimExtractor().extract(from: lead + sentence).first { $0.range.lowerBound >= lead.unicodeScalars.count }
    }

    @Test func menurutnyaAfterTheSpeaker() throws {
        let c = try #require(claim("Menurutnya, jika tarif itu tetap diberlakukan, maka akan meningkatkan biaya produksi industri dalam negeri."))
        #expect(c.speaker == "Budi Santoso")
        #expect(c.content.hasPrefix("jika tarif itu tetap diberlakukan"))
        #expect(c.cue == "Menurutnya")
    }

    @Test func aCueAfterAConnective() throws {
        let c = try #require(claim("Sebab, kata Budi, kapasitas produksi nasional belum mampu memenuhi kebutuhan industri."))
        #expect(c.speaker == "Budi Santoso")
        #expect(c.content == "kapasitas produksi nasional belum mampu memenuhi kebutuhan industri")
        let d = try #require(claim("Karenanya, kata dia, penanganan masalah ini harus dilakukan dengan hati-hati."))
        #expect(d.speaker == "Budi Santoso" && d.speakerMention == "dia")
        #expect(d.content == "penanganan masalah ini harus dilakukan dengan hati-hati")
    }

    @Test func aCueBetweenCommasInsideTheSentence() throws {
        let c = try #require(claim("Penanganan masalah impor ini, kata dia, harus dilakukan dengan hati-hati."))
        #expect(c.speaker == "Budi Santoso" && c.cue == "kata")
        #expect(c.content.hasPrefix("Penanganan masalah impor ini"))
    }

    @Test func sourcesNamedAtTheOpening() throws {
        let bps = try #require(claim("Berdasarkan data BPS, inflasi mencapai 3 persen pada Mei."))
        #expect(bps.speaker == "BPS" && bps.content == "inflasi mencapai 3 persen pada Mei")
        let antara = try #require(claim("Dikutip dari Antara, gempa berkekuatan 5,6 magnitudo mengguncang Cianjur pada Senin siang."))
        #expect(antara.speaker == "Antara" && antara.via == ["Antara"])
        #expect(antara.content.hasPrefix("gempa berkekuatan 5,6 magnitudo"))
    }

    @Test func aSpeakerNamedLaterKeepsTheSentence() throws {
        // The medium opens the sentence, the speaker and cue follow: the speaker is the person.
        let c = try #require(claim("Dilansir dari Reuters, Budi Santoso menegaskan bahwa tarif itu tidak akan dinaikkan tahun ini."))
        #expect(c.speaker == "Budi Santoso")
    }

    @Test func anAgeInBracketsIsNotPartOfTheName() throws {
        let c = try #require(claim("Warga setempat, Siti (45), mengatakan rumahnya retak akibat gempa itu."))
        #expect(c.speaker == "Siti")
        #expect(c.voxPop)
    }

    @Test func menurutANameWithNoComma() throws {
        let c = try #require(claim("Menurut Budi hal ini disebabkan kapasitas produksi nasional belum mampu memenuhi kebutuhan industri."))
        #expect(c.speaker == "Budi Santoso")
        #expect(c.content.hasPrefix("hal ini disebabkan kapasitas"))
        // A capitalised word the article has not given as a name is no speaker ("Menurut Undang-Undang …" reads otherwise).
        #expect(claim("Menurut Kabar terbaru banyak pabrik yang belum mampu memenuhi kebutuhan industri.")?.speaker != "Kabar")
    }

    @Test func aStraightSingleMarkOpensASentence() throws {
        let found = ClaimExtractor().extract(from: lead + "Target itu meningkat lima persen dan diyakini akan tumbuh 14 persen tahun depan. 'Pemerintah akan terus memperbaiki regulasi perpajakan,\" tambah Budi.")
        // The hedged sentence is the speaker's account, not one sentence with the quotation after it.
        let hedged = try #require(found.first { $0.content.contains("diyakini") })
        #expect(!hedged.content.contains("Pemerintah akan"))
    }
}
