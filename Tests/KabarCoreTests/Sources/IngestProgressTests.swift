import Foundation
import Testing
@testable import KabarCore

@Suite("Sources: progress while reading")
struct IngestProgressTests {
    final class Lines: @unchecked Sendable {
        let lock = NSLock()
        var all: [IngestProgress.Snapshot] = []
        func add(_ s: IngestProgress.Snapshot) { lock.withLock { all.append(s) } }
    }

    @Test func theLineSaysDoneTotalRateAndTimeLeft() {
        let s = IngestProgress.Snapshot(done: 4210, total: 10060, bytes: 5 << 20, seconds: 1, finished: false)
        #expect(s.line(verb: "indexing") == "indexing 4,210/10,060 articles · 5.0 MB/s · 2 s left")
        let end = IngestProgress.Snapshot(done: 10060, total: 10060, bytes: 10 << 20, seconds: 2, finished: true)
        #expect(end.line(verb: "indexing") == "indexing 10,060/10,060 articles · 5.0 MB/s")
    }

    /// A batched build knows its files' bytes before it reads them: a tenth read, nine tenths left.
    @Test func aPlannedJobEstimatesFromTheBytesStillUnread() {
        var s = IngestProgress.Snapshot(done: 10_000, total: 10_000, bytes: 26 << 20, seconds: 5, finished: false)
        s.expectedBytes = 260 << 20
        #expect(s.line(verb: "indexing") == "indexing 10,000/~100,000 articles · 5.2 MB/s · 45 s left")
        s.finished = true
        #expect(s.line(verb: "indexing") == "indexing 10,000/10,000 articles · 5.2 MB/s")
    }

    @Test func everyArticleIsCountedAndTheEndIsReported() throws {
        let lines = Lines()
        let progress = IngestProgress { lines.add($0) }
        let dir = TemporaryFolder()
        var records = ""
        for k in 0..<200 { records += "{\"id\":\"r\(k)\",\"title\":\"Judul \(k)\",\"text\":\"Kapal feri nomor \(k) tiba di pelabuhan Tanjung Lombar pada Senin pagi setelah cuaca membaik.\"}\n" }
        let path = dir.write("r.jsonl", records)
        let result = Ingestor(parallel: true, progress: progress).ingest(paths: [path])
        progress.finish()
        #expect(result.articles.count == 200)
        let last = try #require(lines.all.last)
        #expect(last.finished && last.done == 200 && last.total == 200 && last.bytes == records.utf8.count)
    }
}
