import Dispatch
import Foundation
import KabarCore

/// Index timings for `kabar bench --search`: building the persistent index in a fresh cache
/// folder, reopening it (nothing changed), and entity-search latency over the top entities.
struct SearchTimes {
    var build: Double
    var reopen: Double
    var queries: Int
    var median: Double
    var p95: Double
    var databaseMB: Double

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    static func measure(paths: [String], parallel: Bool) throws -> SearchTimes {
        let folder = NSTemporaryDirectory() + "kabar-bench-index-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let location = CacheLocation.folder(folder)
        var t = now()
        _ = CorpusIndex(location: location, inputs: paths).refresh(paths: paths, parallel: parallel)
        let build = now() - t
        t = now()
        let index = CorpusIndex(location: location, inputs: paths)
        _ = index.refresh(paths: paths, parallel: parallel)
        let reopen = now() - t
        // Queries: the 100 most named entities, and the surnames of the people among them.
        let top = try index.entities(limit: 100)
        var queries = top.map(\.name)
        queries += top.filter { $0.kind == .person && $0.name.contains(" ") }.compactMap { $0.name.split(separator: " ").last.map(String.init) }
        var times: [Double] = []
        for q in queries {
            let s = now()
            _ = try index.search(q)
            times.append(now() - s)
        }
        times.sort()
        let size = (try? FileManager.default.attributesOfItem(atPath: location.databasePath(for: paths)!)[.size] as? NSNumber)?.doubleValue ?? 0
        return SearchTimes(build: build, reopen: reopen, queries: times.count, median: times[times.count / 2],
                           p95: times[min(times.count - 1, times.count * 95 / 100)], databaseMB: size / 1_000_000)
    }
}
