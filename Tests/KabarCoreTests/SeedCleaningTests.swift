import Testing
@testable import KabarCore

/// Hand annotations of the five seed articles, written by reading the files in ../shared/seeds.
/// Lines are identified by the start of their text.
struct SeedAnnotation: Sendable, CustomTestStringConvertible {
    var file: String
    var outlet: String
    var headlinePrefix: String?         // nil: the page prints no headline
    var published: String?              // ISO 8601 as kabar writes it; nil: the page states none
    var author: String?
    var dateline: String?
    var boilerplate: [String]
    var body: [String]
    var subheadings: [String] = []
    var captions: [String] = []
    var notPublished: String? = nil     // a date on the page that must not be taken

    var testDescription: String { file }
}

let seedAnnotations: [SeedAnnotation] = [
    SeedAnnotation(
        file: "000_002bfff8e5fec095.txt", outlet: "Liputan6", headlinePrefix: "Makin Kisruh, Korea Utara Tawarkan",
        published: "2022-08-10", author: nil, dateline: "Pyongyang",
        boilerplate: ["Sukses", "* Fakta atau Hoaks?", "* Follow Official WhatsApp", "2 dari 4 halaman",
                      "* BACA BERITA TERKINI", "3 dari 4 halaman", "4 dari 4 halaman"],
        body: ["Liputan6.com, Pyongyang - Korea Utara telah", "Korotchenko melanjutkan dengan berpendapat",
               "Menurut outlet media Korea Selatan Daily NK", "Anastasia, yang juga menolak", "Ukraina segera memutuskan"],
        subheadings: ["Bantuan Korut Lainnya", "Pengakuan Penduduk Donetsk"]),
    SeedAnnotation(
        file: "001_db7f0e8481ad42c1.txt", outlet: "VIVA", headlinePrefix: "Korut Tawarkan 100 Ribu Tentaranya",
        published: "2022-08-09", author: nil, dateline: nil,
        // Credits alone ("Photo :", "Sumber :", "• newsweek.com") are page furniture, hidden with the boilerplate.
        boilerplate: ["AS Gelontorkan Lagi Rp 420", "Korut Kirim Utusan ke Iran", "Deegasi Korea Utara", "img_title", "26 April 2024",
                      "Photo :", "Sumber :", "• newsweek.com"],
        body: ["VIVA Nasional – Korea Utara siap", "Pyongyang berencana mengirim pekerja", "Kepala Dinas Intelijen Rahasia (MI6)"],
        subheadings: ["Siap kirim militer ke Donbas"],
        captions: ["VIVA Militer: Tentara Rakyat", "Tentara Korea Utara"],
        notPublished: "2024-04-26"),
    SeedAnnotation(
        file: "002_a4365d142b35687e.txt", outlet: "Kompas", headlinePrefix: nil,
        published: "2022-08-08T23:31+07:00", author: "Danur Lambang Pristiandaru", dateline: "Moskwa",
        boilerplate: ["Baca berita tanpa iklan", "Baca juga: Ukraina Terkini", "Dapatkan update berita", "Video rekomendasi",
                      "Cuaca Sulit, Perang Rusia-Ukraina", "Global", "Login untuk memaksimalkan", "Bagikan artikel ini"],
        body: ["MOSKWA, KOMPAS.com – Korea Utara", "\"Dan pekerja bangunan Korea Utara", "Laporan tersebut menambahkan"]),
    SeedAnnotation(
        file: "003_dedce096c3d8b221.txt", outlet: "Repelita", headlinePrefix: "50.000 Pasukan Korut Siap Gabung",
        published: nil, author: nil, dateline: nil,
        boilerplate: ["Breaking Posts", "6/trending/recent", "Hot Widget", "Type Here to Get", "Sumber Berita / Artikel Asli",
                      "Posting Komentar", "Copyright © 2023"],
        body: ["Sebuah informasi mengejutkan", "Dalam video YouTube-nya", "Jika saja pasukan Korut"],
        subheadings: ["Korut telah mengirim senjata ke Rusia", "Militer Korut disebut terbesar"],
        notPublished: "2023-03-09"),
    SeedAnnotation(
        file: "004_a373cb1957e14108.txt", outlet: "Medcom", headlinePrefix: "Zelensky Tuding Korut Siap Kirim",
        published: "2024-10-18T13:11", author: "Marcheilla Ariesta", dateline: "Kyiv",
        boilerplate: ["Baca juga: Situasi Semenanjung", "(FJR)", "TERKAIT", "BERITA LAINNYA", "FOLLOW US", "Ikuti media sosial medcom.id"],
        body: ["Kyiv: Presiden Ukraina", "Kewaspadaan itu telah mendorong", "Ia menegaskan penolakannya"],
        captions: ["Presiden Ukraina Volodymyr Zelensky tuduh"]),
]

@Suite("Seeds: metadata and cleaning against hand annotations")
struct SeedCleaningTests {
    static func load(_ file: String) -> Article? {
        let found = SharedData.path("seeds/" + file)
        if found == nil { return nil }
        let path = found!
        let result = Ingestor(parallel: false).ingest(paths: [path])
        #expect(result.problems.isEmpty, "\(result.problems)")
        return result.articles.first
    }

    @Test(.enabled(if: SharedData.isPresent), arguments: seedAnnotations)
    func metadata(_ a: SeedAnnotation) throws {
        guard let article = Self.load(a.file) else { return }
        #expect(article.outlet == a.outlet)
        if let prefix = a.headlinePrefix {
            #expect(article.title?.hasPrefix(prefix) == true, "title: \(article.title ?? "nil")")
            #expect(!article.titleInferred)
            #expect(article.blocks.first { $0.kind == .headline }?.text.hasPrefix(prefix) == true)
        } else {
            #expect(article.titleInferred, "the page has no headline: kabar must say so")
            #expect(!article.blocks.contains { $0.kind == .headline })
            #expect(article.title?.isEmpty == false, "a fallback title is still given")
        }
        #expect(article.published?.iso8601 == a.published)
        if let bad = a.notPublished { #expect(article.published?.iso8601.hasPrefix(bad) != true) }
        #expect(article.author == a.author)
        #expect(article.dateline == a.dateline)
        #expect(article.language == .indonesian)
    }

    @Test(.enabled(if: SharedData.isPresent), arguments: seedAnnotations)
    func blockClasses(_ a: SeedAnnotation) throws {
        guard let article = Self.load(a.file) else { return }
        func kinds(_ prefix: String) -> [BlockKind] {
            article.blocks.filter { $0.text.hasPrefix(prefix) }.map(\.kind)
        }
        for line in a.boilerplate {
            let k = kinds(line)
            #expect(!k.isEmpty, "annotated line not found: \(line)")
            #expect(k.allSatisfy { $0 == .boilerplate }, "\(line) should be boilerplate, got \(k)")
            #expect(!article.body.contains(line + " ") || line.count < 8, "boilerplate leaked into the body: \(line)")
        }
        for line in a.body {
            let k = kinds(line)
            #expect(!k.isEmpty, "annotated line not found: \(line)")
            #expect(k.allSatisfy { $0 == .body || $0 == .lede }, "\(line) should be article text, got \(k)")
            #expect(article.body.contains(line))
        }
        for line in a.subheadings { #expect(kinds(line) == [.subheading], "\(line): \(kinds(line))") }
        for line in a.captions { #expect(!kinds(line).isEmpty && kinds(line).allSatisfy { $0 == .caption }, "\(line): \(kinds(line))") }
    }

    @Test(.enabled(if: SharedData.isPresent)) func seedQuantitiesCarryTheStory() throws {
        guard let liputan6 = Self.load("000_002bfff8e5fec095.txt"), let medcom = Self.load("004_a373cb1957e14108.txt"),
              let repelita = Self.load("003_dedce096c3d8b221.txt") else { return }
        #expect(liputan6.quantities.contains { $0.value == 100_000 && $0.unit == "pasukan" })
        #expect(liputan6.quantities.contains { $0.value == 1_300_000 && $0.unit == "personel" })
        #expect(medcom.quantities.contains { $0.value == 1_280_000 && $0.unit == "tentara" })
        #expect(repelita.quantities.contains { $0.value == 500_000 && $0.unit == "tentara" })
        // Ranges point into the cleaned body (Unicode scalars).
        for q in liputan6.quantities {
            let scalars = Array(liputan6.body.unicodeScalars)
            let text = String(String.UnicodeScalarView(scalars[q.range]))
            #expect(text == q.text)
        }
    }
}
