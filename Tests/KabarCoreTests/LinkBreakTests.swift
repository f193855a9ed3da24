import Testing
@testable import KabarCore

/// Scrapes that put every linked name on a line of its own (Kompas, Detik): the pieces of one
/// sentence are one paragraph again, and page furniture stays apart. Text written for kabar.
@Suite("Cleaning: sentences cut at their links")
struct LinkBreakTests {
    func article(_ text: String) throws -> Article {
        let dir = TemporaryFolder()
        let path = dir.write("a.txt", text)
        return try #require(Ingestor(parallel: false, extractsClaims: true).ingest(paths: [path]).articles.first)
    }

    @Test func aLeadCutAtEveryLinkIsOneParagraph() throws {
        let a = try article("""
        Gubernur Siap Jalankan Putusan

        Gubernur
        Jakarta
        Pramono Anung
        yakin dapat memenuhi putusan
        Mahkamah Konstitusi
        (MK) yang mewajibkan pendidikan dasar gratis di sekolah negeri maupun swasta.
        Saat ini, Pemprov Jakarta memiliki proyek percontohan (
        pilot project
        ) yang menyediakan 40
        sekolah swasta gratis
        .
        Baca juga:
        Soal Sekolah Swasta Gratis, Wali Kota Fokus Perbaiki Infrastruktur
        "Pendidikan dasar harus bebas biaya bagi semua anak,"
        kata Pramono di Balai Kota.
        sekolah gratis
        pramono anung
        """)
        let text = a.blocks.filter { $0.kind.isArticleText }.map(\.text)
        #expect(text.contains("Gubernur Jakarta Pramono Anung yakin dapat memenuhi putusan Mahkamah Konstitusi (MK) yang mewajibkan pendidikan dasar gratis di sekolah negeri maupun swasta."))
        #expect(text.contains("Saat ini, Pemprov Jakarta memiliki proyek percontohan (pilot project) yang menyediakan 40 sekolah swasta gratis."))
        #expect(text.contains("\"Pendidikan dasar harus bebas biaya bagi semua anak,\" kata Pramono di Balai Kota."))
        // A link's title after "Baca juga:" and the tags at the end join nothing.
        #expect(a.blocks.contains { $0.text == "Soal Sekolah Swasta Gratis, Wali Kota Fokus Perbaiki Infrastruktur" && $0.kind == .boilerplate })
        #expect(!a.body.contains("sekolah gratis pramono anung"))
        let claim = try #require(a.claims.first { $0.kind == .direct })
        #expect(claim.speaker == "Pramono Anung")
    }

    @Test func aDatelineCutFromItsSentenceIsFoundAgain() throws {
        let a = try article("""
        Pelatih Kritik Timnya

        Jakarta
        -
        Manajer
        Inggris
        Thomas Tuchel
        menilai tak ada yang salah dengan kritik terbuka yang ia lontarkan usai timnya menang tipis.
        Ia menegaskan para pemainnya harus memahami hal tersebut.
        """)
        #expect(a.dateline == "Jakarta")
        #expect(a.body.hasPrefix("Jakarta - Manajer Inggris Thomas Tuchel menilai tak ada yang salah"))
    }

    @Test func pageFurnitureIsJoinedToNothing() throws {
        let a = try article("""
        Delegasi Berkunjung

        Delegasi itu melakukan kunjungan ke Teheran dan bertemu menteri perdagangan negara itu pada pekan lalu. Kunjungan itu membahas kerja sama dagang kedua negara, termasuk ekspor minyak sawit dan impor gandum.
        Menteri itu mengatakan kerja sama dagang kedua negara akan diperluas tahun depan, termasuk di bidang energi dan pangan
        img_title
        Cek Berita dan Artikel yang lain di
        Google News
        (FJR)
        """)
        #expect(a.blocks.contains { $0.text == "img_title" && $0.kind == .boilerplate })
        #expect(a.blocks.contains { $0.text == "(FJR)" })
    }
}

/// Hostile shapes for the rejoining: it reads each line a bounded number of times.
@Suite("Cleaning: link cuts on hostile input")
struct LinkBreakHostileTests {
    @Test func manyShortLinesAreReadOnce() {
        // 60,000 short capitalised lines with no sentence end: no paragraph forms (none goes on in lowercase).
        let lines = (0..<60_000).map { _ in BlockCandidate(text: "Kata Benda") }
        #expect(BlockCandidate.joiningLinkBreaks(lines).count == 60_000)
        // Alternating short lines that each go on: one paragraph, built once.
        let chain = [BlockCandidate(text: "Awal")] + (0..<30_000).flatMap { _ in [BlockCandidate(text: "Nama"), BlockCandidate(text: "dan")] }
        let joined = BlockCandidate.joiningLinkBreaks(chain)
        #expect(joined.count == 1)
        #expect(joined.first?.text.utf8.count == 4 + 30_000 * 9)
    }
}
