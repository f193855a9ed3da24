import Foundation
import Testing
@testable import KabarCore

/// `kabar fetch` against a local server of the tests' own (`Tests/fetch-server.py`, 127.0.0.1
/// only, stopped when the test ends) serving saved pages from `../shared/corpus/html`.
@Suite("Sources: fetching pages", .serialized)
struct PageFetcherTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fetch-server.py").path
    static let pages = ["indonesian-media-crawler/detik-1.html", "indonesian-media-crawler/detik-2.html",
                        "indonesian-media-crawler/detik-4.html"]

    /// The site folder with the saved pages, the server, and a library folder.
    static func site() throws -> (folder: TemporaryFolder, server: LocalHTTPServer, names: [String]) {
        let dir = TemporaryFolder()
        var names: [String] = []
        for page in pages {
            let source = try #require(SharedData.path("corpus/html/" + page))
            let name = (page as NSString).lastPathComponent
            dir.write("site/" + name, Array(try Data(contentsOf: URL(fileURLWithPath: source))))
            names.append(name)
        }
        return (dir, try LocalHTTPServer(serving: dir.path + "/site", script: script), names)
    }

    func fetcher(_ library: String, _ change: (inout FetchOptions) -> Void = { _ in }) -> PageFetcher {
        var options = FetchOptions()
        options.backoff = 0.05
        options.timeout = 5
        change(&options)
        return PageFetcher(library: library, options: options)
    }

    @Test(.enabled(if: SharedData.isPresent)) func fetchedPagesAreTheSameArticlesAsTheFiles() async throws {
        let (dir, server, names) = try Self.site()
        let library = dir.path + "/library"
        let urls = names.map { URL(string: "\(server.base)/page/\($0)")! } + [URL(string: "\(server.base)/gzip/\(names[0])")!]
        let outcomes = await fetcher(library).fetch(urls)
        let saved = outcomes.compactMap { if case .saved(let p) = $0.result { return p } else { return nil } }
        #expect(saved.count == 4, "\(outcomes.map(\.result))")
        let fetched = Ingestor(parallel: false).ingest(paths: [library])
        let direct = Ingestor(parallel: false).ingest(paths: names.map { dir.path + "/site/" + $0 })
        #expect(Set(fetched.articles.map(\.body)) == Set(direct.articles.map(\.body)), "fetched pages read as the saved files (a gzip answer too)")
        #expect(fetched.articles.count == 4)
        let record = try #require(FetchRecord.beside(saved[0]))
        #expect(record.requested == urls[0].absoluteString && record.status == 200 && record.charset == "utf-8")
        // Again: kept, not fetched; with refresh, fetched.
        let again = await fetcher(library).fetch(urls)
        #expect(again.allSatisfy { if case .kept = $0.result { return true } else { return false } })
        let refreshed = await fetcher(library) { $0.refresh = true }.fetch([urls[0]])
        #expect(refreshed.first?.result == .saved(saved[0]))
        // No temporary file is left, and every request named kabar.
        let files = try FileManager.default.subpathsOfDirectory(atPath: library)
        #expect(!files.contains { $0.contains(".part-") })
        let log = try String(contentsOfFile: dir.path + "/site/.requests.log", encoding: .utf8)
        #expect(log.split(separator: "\n").allSatisfy { $0.contains("kabar/") })
    }

    @Test(.enabled(if: SharedData.isPresent)) func awkwardAnswersAreReportedPerAddress() async throws {
        let (dir, server, names) = try Self.site()
        let library = dir.path + "/library"
        func url(_ path: String) -> URL { URL(string: server.base + path)! }
        let outcomes = await fetcher(library) { $0.maximumBytes = 10 << 20; $0.timeout = 2 }.fetch([
            url("/redirect/3/\(names[0])"), url("/redirect/7/\(names[1])"), url("/status/404"), url("/status/500"),
            url("/status/429"), url("/flaky/\(names[2])"), url("/big"), url("/pdf"), url("/slow"), url("/latin1"),
            URL(string: "http://127.0.0.1:1/unreachable")!,
        ])
        func result(_ k: Int) -> FetchOutcome.Result { outcomes[k].result }
        if case .saved(let page) = result(0) {
            #expect(FetchRecord.beside(page)?.url.hasSuffix("/page/\(names[0])") == true, "the address after redirects")
        } else { Issue.record("3 redirects: \(result(0))") }
        #expect(result(1) == .failed("more than 5 redirects"))
        #expect(result(2) == .failed("HTTP 404"))
        #expect(result(3) == .failed("HTTP 500 (after 3 tries)"))
        #expect(result(4) == .failed("HTTP 429 (after 3 tries)"))
        if case .saved = result(5) {} else { Issue.record("503 twice, then the page: \(result(5))") }
        #expect({ if case .failed(let why) = result(6) { return why.hasPrefix("larger than 10 MB") } else { return false } }(), "\(result(6))")
        #expect(result(7) == .failed("not an HTML page (application/pdf)"))
        #expect({ if case .failed = result(8) { return true } else { return false } }(), "a trickle past the timeout fails: \(result(8))")
        if case .saved(let page) = result(9) {
            let article = try #require(Ingestor(parallel: false).ingest(paths: [page]).articles.first)
            #expect(article.title == "Harga Café Naik", "the charset in <meta> decides")
        } else { Issue.record("latin1: \(result(9))") }
        #expect({ if case .failed = result(10) { return true } else { return false } }())
        // Only the pages that came whole are in the library.
        let pages = try FileManager.default.subpathsOfDirectory(atPath: library).filter { $0.hasSuffix(".html") }
        #expect(pages.count == 3, "\(pages)")
    }

    @Test func addressListsSayWhatIsWrongPerLine() {
        let list = FetchList(arguments: ["https://example.org/a"], listFile: "urls.txt", listText: """
            # links from the desk
            https://example.org/b

            file:///etc/passwd
            ftp://example.org/c
            javascript:alert(1)
            bukan alamat
            https://example.org/b
            """)
        #expect(list.urls.map(\.absoluteString) == ["https://example.org/a", "https://example.org/b"])
        #expect(list.problems.map(\.description) == [
            "urls.txt: line 4: file: addresses are not fetched, only http and https: file:///etc/passwd",
            "urls.txt: line 5: ftp: addresses are not fetched, only http and https: ftp://example.org/c",
            "urls.txt: line 6: javascript: addresses are not fetched, only http and https: javascript:alert(1)",
            "urls.txt: line 7: not a web address: bukan alamat",
        ])
    }

    @Test func oneHostAtATimeAndFourOverall() async throws {
        // Page names only: no server needed to see where pages go.
        let fetcher = PageFetcher(library: "/lib")
        #expect(fetcher.pagePath(for: URL(string: "https://news.detik.com/berita/d-6453785/polisi-soal-pistol")!)
                .hasPrefix("/lib/news.detik.com/polisi-soal-pistol-"))
        #expect(fetcher.pagePath(for: URL(string: "https://x.id/")!).hasPrefix("/lib/x.id/index-"))
        #expect(fetcher.pagePath(for: URL(string: "https://x.id/a/../../etc/passwd")!).hasPrefix("/lib/x.id/"), "no way out of the library")
    }
}
