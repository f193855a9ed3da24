import Testing
@testable import KabarCore

/// Speakers and cues as real reporting writes them (patterns chosen from the fresh set's misses,
/// 2026-12-02), each on sentences written for kabar.
@Suite("Claims: speakers and cues")
struct ClaimSpeakerCaseTests {
    func claims(_ body: String) -> [Claim] { ClaimExtractor().extract(from: body) }

    @Test func aMinistryNameInsideATitle() throws {
        let c = try #require(claims("Wakil Menteri Dalam Negeri Sari Wulandari menyatakan kementeriannya telah mempelajari dokumen sengketa pulau itu.").first)
        #expect(c.speaker == "Sari Wulandari")
        #expect(c.role == "Wakil Menteri Dalam Negeri")
        #expect(c.venue == nil, "\"Dalam Negeri\" is no venue")
    }

    @Test func theNameAfterARoleWhoseSecondWordIsTheRole() throws {
        let body = "\"Kami belum melihat tren yang sama pada distributor lain,\" kata Corporate Secretary Mitra Samudra, Dimas Pratama, saat dihubungi, Senin (24/8)."
        let c = try #require(claims(body).first)
        #expect(c.speaker == "Dimas Pratama")
        #expect(c.role == "Corporate Secretary Mitra Samudra")
    }

    @Test func theSpokespersonThroughWhomAnOfficialSpeaks() throws {
        let body = "Kapolres Lombar AKBP Hendra Saputra melalui Kasi Humas Ipda Rudianto membenarkan bahwa pelaku sudah ditangkap di pelabuhan."
        let c = try #require(claims(body).first)
        #expect(c.speaker == "Rudianto")
        #expect(c.content == "pelaku sudah ditangkap di pelabuhan")
    }

    @Test func aClosingCueFollowedByWhereItWasSaid() throws {
        let body = "Sampai hari ini lahan yang gagal panen kurang lebih 25.000 hektare, kata Wulan ditemui usai rapat di kantor gubernur, Mataram, Selasa (25/8)."
        let c = try #require(claims(body).first)
        #expect(c.speaker == "Wulan")
        #expect(c.content == "Sampai hari ini lahan yang gagal panen kurang lebih 25.000 hektare")
        // An inserted cue keeps the whole sentence, as before.
        let inserted = try #require(claims("Kronologi kejadian ini, menurut Rudianto petang tadi, bermula ketika kapal meninggalkan dermaga.").first)
        #expect(inserted.content.hasSuffix("bermula ketika kapal meninggalkan dermaga"))
    }

    @Test func aYearInsideATitle() throws {
        let body = "\"Festival tahun ini diikuti lebih banyak peserta,\" kata Ketua Panitia Festival Lombar 2025 Sari Wulandari, pada Selasa, 1 Juli 2025."
        let c = try #require(claims(body).first)
        #expect(c.speaker == "Sari Wulandari")
        #expect(c.role == "Ketua Panitia Festival Lombar 2025")
    }

    @Test func aStatementNamedAfterTheQuotation() throws {
        let named = try #require(claims("\"Kapal itu sudah laik berlayar sejak Januari,\" demikian pernyataan Badan SAR Lombar.").first)
        #expect(named.speaker == "Badan SAR Lombar")
        #expect(named.kind == .direct)
        let body = """
        Kapten Hendra Saputra memimpin kapal itu sejak Januari. "Semua penumpang sudah dievakuasi dengan selamat," demikian pernyataan resmi tersebut.
        """
        let pointed = try #require(claims(body).first)
        #expect(pointed.speaker == "Hendra Saputra", "no author named: the one last named")
    }

    @Test func anAdverbialAfterTheSubject() throws {
        let c = try #require(claims("Menteri Perhubungan Lombar Dimas Pratama sementara itu mengatakan bahwa pelabuhan akan dibuka kembali besok.").first)
        #expect(c.speaker == "Dimas Pratama")
        // A title holding "Sementara" is no adverb.
        let title = try #require(claims("Penjabat Sementara Bupati Lombar Sari Wulandari menambahkan, laboratorium itu akan mempercepat tes usap.").first)
        #expect(title.speaker == "Sari Wulandari")
    }

    @Test func goingOnWithAComma() throws {
        let c = try #require(claims("Dimas melanjutkan, kementerian sudah memberikan kuota tambahan untuk pelabuhan swasta tahun ini.").first)
        #expect(c.speaker == "Dimas")
        #expect(c.content == "kementerian sudah memberikan kuota tambahan untuk pelabuhan swasta tahun ini")
        #expect(claims("Rombongan itu melanjutkan perjalanan ke Tanjung Lombar pada Jumat pagi.").isEmpty, "going on with a journey says nothing")
    }

    @Test func aClauseWordOrAWishIsNoSpeaker() throws {
        // "Meski tidak secara eksplisit menyebutkan …": a concession, nobody speaking.
        #expect(!claims("Meski tidak secara eksplisit menyebutkan nama kapal itu, kebijakan ini dinilai sebagai langkah yang tepat.")
            .contains { $0.speaker == "Meski" })
        // "Sari ingin Dimas menyampaikan …": the one who wants it is the source.
        let c = try #require(claims("Sari Wulandari ingin Dimas menyampaikan permintaan maaf atas kecelakaan kapal di Selat Lombar itu.").first)
        #expect(c.speaker == "Sari Wulandari")
    }

    @Test func aRelatedLinkRunIntoTheParagraphIsCutOut() throws {
        let dir = TemporaryFolder()
        let path = dir.write("a.txt", """
        Uji Tautan Terkait

        Tim gabungan menyisir perairan selatan sejak Kamis malam bersama nelayan setempat. Baca juga:Kapal Feri Tenggelam di Selat Lombar, Dua Penumpang Hilang Saat tiba, kata Rudianto, tim menemukan pelampung di dekat karang. Cuaca mulai membaik pada Jumat pagi sehingga pencarian diperluas.
        """)
        let article = try #require(Ingestor(parallel: false, extractsClaims: true).ingest(paths: [path]).articles.first)
        let link = try #require(article.blocks.first { $0.text.hasPrefix("Baca juga") })
        #expect(link.kind == .boilerplate)
        #expect(link.text == "Baca juga:Kapal Feri Tenggelam di Selat Lombar, Dua Penumpang Hilang")
        #expect(article.blocks.contains { $0.kind.isArticleText && $0.text.hasPrefix("Saat tiba, kata Rudianto") })
        let claim = try #require(article.claims.first { $0.speaker == "Rudianto" })
        #expect(claim.content.contains("tim menemukan pelampung"))
    }

    @Test func whereARelatedHeadlineEnds() {
        func link(_ text: String) -> String {
            var text = text
            return text.withUTF8 { u in
                let pieces = RelatedLinkMarkers.split(u, 0..<u.count)
                guard let p = pieces.first(where: { u[$0.lowerBound] == UInt8(ascii: "B") }) else { return "" }
                return String(decoding: UnsafeBufferPointer(rebasing: u[p]), as: UTF8.self).trimmingCharacters(in: .whitespaces)
            }
        }
        let before = "Tim menyisir perairan itu sejak Kamis malam bersama nelayan. "
        // A name of two words, named again later.
        #expect(link(before + "Baca juga:Tiga Kandidat Ditetapkan: Wulan, Sari, dan Dimas Panitia Kongres, Andy Pratama mengungkapkan bahwa ketiganya lolos. \"Kami sudah memeriksa,\" ungkap Andy di kantor.")
                == "Baca juga:Tiga Kandidat Ditetapkan: Wulan, Sari, dan Dimas Panitia Kongres,")
        // One surname after the headline's last word.
        #expect(link(before + "Baca juga:Komisi Nilai Putusan Jadi Momen Penyesuaian Pemilu dan Pilkada Doli menuturkan, putusan itu menambah deretan panjang.")
                == "Baca juga:Komisi Nilai Putusan Jadi Momen Penyesuaian Pemilu dan Pilkada")
        // A closing teaser and a quoted word stay in the headline.
        #expect(link(before + "Baca juga:Maskapai Tutup Rute Murah, Ini Alasannya Qantas tidak menyebutkan lokasi pusat panggilan itu.")
                == "Baca juga:Maskapai Tutup Rute Murah, Ini Alasannya")
        #expect(link(before + "Baca juga:Nelayan Lolos dari Maut “Neraka” Kapal Tanker, 4 Temannya Tewas Mirza menyatakan bahwa pelaku sudah ditangkap.")
                == "Baca juga:Nelayan Lolos dari Maut “Neraka” Kapal Tanker, 4 Temannya Tewas")
        // A quotation opens the text after it.
        #expect(link(before + "Baca juga:Harga Tiket dan Jadwal Pertandingan “Secara umum saya melihat para pemain sangat baik,” kata pelatih.")
                == "Baca juga:Harga Tiket dan Jadwal Pertandingan")
        // Not a headline: left alone.
        #expect(link(before + "Baca juga: ini bukan judul sama sekali dan tidak ada yang dipotong dari kalimat ini.") == "")
    }
}
