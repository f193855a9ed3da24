import Foundation
import Testing
@testable import KabarCore

/// Web archives: one written by `wget --warc-file` from pages served on 127.0.0.1 by the test,
/// and hand-written ones for the damage the issue names.
@Suite("Sources: web archives (WARC)", .serialized)
struct WARCReaderTests {
    static let pages = ["indonesian-media-crawler/detik-1.html", "indonesian-media-crawler/detik-2.html",
                        "indonesian-media-crawler/detik-4.html"]

    /// Serves saved pages (and a text file, and a missing page) and archives them with wget.
    static func archive(compressed: Bool) throws -> (folder: TemporaryFolder, warc: String, pages: [String]) {
        let dir = TemporaryFolder()
        var copies: [String] = []
        for page in pages {
            let source = try #require(SharedData.path("corpus/html/" + page))
            let copy = dir.write("site/" + (page as NSString).lastPathComponent, Array(try Data(contentsOf: URL(fileURLWithPath: source))))
            copies.append(copy)
        }
        dir.write("site/catatan.txt", "bukan halaman berita\n")
        let server = try LocalHTTPServer(serving: dir.path + "/site")
        let urls = (pages.map { "\(server.base)/" + ($0 as NSString).lastPathComponent } + ["\(server.base)/catatan.txt", "\(server.base)/hilang.html"])
        let list = dir.write("urls", urls.joined(separator: "\n") + "\n")
        let run = try LocalTools.run("wget", ["-q", "--warc-file=" + dir.path + "/crawl"] + (compressed ? [] : ["--no-warc-compression"])
                                     + ["-i", list, "-O", "/dev/null"], in: dir.path)
        #expect(run.status == 8 || run.status == 0, "wget exits 8 for the missing page: \(run.output)")
        return (dir, dir.path + (compressed ? "/crawl.warc.gz" : "/crawl.warc"), copies)
    }

    @Test(.enabled(if: SharedData.isPresent && LocalTools.available("wget")), arguments: [true, false])
    func pagesFromWgetAreTheSameArticles(compressed: Bool) throws {
        let (dir, warc, copies) = try Self.archive(compressed: compressed)
        _ = dir
        let archived = Ingestor(parallel: false).ingest(paths: [warc])
        let direct = Ingestor(parallel: false).ingest(paths: copies)
        #expect(!archived.hasErrors, "\(archived.problems)")
        #expect(archived.articles.count == Self.pages.count)
        #expect(archived.articles.map(\.title) == direct.articles.map(\.title))
        #expect(archived.articles.map(\.body) == direct.articles.map(\.body), "the same text as reading the saved files")
        #expect(archived.articles.allSatisfy { $0.format == .warc && $0.url != nil })
        let skipped = try #require(archived.problems.first { $0.severity == .notice })
        #expect(skipped.message.contains("request") && skipped.message.contains("not HTML") && skipped.message.contains("not HTTP 200"), "\(skipped.message)")
    }

    @Test(.enabled(if: SharedData.isPresent && LocalTools.available("wget"))) func aTruncatedArchiveKeepsTheRecordsBeforeTheCut() throws {
        let (dir, warc, _) = try Self.archive(compressed: true)
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: warc)))
        let cut = dir.write("cut.warc.gz", Array(bytes.prefix(bytes.count * 2 / 3)))
        let result = Ingestor(parallel: false).ingest(paths: [cut])
        #expect(result.hasErrors)
        #expect(result.problems.contains { $0.path == cut && $0.severity == .error && ($0.message.contains("ends early") || $0.message.contains("shorter than")) },
                "\(result.problems)")
        #expect(!result.articles.isEmpty, "the records before the cut are read")
    }

    /// A WARC record as a writer lays it out.
    static func record(_ type: String, uri: String, block: String, length: Int? = nil) -> String {
        let bytes = block.utf8.count
        return "WARC/1.1\r\nWARC-Type: \(type)\r\nWARC-Target-URI: \(uri)\r\nWARC-Date: 2026-06-02T03:15:00Z\r\n"
            + "Content-Length: \(length ?? bytes)\r\n\r\n\(block)\r\n\r\n"
    }

    static let page = """
        <html><head><title>Pelabuhan Ditutup karena Angin Barat</title><meta property="og:type" content="article"></head><body><article>
        <h1>Pelabuhan Ditutup karena Angin Barat</h1>
        <p>Syahbandar Tanjung Lombar menutup pelabuhan sejak Kamis pagi karena angin barat yang membawa gelombang tinggi ke perairan selatan.</p>
        <p>Menurut Kepala Syahbandar Hendra Saputra, gelombang mencapai empat meter dan kapal kecil diminta tetap bersandar sampai Sabtu.</p>
        <p>Nelayan di pesisir selatan juga diimbau tidak melaut, kata petugas Dinas Perikanan yang berjaga di dermaga sejak pagi.</p>
        </article></body></html>
        """

    @Test func chunkedBodiesAndLyingLengths() throws {
        let dir = TemporaryFolder()
        // A chunked answer, as a server streams it.
        let body = Array(Self.page.utf8)
        let chunked = "\(String(200, radix: 16))\r\n" + String(decoding: body[0..<200], as: UTF8.self) + "\r\n"
            + "\(String(body.count - 200, radix: 16))\r\n" + String(decoding: body[200...], as: UTF8.self) + "\r\n0\r\n\r\n"
        let response = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked
        let good = dir.write("ok.warc", Self.record("warcinfo", uri: "", block: "software: test\r\n")
                             + Self.record("response", uri: "http://127.0.0.1/pelabuhan", block: response))
        let read = Ingestor(parallel: false, extractsClaims: true).ingest(paths: [good])
        let article = try #require(read.articles.first)
        #expect(article.title == "Pelabuhan Ditutup karena Angin Barat")
        #expect(article.url == "http://127.0.0.1/pelabuhan")
        #expect(article.published?.iso8601.hasPrefix("2026-06-02") == true, "WARC-Date when the page states none")
        #expect(article.claims.contains { $0.speaker == "Hendra Saputra" })
        // A Content-Length longer than the rest of the file.
        let plain = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + Self.page
        let lying = dir.write("bohong.warc", Self.record("response", uri: "http://127.0.0.1/a", block: plain)
                              + Self.record("response", uri: "http://127.0.0.1/b", block: plain, length: 1 << 20))
        let damaged = Ingestor(parallel: false).ingest(paths: [lying])
        #expect(damaged.articles.count == 1, "the record before the lie is read")
        #expect(damaged.problems.contains { $0.path == lying && $0.severity == .error && $0.message.contains("shorter than its Content-Length") })
        // A hostile address never reaches the screen raw.
        let hostile = dir.write("jahat.warc", Self.record("response", uri: "http://127.0.0.1/\u{1B}[2J\u{202E}x", block: plain))
        let read2 = Ingestor(parallel: false).ingest(paths: [hostile])
        let url = try #require(read2.articles.first?.url)
        #expect(!url.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E }, "\(url.debugDescription)")
        // Not a WARC at all, and an empty one.
        let notWARC = dir.write("bukan.warc", "<html>hello</html>\n")
        let empty = dir.write("kosong.warc", "")
        let both = Ingestor(parallel: false).ingest(paths: [notWARC, empty])
        #expect(both.problems.contains { $0.path == notWARC && $0.message.contains("not a WARC file") })
        #expect(both.problems.contains { $0.path == empty && $0.message.contains("empty") })
    }

    @Test func aLargeArchiveIsReadAsAStream() throws {
        // 400 records of about 4 KB: the reader keeps one record at a time (see `ByteSource`); the
        // archive's size is far above what one record needs, and every record is read.
        let dir = TemporaryFolder()
        let plain = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + Self.page
        var text = ""
        for k in 0..<400 { text += Self.record("response", uri: "http://127.0.0.1/\(k)", block: plain) }
        let path = dir.write("besar.warc", text)
        let source = try ByteSource(path: path)
        var lines = 0
        while source.line() != nil { lines += 1 }
        #expect(source.offset == text.utf8.count)
        let result = Ingestor(parallel: false).ingest(paths: [path])
        #expect(result.articles.count == 400)
        #expect(Set(result.articles.map(\.id)).count == 400, "one id per address")
    }

    @Test func streamingGivesTheSameArticlesInBatchesAndKeepsNone() throws {
        // `Ingestor.stream` hands an archive's articles on as it reads them, a batch at a time, so
        // no more than a batch is ever held; what it hands on is exactly what `ingest` returns.
        let dir = TemporaryFolder()
        let plain = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + Self.page
        var text = Self.record("request", uri: "http://127.0.0.1/0", block: "GET / HTTP/1.1\r\n\r\n")
        for k in 0..<70 { text += Self.record("response", uri: "http://127.0.0.1/\(k)", block: plain) }
        let warc = dir.write("arus.warc", text)
        let page = dir.write("satu.html", Self.page)
        let whole = Ingestor(parallel: false, extractsClaims: true).ingest(paths: [warc, page])
        var batches: [[Article]] = []
        let problems = Ingestor(parallel: false, extractsClaims: true).stream(paths: [warc, page], batchSize: 16) { batches.append($0) }
        #expect(batches.map(\.count) == [16, 16, 16, 16, 6, 1], "the archive in batches of 16, then the page")
        #expect(batches.flatMap { $0 } == whole.articles)
        #expect(problems == whole.problems)
    }

    @Test func aFolderStreamsInGroupsAsItIngests() {
        // Small files are read several at once (in parallel), in groups of a bounded size, in order.
        let dir = TemporaryFolder()
        var paths: [String] = []
        for k in 0..<9 {
            paths.append(dir.write("berita-\(k).txt", "Judul Berita Nomor \(k)\n\nKepala Dinas Budi Santoso mengatakan, jalan itu akan diperbaiki pekan depan. Warga diminta berhati-hati.\n"))
        }
        paths.append(dir.write("kosong.txt", ""))
        let whole = Ingestor(parallel: true, extractsClaims: true).ingest(paths: paths)
        var batches: [[Article]] = []
        let problems = Ingestor(parallel: true, extractsClaims: true).stream(paths: paths, groupBytes: 400) { batches.append($0) }
        #expect(batches.count == 9)
        #expect(batches.flatMap { $0 } == whole.articles)
        #expect(problems == whole.problems)
    }
}
