import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import KabarCore

/// `kabar fetch URL... [--from FILE] [--into DIR]`: downloads article pages into a library folder
/// that `kabar DIR` then opens offline.
struct FetchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Download article pages into a library folder, to read offline (kabar DIR).",
        discussion: """
        Each page is kept as its raw HTML with a record beside it (PAGE.html.meta: the address asked \
        for, the one answered after redirects, fetch time, HTTP status, charset). At most 4 requests \
        at once and one per host; 429 and 5xx answers are retried twice with backoff; a page already \
        in the library is kept unless --refresh. Files are written complete or not at all. \
        Exit status 1 when some addresses failed.
        """)

    @Argument(help: "Addresses to fetch (http or https).")
    var urls: [String] = []

    @Option(help: "A file of addresses, one per line (# starts a comment).")
    var from: String?

    @Option(help: "The library folder (default: $XDG_DATA_HOME/kabar/library).")
    var into: String?

    @Option(help: "A feed (RSS or Atom) to fetch: kept whole, each item an article when the library is read. Repeatable.")
    var feed: [String] = []

    @Flag(help: "With --feed: fetch each item's linked page instead of keeping the feed (feeds often carry only a teaser).")
    var fullText = false

    @Option(help: "Seconds to wait for each request.")
    var timeout: Double = 20

    @Option(help: "The largest page kept, in megabytes.")
    var maxSize: Int = 10

    @Flag(help: "Fetch again pages the library already holds.")
    var refresh = false

    @Flag(help: "No progress line.")
    var quiet = false

    static var defaultLibrary: String { UserData.folder + "/library" }

    func validate() throws {
        if urls.isEmpty && from == nil && feed.isEmpty { throw ValidationError("give addresses to fetch, --from FILE or --feed URL") }
        if fullText && feed.isEmpty { throw ValidationError("--full-text goes with --feed URL") }
        if timeout <= 0 { throw ValidationError("--timeout must be more than 0 seconds") }
        if maxSize <= 0 { throw ValidationError("--max-size must be at least 1 (megabyte)") }
    }

    func run() async throws {
        var listText: String?
        if let from {
            guard let data = FileManager.default.contents(atPath: from) else {
                FileHandleOutput.stderr("kabar: \(from): cannot read the list of addresses")
                throw ExitCode(1)
            }
            listText = String(decoding: data, as: UTF8.self)
        }
        var list = FetchList(arguments: urls, listFile: from, listText: listText)
        let feeds = FetchList(arguments: feed)
        ProblemReport.print(list.problems + feeds.problems)
        var options = FetchOptions()
        options.timeout = timeout
        options.maximumBytes = maxSize << 20
        options.refresh = refresh
        let library = into ?? Self.defaultLibrary
        let fetcher = PageFetcher(library: library, options: options)
        let showsProgress = !quiet && isatty(2) != 0
        var outcomes: [FetchOutcome] = []
        if !feeds.urls.isEmpty {
            // A feed is fetched afresh each time (it changes); with --full-text only its items' pages are kept.
            var feedOptions = options
            feedOptions.refresh = true
            let scratch = FileManager.default.temporaryDirectory.path + "/kabar-feeds-\(getpid())"
            defer { if fullText { try? FileManager.default.removeItem(atPath: scratch) } }
            let feedFetcher = PageFetcher(library: fullText ? scratch : library, options: feedOptions)
            let fetchedFeeds = await feedFetcher.fetch(feeds.urls, kind: .feed)
            for outcome in fetchedFeeds {
                guard case .saved(let path) = outcome.result else { outcomes.append(outcome); continue }
                if !fullText { outcomes.append(outcome); continue }
                let bytes = Array(FileManager.default.contents(atPath: path) ?? Data())
                if let links = FeedReader.itemLinks(bytes) {
                    let items = FetchList(arguments: links)
                    for p in items.problems { FileHandleOutput.stderr("kabar: \(outcome.url.absoluteString): an item's link: \(p.message)") }
                    for url in items.urls where !list.urls.contains(url) { list.urls.append(url) }
                }
            }
        }
        let started = Date()
        outcomes += await fetcher.fetch(list.urls) { done, total in
            guard showsProgress else { return }
            let elapsed = Date().timeIntervalSince(started)
            let rate = Double(done) / max(elapsed, 0.001)
            let left = rate > 0 ? Double(total - done) / rate : 0
            let line = String(format: "\rfetching %d/%d · %.1f pages/s · %.0f s left ", done, total, rate, left)
            FileHandleOutput.raw(line + (done == total ? "\n" : ""))
        }
        var saved = 0, kept = 0, failed = 0
        for outcome in outcomes {
            switch outcome.result {
            case .saved: saved += 1
            case .kept: kept += 1
            case .failed(let reason):
                failed += 1
                FileHandleOutput.stderr("kabar: \(outcome.url.absoluteString): \(reason)")
            }
        }
        let problems = list.problems.count + feeds.problems.count
        print("\(saved) page\(saved == 1 ? "" : "s") saved, \(kept) already in the library, \(failed) failed\(problems > 0 ? ", \(problems) address\(problems == 1 ? "" : "es") not fetched" : "") · \(library)")
        if failed > 0 || problems > 0 { throw ExitCode(1) }
    }
}
