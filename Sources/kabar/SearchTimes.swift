import Foundation
import KabarCore

/// Index timings for `kabar bench --search`: building the persistent index in a fresh cache
/// folder, reopening it (nothing changed), and entity-search latency over the top entities.
struct SearchTimes {
    var build: Double
    var reopen: Double
    var queries: Int
    var search: BenchClock.Spread
    var databaseMB: Double

    static func measure(paths: [String], parallel: Bool) throws -> SearchTimes {
        try BenchClock.withFreshIndex(paths: paths, parallel: parallel) { location, build in
            let (index, reopen) = BenchClock.time {
                let index = CorpusIndex(location: location, inputs: paths)
                _ = index.refresh(paths: paths, parallel: parallel)
                return index
            }
            // Queries: the 100 most named entities, and the surnames of the people among them.
            let top = try index.entities(limit: 100)
            var queries = top.map(\.name)
            queries += top.filter { $0.kind == .person && $0.name.contains(" ") }.compactMap { $0.name.split(separator: " ").last.map(String.init) }
            let times = try queries.map { q in try BenchClock.time { try index.search(q) }.1 }
            let size = (try? FileManager.default.attributesOfItem(atPath: location.databasePath(for: paths)!)[.size] as? NSNumber)?.doubleValue ?? 0
            return SearchTimes(build: build, reopen: reopen, queries: times.count, search: BenchClock.Spread(times), databaseMB: size / 1_000_000)
        }
    }
}
