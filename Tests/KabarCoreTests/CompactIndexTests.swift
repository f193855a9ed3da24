import Foundation
import Testing
@testable import KabarCore

/// The persistent index keeps each article once, compressed: no plain copy of any text in the
/// database file (the full-text index is contentless), and what a changed file no longer says is
/// no longer found.
@Suite("Compact index")
struct CompactIndexTests {
    static let harbour = """
    Dermaga Baru Tanjung Waru Dibuka untuk Kapal Nelayan

    Tanjung Waru – Pemerintah kabupaten membuka dermaga baru bagi kapal nelayan pada Selasa pagi setelah pembangunan selama delapan bulan. "Dermaga ini memangkas antrean bongkar muat ikan dari tiga jam menjadi satu jam," kata Kepala Dinas Kelautan Ratna Sari kepada wartawan di lokasi peresmian.

    Menurut Ratna, dermaga itu mampu menampung empat puluh kapal sekaligus dan dilengkapi gudang pendingin berkapasitas dua ratus ton.

    """

    static let market = """
    Harga Cabai di Pasar Lamongan Turun Menjelang Panen Raya

    Lamongan – Harga cabai rawit di pasar tradisional Lamongan turun menjadi tiga puluh ribu rupiah per kilogram pekan ini. "Pasokan dari petani mulai melimpah karena panen raya sudah dekat," ujar pedagang bernama Joko Santoso saat ditemui di pasar.

    """

    /// Every byte of the database and its write-ahead log.
    func storedBytes(_ db: String) -> [UInt8] {
        ["", "-wal"].flatMap { suffix in (try? Data(contentsOf: URL(fileURLWithPath: db + suffix))).map(Array.init) ?? [] }
    }

    func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard n.count <= haystack.count else { return false }
        return (0...(haystack.count - n.count)).contains { k in haystack[k] == n[0] && Array(haystack[k..<(k + n.count)]) == n }
    }

    @Test func theDatabaseHoldsNoPlainCopyOfTheText() throws {
        let folder = TemporaryFolder()
        _ = folder.write("corpus/dermaga.txt", Self.harbour)
        _ = folder.write("corpus/cabai.txt", Self.market)
        let corpus = folder.path + "/corpus"
        let index = CorpusIndex(location: .folder(folder.path + "/cache"), inputs: [corpus])
        let report = index.refresh(paths: [corpus])
        #expect(report.articles == 2)
        let db = try #require(index.path)
        let bytes = storedBytes(db)
        #expect(bytes.count > 0)
        // Sentences of the bodies, a quotation and the title: none is stored as written.
        for run in ["pembangunan selama delapan bulan", "antrean bongkar muat ikan dari tiga jam",
                    "gudang pendingin berkapasitas dua ratus ton", "Pasokan dari petani mulai melimpah"] {
            #expect(!contains(bytes, run), "\(run)")
        }
        // And still everything is found and read back.
        #expect(try index.search("pendingin").articles.map(\.title) == ["Dermaga Baru Tanjung Waru Dibuka untuk Kapal Nelayan"])
        #expect(try index.search("Ratna Sari").claimsBy.contains { $0.content.contains("antrean bongkar muat") })
        let collection = try index.collection()
        #expect(collection.articles.map(\.body).joined().contains("berkapasitas dua ratus ton"))
    }

    @Test func wordsAChangedFileNoLongerSaysAreNoLongerFound() throws {
        let folder = TemporaryFolder()
        let file = folder.write("corpus/berita.txt", Self.harbour)
        let corpus = folder.path + "/corpus"
        let cache = CacheLocation.folder(folder.path + "/cache")
        let first = CorpusIndex(location: cache, inputs: [corpus])
        _ = first.refresh(paths: [corpus])
        #expect(try first.search("pendingin").articles.count == 1)

        try Data(Self.market.utf8).write(to: URL(fileURLWithPath: file))
        let second = CorpusIndex(location: cache, inputs: [corpus])
        #expect(second.refresh(paths: [corpus]).analysedFiles == 1)
        #expect(try second.search("pendingin").articles.isEmpty)
        #expect(try second.search("cabai").articles.count == 1)
        // The full-text index itself forgot the old words (removed, not only hidden by a join).
        var entries: Int64 = -1
        try second.db.prepare("SELECT count(*) FROM article_text WHERE article_text MATCH 'pendingin'").rows { entries = $0.int(0) }
        #expect(entries == 0)
    }
}

/// A refresh stopped half-way (killed between two batches) keeps what it wrote, and the next one
/// analyses only the rest and finds the same claims again.
@Suite("Resumed index")
struct ResumedIndexTests {
    @Test(.enabled(if: SharedData.isPresent)) func aStoppedRefreshIsResumed() throws {
        let seeds = try #require(SharedData.path("seeds"))
        let folder = TemporaryFolder()
        let corpus = try folder.copyFiles(of: seeds, into: "corpus")
        let cache = CacheLocation.folder(folder.path + "/cache")
        let fresh = Ingestor(extractsClaims: true).ingest(paths: [corpus])
        let clusters = ClaimMatcher().clusters(in: fresh.articles)
        #expect(!clusters.isEmpty)

        let first = CorpusIndex(location: cache, inputs: [corpus])
        #expect(first.refresh(paths: [corpus]).analysedFiles == 5)
        // What a kill after the first batches leaves: the writer's mark set, two files not yet
        // written, the same claims not yet found.
        let ids = try first.db.reading { () -> [Int64] in
            var ids: [Int64] = []
            try first.db.prepare("SELECT id FROM files ORDER BY path DESC LIMIT 2").rows { ids.append($0.int(0)) }
            return ids
        }
        try first.db.writing {
            for id in ids { try first.removeFile(id) }
            try first.db.execute("DELETE FROM same_claims; INSERT OR REPLACE INTO meta(name, value) VALUES ('writing', '1')")
        }

        let resumed = CorpusIndex(location: cache, inputs: [corpus])
        let report = resumed.refresh(paths: [corpus])
        #expect(report.analysedFiles == 2 && report.reusedFiles == 3, "\(report)")
        let collection = try resumed.collection()
        #expect(collection.articles == fresh.articles)
        #expect(collection.claimClusters == clusters)
        // Stopped after the last batch, before the same claims: they are found at the next opening.
        try resumed.db.writing {
            try resumed.db.execute("DELETE FROM same_claims; INSERT OR REPLACE INTO meta(name, value) VALUES ('writing', '1')")
        }
        let last = CorpusIndex(location: cache, inputs: [corpus])
        #expect(last.refresh(paths: [corpus]).analysedFiles == 0)
        #expect(try last.collection().claimClusters == clusters)
        // And the mark is cleared: the next opening has nothing to do.
        let again = CorpusIndex(location: cache, inputs: [corpus])
        #expect(again.refresh(paths: [corpus]).analysedFiles == 0)
        var marks = -1
        try again.db.prepare("SELECT count(*) FROM meta WHERE name = 'writing'").rows { marks = Int($0.int(0)) }
        #expect(marks == 0)
    }

    @Test func changedFilesAreWrittenInBatchesOfBoundedInput() {
        func file(_ n: Int, _ size: Int64) -> CorpusIndex.ChangedFile {
            .init(file: InputFile(path: "/f\(n)", kind: .text, gzipped: false), size: size, mtime: 0, hash: "")
        }
        let mb: Int64 = 1 << 20
        let batches = CorpusIndex.batches([file(0, 10 * mb), file(1, 10 * mb), file(2, 20 * mb), file(3, 100 * mb), file(4, mb)])
        #expect(batches.map { $0.map(\.file.path) } == [["/f0", "/f1"], ["/f2"], ["/f3"], ["/f4"]])
    }
}
