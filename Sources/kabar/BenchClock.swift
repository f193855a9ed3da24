import Dispatch
import Foundation
import KabarCore

/// The clock of `kabar bench`, and the spread of a timing taken many times.
enum BenchClock {
    /// Seconds since boot, for differences.
    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    /// `body`'s result and the seconds it took.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = now()
        let result = try body()
        return (result, now() - start)
    }

    /// The median and 95th percentile of some timings.
    struct Spread {
        var median: Double
        var p95: Double

        init(_ times: [Double]) {
            let sorted = times.sorted()
            median = sorted[sorted.count / 2]
            p95 = sorted[min(sorted.count - 1, sorted.count * 95 / 100)]
        }
    }

    /// Builds the index of `paths` in a fresh temporary folder, gives `body` its location and the
    /// seconds the build took, and removes the folder.
    static func withFreshIndex<T>(paths: [String], parallel: Bool, _ body: (CacheLocation, Double) throws -> T) rethrows -> T {
        let folder = NSTemporaryDirectory() + "kabar-bench-index-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let location = CacheLocation.folder(folder)
        let (_, build) = time { CorpusIndex(location: location, inputs: paths).refresh(paths: paths, parallel: parallel) }
        return try body(location, build)
    }
}
