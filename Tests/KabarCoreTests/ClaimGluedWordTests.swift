import Testing
@testable import KabarCore

/// Words a scrape glued together where a link was ("Menteri KebudayaanFadli Zon", "dilansirAntara",
/// "Donald Trumpmenyatakan"): about four articles in ten on the bench hold one. Each is read as two
/// words, and names show with the space back. Sentences written for kabar.
@Suite("Claims: words glued by a scrape")
struct ClaimGluedWordTests {
    func claims(_ body: String) -> [Claim] { ClaimExtractor().extract(from: body) }

    @Test func aRoleGluedToTheNameAfterIt() throws {
        let c = try #require(claims("\"Kami minta semua tempat usaha patuh,\" kata Menteri KebudayaanFadli Wirawan di Jakarta.").first)
        #expect(c.speaker == "Fadli Wirawan")
        #expect(c.role == "Menteri Kebudayaan")
        #expect(c.speakerMention == "Menteri Kebudayaan Fadli Wirawan")
    }

    @Test func threeWordsGluedIntoOne() throws {
        let c = try #require(claims("PresidenKazakhstanNurlan Abenov menegaskan larangan itu akan berlaku mulai tahun depan.").first)
        #expect(c.speaker == "Nurlan Abenov")
        #expect(c.role == "Presiden Kazakhstan")
    }

    @Test func aNameGluedToItsReportingVerb() throws {
        let c = try #require(claims("Presiden Amerika Serikat Arya Wirabumimenyatakan gencatan senjata itu disetujui kedua pihak.").first)
        #expect(c.speaker == "Arya Wirabumi")
        #expect(c.content == "gencatan senjata itu disetujui kedua pihak")
    }

    @Test func aMediumGluedToDariAndTheDayItReported() throws {
        let c = try #require(claims("Dilansir dariAntara, Kamis (19/6/2025), pencabutan aturan tersebut diatur melalui peraturan presiden yang baru.").first)
        #expect(c.speaker == "Antara")
        #expect(c.content == "pencabutan aturan tersebut diatur melalui peraturan presiden yang baru")
    }

    @Test func brandsAndShortPrefixesStayOneWord() {
        let text = TokenizedText("iPhone McDonald YouTube NATO WhatsApp")
        let words = text.tokens.filter(\.isWord).map { text.string($0.range) }
        #expect(words == ["iPhone", "McDonald", "YouTube", "NATO", "Whats", "App"])
        // Every string cut from the text shows the space where it was cut.
        #expect(text.string(0..<text.scalars.count) == "iPhone McDonald YouTube NATO Whats App")
    }
}
