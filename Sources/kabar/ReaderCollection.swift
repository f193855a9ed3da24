import Foundation
import Dispatch
import KabarCore
import KabarTUI

/// What the reader opens: the demo corpus, or the user's paths through the persistent index.
///
/// A warm index (the paths were opened before) is refreshed (only changed files are analysed)
/// and its stored articles and same claims are loaded: no article is analysed again. A cold one
/// is not waited for: the paths are read directly, the reader opens, and the index is built from
/// that same reading on a background thread for the next time.
struct ReaderCollection {
    var articles: [Article]
    /// Same claims across articles when the index had them; nil lets the reader find them.
    var claimClusters: [ClaimCluster]?
    var problems: [IngestProblem]
    /// Messages about the cache (rebuilt, in memory) for the status bar.
    var notices: [String]
    /// The index being built for the next run (cold start), if any.
    var indexing: BackgroundIndexing?
    /// Entity names with the user's aliases, for the reader's entity screen; nil: the built-in ones.
    var lexicon: EntityLexicon?
    /// The entity table as the index stored it (a warm index), read when the entity screen first opens.
    var storedEntities: StoredEntities?

    var hasErrors: Bool { problems.contains { $0.severity == .error } }

    /// `quiet`: no progress line while reading before the screen opens.
    static func open(_ paths: [String], cache: CacheArguments, quiet: Bool = false) -> ReaderCollection {
        let (lexicon, aliasText) = cache.lexicon()
        if paths.isEmpty {
            let demo = DemoCorpus.load(extractsClaims: true)
            return ReaderCollection(articles: demo.articles, problems: demo.problems, notices: [], lexicon: lexicon)
        }
        let index = CorpusIndex(location: cache.location, inputs: paths, lexicon: lexicon, aliasText: aliasText)
        if index.isPersistent && index.hasStoredFiles {
            index.keepsCollection = true
            index.progress = ProgressLine.make(verb: "indexing", quiet: quiet)
            let refresh = index.refresh(paths: paths)
            index.progress?.finish()
            do {
                let stored = try index.collection()
                let (location, rows) = (cache.location, stored.rows)
                // Its own connection, on the thread the entity screen's work runs on.
                let entities: StoredEntities = { articles in
                    let again = CorpusIndex(location: location, inputs: paths, lexicon: lexicon, aliasText: aliasText)
                    return try? again.entityTable(for: articles, rows: rows)
                }
                return ReaderCollection(articles: stored.articles, claimClusters: stored.claimClusters,
                                        problems: refresh.problems, notices: refresh.notices + index.repairNotices,
                                        lexicon: lexicon, storedEntities: entities)
            } catch {
                // A stored article that cannot be read back: read the files instead.
                let read = Ingestor(extractsClaims: true).ingest(paths: paths)
                return ReaderCollection(articles: read.articles, problems: read.problems,
                                        notices: refresh.notices + ["the index could not be read (\(error)); read the files instead"], lexicon: lexicon)
            }
        }
        let progress = ProgressLine.make(verb: "reading", quiet: quiet)
        let read = Ingestor(extractsClaims: true, progress: progress).ingest(paths: paths)
        progress?.finish()
        let indexing = index.isPersistent
            ? BackgroundIndexing(location: cache.location, paths: paths, lexicon: lexicon, aliasText: aliasText, analysed: read) : nil
        return ReaderCollection(articles: read.articles, problems: read.problems, notices: index.openingNotices, indexing: indexing, lexicon: lexicon)
    }
}

/// Builds the persistent index on a background thread from a reading already made, so the next
/// opening of the same paths starts from it. `wait()` blocks until it is written.
final class BackgroundIndexing: Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private let latest = LatestProgress()

    init(location: CacheLocation, paths: [String], lexicon: EntityLexicon, aliasText: String, analysed: Ingestor.Result) {
        DispatchQueue.global(qos: .utility).async { [finished, latest] in
            do {
                // Closed before the signal: closing folds SQLite's write-ahead log into the file.
                let index = CorpusIndex(location: location, inputs: paths, lexicon: lexicon, aliasText: aliasText)
                index.progress = IngestProgress { latest.set($0) }
                _ = index.refresh(paths: paths, analysed: analysed)
            }
            finished.signal()
        }
    }

    /// What the status bar says while the index is written: how far (each article counts twice: its
    /// entities found, then written), the rate and the time left ("indexing 42% · 5.1 MB/s · 8 s
    /// left"), then "saving the index" while the same claims are stored.
    var note: String? {
        if isFinished { return nil }
        guard let s = latest.get(), s.total > 0 else { return "indexing in the background" }
        return Self.note(s)
    }

    static func note(_ s: IngestProgress.Snapshot) -> String {
        if s.finished || s.done >= s.total { return "saving the index" }
        let rate = s.seconds > 0 ? Double(s.bytes) / s.seconds / 1_048_576 : 0
        let left = s.done > 0 ? Double(s.total - s.done) * s.seconds / Double(s.done) : 0
        return "indexing \(100 * s.done / s.total)% · " + String(format: "%.1f MB/s", rate) + (s.done > 0 ? String(format: " · %.0f s left", left.rounded(.up)) : "")
    }

    /// True when the index is written.
    var isFinished: Bool {
        guard finished.wait(timeout: .now()) == .success else { return false }
        finished.signal()
        return true
    }

    func wait() {
        finished.wait()
        finished.signal()
    }
}

/// The last progress a background job reported, read between keys.
final class LatestProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var snapshot: IngestProgress.Snapshot?

    func set(_ s: IngestProgress.Snapshot) { lock.withLock { snapshot = s } }
    func get() -> IngestProgress.Snapshot? { lock.withLock { snapshot } }
}
