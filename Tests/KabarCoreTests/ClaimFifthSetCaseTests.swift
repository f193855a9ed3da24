import Testing
@testable import KabarCore

/// Patterns chosen from the fifth bench set's misses (read 2026-12-04, so that set is tuned on
/// from then), each on sentences written for kabar.
@Suite("Claims: ranks, manner adverbs, complaints, documents, links")
struct ClaimFifthSetCaseTests {
    func claims(_ body: String) -> [Claim] { ClaimExtractor().extract(from: body) }

    @Test func aRankBeforeTheNameAfterTheRolesComma() throws {
        let c = try #require(claims("Kepala Pusat Penerangan (Kapuspen) TNI, Mayjen TNI Dimas Sitompul, membantah pihaknya salah tangkap.").first)
        #expect(c.speaker == "Dimas Sitompul")
        #expect(c.role == "Kepala Pusat Penerangan (Kapuspen) TNI")
        let quoted = try #require(claims("\"Tersangka kami amankan di rumahnya,\" kata Kabid Humas Polda Lombar, Kombes Ade Wirawan di Mataram, Sabtu.").first)
        #expect(quoted.speaker == "Ade Wirawan")
        #expect(quoted.role == "Kabid Humas Polda Lombar")
    }

    @Test func aPersonDescribedBeforeAnyoneIsNamed() throws {
        let body = "Seorang pria viral setelah videonya beredar pada Kamis pagi. Pria berbaju biru navy itu lantas menyebutkan posisi dirinya sebagai bagian dari pemerintah."
        let c = try #require(claims(body).first)
        #expect(c.speaker == "Pria berbaju biru navy", "a ber- word describing the person is no verb of its own")
        #expect(c.content == "posisi dirinya sebagai bagian dari pemerintah")
    }

    @Test func twoQuotedPhrasesInOneClauseAreOneClaim() {
        let body = "Memo yang terbit pada 11 Juni itu menyerukan para pengacara mencabut kewarganegaraan seseorang jika ia \"memperoleh naturalisasi secara ilegal\" atau dengan \"menyembunyikan fakta material\"."
        #expect(claims(body).count == 1)
    }

    @Test func theWhiteHouseIsNoPartOfTheName() throws {
        let c = try #require(claims("Sekretaris Pers Gedung Putih Karoline Leavitt mengatakan Washington akan membuka penyelidikan.").first)
        #expect(c.speaker == "Karoline Leavitt")
        #expect(c.role == "Sekretaris Pers Gedung Putih")
    }

    @Test func aNameThatIsAlsoACommonWord() throws {
        let c = try #require(claims("Direktur Xpeng Indonesia Hari Arifianto menyampaikan bahwa pendekatan pabrikan memang berbeda.").first)
        #expect(c.speaker == "Hari Arifianto")
        #expect(c.role == "Direktur Xpeng Indonesia")
    }

    @Test func aMannerAdverbAndAnOpeningResponse() throws {
        let c = try #require(claims("Menanggapi hal itu, Bupati Sari enteng berujar bahwa ia akan menutup tambang itu.").first)
        #expect(c.speaker?.hasSuffix("Sari") == true)
        #expect(c.content == "ia akan menutup tambang itu")
    }

    @Test func aComplaintFiledWithThePoliceIsNoStatement() {
        #expect(claims("Buntut kasus tersebut, BMKG kemudian melaporkan ormas itu ke Polda Lombar pekan lalu.").isEmpty)
        #expect(claims("Dinas kemudian melaporkan ke Polda bahwa gudang itu kosong sejak Mei.").count == 1)
        #expect(claims("Kejadian hilangnya telepon genggam tersebut dilaporkan ke Polsek Depok pada Senin.").isEmpty)
    }

    @Test func newReportingVerbs() throws {
        #expect(try #require(claims("Marcel memandang, sorotan masyarakat itu merupakan momentum untuk berbenah.").first).cue == "memandang")
        #expect(try #require(claims("Supra berpesan kepada Johan agar membentuk tim juru bicara yang baru.").first).cue == "berpesan")
        // A clause-only verb with a noun after it reports an act.
        #expect(claims("Sofwan mempertanyakan ketidakhadiran menteri dalam rapat kerja itu.").isEmpty)
    }

    @Test func aListAnnouncedByTheSourceIsItsAccount() {
        let body = "Laporan Kemenham merinci beberapa masalah utama yang dialami pengemudi: 1. Sanksi Sepihak: Aplikator seringkali menjatuhkan sanksi secara sepihak. 2. Tanggung Jawab yang Tidak Adil: Pengemudi dapat menanggung denda tilang jika penumpang menolak memakai helm."
        let found = claims(body)
        #expect(found.map(\.content) == ["beberapa masalah utama yang dialami pengemudi", "Aplikator seringkali menjatuhkan sanksi secara sepihak",
                                         "Pengemudi dapat menanggung denda tilang jika penumpang menolak memakai helm"])
        #expect(found.allSatisfy { $0.speaker == "Kemenham" })
        #expect(found.dropFirst().allSatisfy { $0.continues })
        // Every sentence of an item is the list's, plain statements too, and the items after one with a cue of its own.
        let longer = "Laporan Kemenham merinci beberapa masalah utama yang dialami pengemudi: 1. Sanksi Sepihak: Aplikator seringkali menjatuhkan sanksi secara sepihak. "
            + "Kerugian juga timbul akibat order fiktif yang seringkali tidak ditindaklanjuti. 2. Kemitraan: Kemenham menilai model kemitraan itu tidak seimbang. "
            + "3. Jaminan Sosial: Iuran jaminan sosial dibebankan sepenuhnya kepada pengemudi tanpa kontribusi aplikator.\n\nRapat itu berlangsung tertutup hingga sore di gedung kementerian."
        let items = claims(longer)
        #expect(items.map(\.content) == ["beberapa masalah utama yang dialami pengemudi", "Aplikator seringkali menjatuhkan sanksi secara sepihak",
                                         "Kerugian juga timbul akibat order fiktif yang seringkali tidak ditindaklanjuti", "model kemitraan itu tidak seimbang",
                                         "Iuran jaminan sosial dibebankan sepenuhnya kepada pengemudi tanpa kontribusi aplikator"])
        #expect(items.last?.speaker == "Kemenham" && items.last?.continues == true)
        // A numbered list the source did not announce is the reporter's.
        let listicle = "Pelatih itu mengatakan timnya akan berbenah musim depan. 1. Gelandang Baru: Klub harus membeli gelandang bertahan yang tangguh."
        #expect(claims(listicle).count == 1)
    }

    @Test func aPlaceBeforeAClauseWithItsOwnVerbIsNoSpeaker() {
        let found = claims("Seorang pria di Depok, Jawa Barat, viral setelah video memamerkan benda diduga senjata api dan mengaku orang penting.")
        #expect(!found.contains { $0.speaker == "Jawa Barat" })
        // An appositive role with a ber- adjective still names the speaker before it.
        let c = claims("Aleksander Sladkov, seorang jurnalis berpengalaman Rusia, mengatakan pasukan itu sudah tiba di perbatasan.").first
        #expect(c?.speaker == "Aleksander Sladkov")
    }

    @Test func aSiteOrADocumentNamedByItsKindAtTheOpening() throws {
        let site = try #require(claims("Dikutip dari situs kampus Binus, kredit macet tidak hanya berdampak pada nasabah.").first)
        #expect(site.speaker == "situs kampus Binus")
        #expect(site.content == "kredit macet tidak hanya berdampak pada nasabah")
        let page = try #require(claims("Mengutip laman Polda DIY, penemu barang harus segera melaporkan kepada pihak berwenang.").first)
        #expect(page.speaker == "laman Polda DIY")
        let rule = try #require(claims("Berdasarkan peraturan Bank Indonesia Nomor 15/2/PBI/2013 dalam pasal 4 ayat (2), disebutkan bahwa rasio kredit bermasalah lebih dari 5 persen.").first)
        #expect(rule.speaker == "peraturan Bank Indonesia Nomor 15/2/PBI/2013")
        #expect(rule.content == "rasio kredit bermasalah lebih dari 5 persen")
        #expect(!rule.hedged, "the passive cue names no other source")
    }

    @Test func anAdverbAfterTheSpeakerAndAnExhortation() throws {
        let c = try #require(claims("\"Ini hasil bertahun-tahun menjelajahi ruang fisik,\" ujar dia lagi.").first)
        #expect(c.speakerMention == "dia")
        #expect(claims("Untuk itu, mereka perlu memastikan pemain itu pergi dari klub sebelum Agustus.").isEmpty)
    }

    @Test func bracketedAndTempoStyleLinksAreFurniture() throws {
        let text = "Headline uji\n\nVictor menilai aturan itu melemahkan penyidik yang sedang bekerja di lapangan sejak pekan lalu. (Baca: Polisi Curiga Ada Pihak yang Bermain) Sementara itu, menurut penyidik, aksi itu sudah memenuhi unsur penimbunan. Baca: Mengapa Ormas Itu Tak Bisa Ditindak  Ketua ormas itu menyatakan organisasinya akan taat hukum. Pilihan Editor: Harga Daging Naik Lagi"
        let dir = TemporaryFolder()
        let path = dir.write("links.txt", Array(text.utf8))
        let article = try #require(Ingestor(parallel: false, extractsClaims: true).ingest(paths: [path]).articles.first)
        let furniture = article.blocks.filter { $0.kind == .boilerplate }.map(\.text)
        #expect(furniture.contains("(Baca: Polisi Curiga Ada Pihak yang Bermain)"))
        #expect(furniture.contains("Baca: Mengapa Ormas Itu Tak Bisa Ditindak"))
        #expect(furniture.contains("Pilihan Editor: Harga Daging Naik Lagi"))
        #expect(!article.body.contains("Baca"))
        #expect(article.claims.contains { $0.speaker == "Ketua ormas itu" || $0.content.hasPrefix("organisasinya akan taat hukum") })
    }
}
