import ArgumentParser
import KabarCore
import KabarTUI
#if canImport(Glibc)
import Glibc
#endif

/// `kabar bench PATH...`: measures ingest + clean + metadata + quantities.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure ingest, cleaning, metadata and quantities throughput on PATH...",
        discussion: "Runs single-threaded (per-core figure) unless --parallel. Prints MB/s of article text and peak memory.")

    @Argument(help: "Files or folders to read (for example ../shared/corpus/bench/articles.jsonl.gz).")
    var paths: [String]

    @Flag(help: "Use every core (files and record chunks in parallel).")
    var parallel = false

    @Flag(help: "Also extract attributed claims (to measure what claims add to ingest).")
    var claims = false

    @Flag(help: "Also group the articles into stories after ingest (and, with --claims, find the same claim across articles), timed on their own.")
    var stories = false

    @Flag(help: "Also cross-reference the collection (implies --claims), each step timed once.")
    var xref = false

    @Flag(help: "Also time the reader: the first frame (ingest with claims included, and from a warm index) and frames of the reader and compare screens at 100x30.")
    var render = false

    @Flag(help: "Also time the persistent index: building it in a fresh cache folder, reopening it, and entity searches on it.")
    var search = false

    @Option(help: "Repeat the measurement this many times and report the best.")
    var repeats: Int = 3

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        guard repeats >= 1 && repeats <= 100 else { throw ValidationError("--repeats must be between 1 and 100") }
    }

    func run() throws {
        var times: [Double] = []
        var result: Ingestor.Result?
        for _ in 0..<repeats {
            result = nil   // free the previous run's articles before measuring the next
            let (r, seconds) = BenchClock.time { Ingestor(parallel: parallel, extractsClaims: claims || xref || render || stories).ingest(paths: paths) }
            times.append(seconds)
            result = r
        }
        times.sort()
        let best = times[0]
        let median = times[times.count / 2]
        guard let result else { return }
        ProblemReport.print(result.problems.filter { $0.severity == .error }.prefix(10).map { $0 })
        let textBytes = result.articles.reduce(0) { $0 + $1.textBytes }
        let quantities = result.articles.reduce(0) { $0 + $1.quantities.count }
        let claimCount = result.articles.reduce(0) { $0 + $1.claims.count }
        var storyTimes: [Double] = []
        var storyCount = 0
        if stories {
            for _ in 0..<repeats {
                let (count, seconds) = BenchClock.time { StoryGrouper().group(result.articles).count }
                storyCount = count
                storyTimes.append(seconds)
            }
            storyTimes.sort()
        }
        var matchTime: Double?
        var clusterCount = 0
        if stories && claims {
            let (count, seconds) = BenchClock.time { ClaimMatcher().clusters(in: result.articles).count }
            clusterCount = count
            matchTime = seconds
        }
        var steps: [(String, Double)] = []
        if xref {
            var last = BenchClock.now()
            _ = CrossReferenceReport(result.articles) { step in
                let now = BenchClock.now()
                steps.append((step, now - last))
                last = now
            }
        }
        var frames: FrameTimes?
        if render { frames = FrameTimes.measure(paths: paths, parallel: parallel) }
        let searchTimes = search ? try SearchTimes.measure(paths: paths, parallel: parallel) : nil
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        let peakMB = Double(usage.ru_maxrss) / 1024
        let mb = Double(textBytes) / 1_000_000
        let rate = mb / best
        switch format {
        case .text:
            print("articles:        \(result.articles.count)")
            print("article text:    \(String(format2(mb))) MB")
            print("quantities:      \(quantities)")
            if claims { print("claims:          \(claimCount)") }
            print("best of \(repeats):       \(format2(best)) s (\(parallel ? "parallel" : "one core")), median \(format2(median)) s")
            print("throughput:      \(format2(rate)) MB/s of article text (best), \(format2(mb / median)) MB/s (median)")
            if let t = storyTimes.first {
                print("stories:         \(storyCount) from \(result.articles.count) articles in \(format2(t)) s (best), \(format2(storyTimes[storyTimes.count / 2])) s (median)")
            }
            if let t = matchTime { print("same claims:     \(clusterCount) clusters in \(format2(t)) s") }
            if !steps.isEmpty {
                print("xref:            \(format2(steps.reduce(0) { $0 + $1.1 })) s after ingest: " + steps.map { "\($0.0) \(format2($0.1))" }.joined(separator: ", "))
            }
            if let f = frames {
                print("first frame:     \(format2(f.firstFrame * 1000)) ms (ingest with claims, app state, first render)")
                let w = f.warm
                print("warm first frame: \(format2(w.total * 1000)) ms from the index (reopen \(format2(w.reopen * 1000)), load articles \(format2(w.load * 1000)), app state \(format2(w.state * 1000)), draw \(format2(w.draw * 1000)) ms)")
                print("entity table:    \(format2(w.storedEntities * 1000)) ms read from the index, \(format2(w.foundEntities * 1000)) ms found from the articles")
                print("reader frame:    \(format2(f.reader.median * 1000)) ms median, \(format2(f.reader.p95 * 1000)) ms p95 (scroll one line and draw, 100x30)")
                print("compare frame:   \(format2(f.compare.median * 1000)) ms median, \(format2(f.compare.p95 * 1000)) ms p95 (scroll one line and draw, 100x30)")
                print("compare opens:   \(format2(f.compareKey * 1000)) ms the key, then \(format2(f.compareOpen * 1000)) ms alignment and layout in the background")
                print("entity keys:     \(format2(f.entityKeys.median * 1000)) ms median, worst \(format2(f.worstEntityKey * 1000)) ms (typing a search, update and draw)")
                print("filter keys:     \(format2(f.filterKeys.median * 1000)) ms median, worst \(format2(f.worstFilterKey * 1000)) ms (typing a library filter over titles and texts, update and draw)")
                if let w = f.tour.worst {
                    let times = f.tour.presses.map(\.seconds).sorted()
                    print("worst key:       \(format2(w.seconds * 1000)) ms (\(w.key) on the \(w.screen) screen) of \(times.count) keys on every screen, median \(format2(times[times.count / 2] * 1000)) ms (update and draw; background work untimed)")
                    let slowest = f.tour.presses.sorted { $0.seconds > $1.seconds }.prefix(5)
                    print("slowest keys:    " + slowest.map { "\($0.key) \($0.screen) \(format2($0.seconds * 1000))" }.joined(separator: ", ") + " ms")
                }
            }
            if let st = searchTimes {
                print("index build:     \(format2(st.build)) s (fresh cache, \(format2(st.databaseMB)) MB database)")
                print("index reopen:    \(format2(st.reopen * 1000)) ms (nothing changed)")
                print("entity search:   \(format2(st.search.median * 1000)) ms median, \(format2(st.search.p95 * 1000)) ms p95 over \(st.queries) queries")
            }
            print("peak memory:     \(format2(peakMB)) MB (max RSS)")
        case .json:
            print(JSONValue.object([
                ("articles", .int(result.articles.count)), ("textMB", .double(mb)), ("quantities", .int(quantities)), ("claims", .int(claimCount)),
                ("seconds", .double(best)), ("medianSeconds", .double(median)), ("mbPerSecond", .double(rate)),
                ("medianMBPerSecond", .double(mb / median)), ("parallel", .bool(parallel)),
                ("peakMemoryMB", .double(peakMB)),
                ("stories", storyTimes.isEmpty ? .null : .int(storyCount)),
                ("storySeconds", storyTimes.first.map { .double($0) } ?? .null),
                ("xrefSteps", .object(steps.map { ($0.0, JSONValue.double($0.1)) })),
                ("indexBuildSeconds", searchTimes.map { .double($0.build) } ?? .null),
                ("indexReopenSeconds", searchTimes.map { .double($0.reopen) } ?? .null),
                ("searchMedianSeconds", searchTimes.map { .double($0.search.median) } ?? .null),
                ("searchP95Seconds", searchTimes.map { .double($0.search.p95) } ?? .null),
                ("firstFrameSeconds", frames.map { .double($0.firstFrame) } ?? .null),
                ("warmFirstFrameSeconds", frames.map { .double($0.warm.total) } ?? .null),
                ("readerFrameMedianSeconds", frames.map { .double($0.reader.median) } ?? .null),
                ("compareFrameMedianSeconds", frames.map { .double($0.compare.median) } ?? .null),
                ("worstKeySeconds", frames.flatMap { $0.tour.worst.map { .double($0.seconds) } } ?? .null),
            ]).pretty())
        }
    }

    func format2(_ v: Double) -> String {
        let r = (v * 100).rounded() / 100
        return String(r)
    }
}
