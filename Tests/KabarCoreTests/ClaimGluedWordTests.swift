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

    /// The cleaned body itself gets the space back where the seam is certain (`GluedWords`), so the
    /// reader shows it too; brands and handles stay as written.
    @Test func gluedWordsAreSpacedInTheBody() {
        func spaced(_ s: String) -> String {
            var s = s
            return s.withUTF8 { u in GluedWords.spaced(u, 0..<u.count).map { String(decoding: $0, as: UTF8.self) } ?? String(decoding: u, as: UTF8.self) }
        }
        #expect(spaced("apresiasi kepadaRaja Salman, dikutipThe Guardian") == "apresiasi kepada Raja Salman, dikutip The Guardian")
        #expect(spaced("oleh prajuritTNIhingga tewas") == "oleh prajurit TNI hingga tewas")
        #expect(spaced("PresidenAmerika SerikatDonald Trumpmulai bersiasat") == "Presiden Amerika Serikat Donald Trump mulai bersiasat")
        #expect(spaced("daridetikBali dan diJalur Pantura") == "dari detikBali dan di Jalur Pantura")
        #expect(spaced("kata Herry Heryawankembali, Timnas Malaysiatambah") == "kata Herry Heryawan kembali, Timnas Malaysia tambah")
        #expect(spaced("dari Partai Demokrat,Zohran Mamdani, dan 1,5 persen") == "dari Partai Demokrat, Zohran Mamdani, dan 1,5 persen")
        #expect(spaced("Pada Senin (30/6),The Guardianmelaporkan bahwa") == "Pada Senin (30/6), The Guardian melaporkan bahwa")
        #expect(spaced("Gubernur Jawa BaratDedi Mulyadi, DilansirAljazeera") == "Gubernur Jawa Barat Dedi Mulyadi, Dilansir Aljazeera")
        // Brands, handles, ids and names that merely end like a small word stay as written.
        let kept = "iPhone YouTube tvOne detikNews @realDonaldTrump eoBof8ar6C Dedi Mulyadi Ramadan Pemerintahan Berlebih Sehingga WhatsApp TransJakarta PlayStation"
        #expect(spaced(kept) == kept)
    }


    /// A run of thousands of glued letters is read once, not once per seam (it took 22 s for 400,000
    /// letters before, and hours for 5 MB): a word longer than a name is not cut for glue.
    @Test func aHugeGluedRunIsReadOnce() {
        let run = String(repeating: "abcD", count: 250_000)
        let text = TokenizedText("Kata dia, " + run + " selesai.")
        #expect(text.tokens.filter(\.isWord).count == 4, "Kata, dia, the run, selesai")
        #expect(ClaimExtractor().extract(from: "Budi mengatakan " + run + " sudah selesai dibahas.").count == 1)
    }
}
