import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// How `PageFetcher` behaves as a client.
public struct FetchOptions: Sendable {
    /// Seconds to wait for one request.
    public var timeout: TimeInterval = 20
    /// The largest page kept; a larger answer is cut off and reported.
    public var maximumBytes = 10 << 20
    public var maximumRedirects = 5
    /// Retries after a 429 or 5xx answer, waiting `backoff`, then twice that (or the server's Retry-After, up to 30 s).
    public var retries = 2
    public var backoff: TimeInterval = 1
    /// Requests at once, overall; never more than one to a host at a time.
    public var concurrency = 4
    /// Fetch again a page the library already holds.
    public var refresh = false
    public var userAgent = "kabar/0.1 (news comparison reader; +https://github.com/kabar-reader)"

    public init() {}
}

/// What became of one address.
public struct FetchOutcome: Sendable {
    public enum Result: Sendable, Equatable {
        case saved(String)
        /// Already in the library (no `--refresh`).
        case kept(String)
        case failed(String)
    }
    public var url: URL
    public var result: Result
}

/// Downloads article pages into a library folder with Foundation's URLSession: one raw HTML file
/// per page (`<library>/<host>/<slug>-<hash>.html`) and its `FetchRecord` beside it. Each file is
/// written under a hidden temporary name and renamed only when complete, so an interrupted fetch
/// leaves no half page and no broken record.
public struct PageFetcher: Sendable {
    public var library: String
    public var options: FetchOptions

    public init(library: String, options: FetchOptions = FetchOptions()) {
        self.library = library
        self.options = options
    }

    /// What is fetched: an article page, or a feed (kept as `.xml`, read item by item), or either
    /// (an address given to kabar directly: what answers decides, and it is fetched afresh each
    /// time, the copy saved before kept when the network fails).
    public enum Kind: Sendable {
        case page, feed, either
    }

    /// Where the page (or feed) for `url` is kept in the library.
    public func pagePath(for url: URL, kind: Kind = .page) -> String {
        let host = Self.slug(url.host ?? "host", keepingDots: true)
        var last = url.path.split(separator: "/").last.map(String.init) ?? "index"
        for ext in [".html", ".htm", ".php", ".aspx", ".xml", ".rss", ".atom"] where last.lowercased().hasSuffix(ext) { last.removeLast(ext.count) }
        let name = Self.slug(last, keepingDots: false)
        let hash = StableHash.shortID(url.absoluteString)
        return library + "/" + host + "/" + (name.isEmpty ? "index" : String(name.prefix(60))) + "-" + hash + (kind == .feed ? ".xml" : ".html")
    }

    static func slug(_ s: String, keepingDots: Bool) -> String {
        var out = ""
        for c in s.lowercased().unicodeScalars {
            if ("a"..."z").contains(c) || ("0"..."9").contains(c) { out.unicodeScalars.append(c) }
            else if keepingDots && c == "." { out.append(".") }
            else if !out.hasSuffix("-") { out.append("-") }
        }
        let trimmed = out.trimmingCharacters(in: CharacterSet(charactersIn: "-."))
        return trimmed.isEmpty ? "x" : trimmed
    }

    /// Fetches every address, at most `options.concurrency` at once and one per host at a time, in
    /// the order given per host. `progress` is called after each address with (done, total).
    /// `kind` says whether the addresses are article pages or feeds.
    public func fetch(_ urls: [URL], kind: Kind = .page, progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) async -> [FetchOutcome] {
        // One queue per host, hosts in first-seen order.
        var hosts: [String] = []
        var queues: [String: [(Int, URL)]] = [:]
        for (k, url) in urls.enumerated() {
            let host = url.host?.lowercased() ?? ""
            if queues[host] == nil { hosts.append(host) }
            queues[host, default: []].append((k, url))
        }
        let board = Board(hosts: hosts, total: urls.count, progress: progress)
        let workers = max(1, min(options.concurrency, hosts.count))
        let all = queues
        let results = await withTaskGroup(of: [(Int, FetchOutcome)].self) { group -> [(Int, FetchOutcome)] in
            for _ in 0..<workers {
                group.addTask {
                    var done: [(Int, FetchOutcome)] = []
                    while let host = await board.nextHost() {
                        for (k, url) in all[host] ?? [] {
                            done.append((k, await self.fetchOne(url, kind: kind)))
                            await board.finishedOne()
                        }
                    }
                    return done
                }
            }
            var collected: [(Int, FetchOutcome)] = []
            for await part in group { collected += part }
            return collected
        }
        return results.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// The hosts not yet taken and the count of addresses done.
    actor Board {
        var hosts: [String]
        var done = 0
        let total: Int
        let progress: @Sendable (Int, Int) -> Void
        init(hosts: [String], total: Int, progress: @escaping @Sendable (Int, Int) -> Void) {
            self.hosts = hosts
            self.total = total
            self.progress = progress
        }
        func nextHost() -> String? { hosts.isEmpty ? nil : hosts.removeFirst() }
        func finishedOne() {
            done += 1
            progress(done, total)
        }
    }

    func fetchOne(_ url: URL, kind: Kind = .page) async -> FetchOutcome {
        var page = pagePath(for: url, kind: kind)
        if kind == .either {
            let outcome = await fetchFresh(url, kind: kind, page: &page)
            guard case .failed = outcome.result else { return outcome }
            // Offline, or the site is down: the copy saved before, if any.
            for saved in [pagePath(for: url, kind: .feed), pagePath(for: url, kind: .page)] where FileManager.default.fileExists(atPath: saved) {
                return FetchOutcome(url: url, result: .kept(saved))
            }
            return outcome
        }
        if !options.refresh, FileManager.default.fileExists(atPath: page) {
            return FetchOutcome(url: url, result: .kept(page))
        }
        return await fetchFresh(url, kind: kind, page: &page)
    }

    /// Downloads `url` (retrying 429 and 5xx) and saves it at `page` (for `.either`, the feed's or
    /// the page's place, by what answered).
    private func fetchFresh(_ url: URL, kind: Kind, page: inout String) async -> FetchOutcome {
        var wait = options.backoff
        var attempt = 0
        while true {
            let answer = await Download.get(url, options: options)
            switch answer {
            case .failed(let reason):
                return FetchOutcome(url: url, result: .failed(reason))
            case .page(let data, let response):
                let status = response.statusCode
                if status == 429 || (500...599).contains(status), attempt < options.retries {
                    attempt += 1
                    let asked = response.value(forHTTPHeaderField: "Retry-After").flatMap(TimeInterval.init)
                    let pause = min(30, max(wait, asked ?? 0))
                    try? await Task.sleep(nanoseconds: UInt64(pause * 1_000_000_000))
                    wait *= 2
                    continue
                }
                guard (200...299).contains(status) else {
                    let tries = attempt > 0 ? " (after \(attempt + 1) tries)" : ""
                    return FetchOutcome(url: url, result: .failed("HTTP \(status)\(tries)"))
                }
                let type = response.value(forHTTPHeaderField: "Content-Type")
                let lower = type?.lowercased() ?? ""
                switch kind {
                case .page:
                    guard lower.isEmpty || lower.contains("html") else {
                        return FetchOutcome(url: url, result: .failed("not an HTML page (\(Sanitizer.oneLine(type ?? "")))"))
                    }
                case .feed:
                    // Servers label feeds every way (text/xml, application/rss+xml, text/plain): the root element decides.
                    guard HTMLReader.isFeed(Array(data.prefix(4096))) else {
                        return FetchOutcome(url: url, result: .failed("not an RSS or Atom feed (\(Sanitizer.oneLine(type ?? "no content type")))"))
                    }
                case .either:
                    if HTMLReader.isFeed(Array(data.prefix(4096))) {
                        page = pagePath(for: url, kind: .feed)
                    } else {
                        guard lower.isEmpty || lower.contains("html") else {
                            return FetchOutcome(url: url, result: .failed("neither an HTML page nor a feed (\(Sanitizer.oneLine(type ?? "")))"))
                        }
                        page = pagePath(for: url, kind: .page)
                    }
                }
                let charset = lower.range(of: "charset=").map { String(lower[$0.upperBound...]).trimmingCharacters(in: CharacterSet(charactersIn: " \"';")) }
                let record = FetchRecord(requested: url.absoluteString, url: response.url?.absoluteString ?? url.absoluteString,
                                         fetched: ISO8601DateFormatter().string(from: Date()), status: status,
                                         contentType: type, charset: charset)
                do {
                    try Self.writeAtomically(data, to: page)
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                    try Self.writeAtomically(try encoder.encode(record), to: FetchRecord.path(forPage: page))
                } catch {
                    return FetchOutcome(url: url, result: .failed("cannot save \(page): \(error.localizedDescription)"))
                }
                return FetchOutcome(url: url, result: .saved(page))
            }
        }
    }

    /// Writes `data` under a hidden temporary name beside `path`, then renames it into place.
    static func writeAtomically(_ data: Data, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = folder + "/." + (path as NSString).lastPathComponent + ".part-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw CocoaError(.fileWriteUnknown)
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw NSError(domain: "kabar", code: Int(errno), userInfo: [NSLocalizedDescriptionKey: reason])
        }
    }
}
