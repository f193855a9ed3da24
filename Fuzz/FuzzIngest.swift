// libFuzzer target: bytes → articles, through every reader (text, HTML, JSON, JSONL, gzip of these).
// The input's first byte picks the format; the rest is the file. Built by Fuzz/run.sh.
import Foundation
#if canImport(KabarCore)
@testable import KabarCore
#endif

private let folder: String = {
    let path = NSTemporaryDirectory() + "kabar-fuzz-ingest-\(getpid())"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}()
private let names = ["a.txt", "a.html", "a.json", "a.jsonl", "a.txt.gz", "a.jsonl.gz"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIngest(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let name = names[Int(data[0]) % names.count]
    let path = folder + "/" + name
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes: data + 1, count: size - 1))
    let result = Ingestor(parallel: false, extractsClaims: true).ingest(paths: [path])
    for a in result.articles {
        // What every reader promises: claims and quantities inside the body, no control characters.
        let length = a.body.unicodeScalars.count
        for c in a.claims { precondition(c.range.lowerBound >= 0 && c.range.upperBound <= length, "claim range outside the body") }
        for q in a.quantities { precondition(q.range.upperBound <= length, "quantity range outside the body") }
        precondition(!a.body.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "control character in the body")
        _ = ArticleArchive.encode(a)
    }
    return 0
}
