import Dispatch
import Foundation
import KabarCore

/// Web addresses given where paths are expected (`kabar URL`, `kabar claims FEED_URL`): each is
/// fetched into the library first (a feed kept as a feed, a page as a page, by what answers), and
/// the saved file is read in its place. An address that cannot be fetched now is read from the copy
/// saved before, when there is one, so a collection opened once opens offline too.
enum DirectAddresses {
    static func isAddress(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// `paths` with every web address replaced by its saved file, and the addresses that could not
    /// be fetched (nor found saved before), each with the reason.
    static func resolve(_ paths: [String], library: String = FetchCommand.defaultLibrary) -> (paths: [String], problems: [IngestProblem]) {
        let addresses = paths.filter(isAddress)
        guard !addresses.isEmpty else { return (paths, []) }
        var problems: [IngestProblem] = []
        var urlOf: [String: URL] = [:]
        for a in addresses {
            let list = FetchList(arguments: [a])
            problems += list.problems
            if let url = list.urls.first { urlOf[a] = url }
        }
        let urls = Array(Set(urlOf.values)).sorted { $0.absoluteString < $1.absoluteString }
        let outcomes = fetch(urls, library: library)
        var savedAt: [URL: String] = [:]
        for o in outcomes {
            switch o.result {
            case .saved(let path), .kept(let path): savedAt[o.url] = path
            case .failed(let reason):
                problems.append(IngestProblem(path: Sanitizer.oneLine(o.url.absoluteString), message: "could not be fetched: \(reason)"))
            }
        }
        let resolved = paths.compactMap { p -> String? in
            guard isAddress(p) else { return p }
            return urlOf[p].flatMap { savedAt[$0] }
        }
        return (resolved, problems)
    }

    /// The fetch run to its end from synchronous code (the command's `run`), on another thread.
    private static func fetch(_ urls: [URL], library: String) -> [FetchOutcome] {
        let box = OutcomeBox()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            box.outcomes = await PageFetcher(library: library).fetch(urls, kind: .either)
            done.signal()
        }
        done.wait()
        return box.outcomes
    }

    private final class OutcomeBox: @unchecked Sendable {
        var outcomes: [FetchOutcome] = []
    }
}
