import Testing
@testable import KabarCore

/// Photo captions: kept as captions, outside the body; a caption printed again shows once.
@Suite("Captions")
struct CaptionTests {
    @Test func aCaptionPrintedTwiceShowsOnce() throws {
        let caption = "Petugas SAR mengevakuasi penumpang di dermaga Tanjung Lombar. (ANTARA FOTO/Rudi Hartono)"
        let page = """
            Penumpang Feri Dievakuasi ke Dermaga

            \(caption)

            Tim SAR gabungan mengevakuasi seluruh penumpang feri yang mogok di Selat Lombar sejak Senin pagi, kata petugas.

            Kepala Kantor SAR Lombar mengatakan cuaca buruk sempat menghambat evakuasi selama dua jam di perairan itu.

            \(caption)

            Para penumpang kemudian dibawa ke puskesmas terdekat untuk diperiksa kesehatannya oleh tim medis setempat.
            """
        let dir = TemporaryFolder()
        let path = dir.write("feri.txt", page)
        let a = try #require(Ingestor(parallel: false).ingest(paths: [path]).articles.first)
        let kinds = a.blocks.filter { $0.text == caption }.map(\.kind)
        #expect(kinds == [.caption, .boilerplate], "\(a.blocks.map { ($0.kind, $0.text.prefix(30)) })")
        #expect(!a.body.contains("ANTARA FOTO"), "captions stay out of the body")
    }
}
