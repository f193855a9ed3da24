// libFuzzer target: the cache's packed article form, bytes → article or error, read both as the
// uncompressed fields (so the field parser is reached; a compressed archive's checksum refuses
// nearly every mutation) and as a whole archive. Whatever decodes must pass its checks; aligning
// and matching it must not crash. Built by Fuzz/run.sh.
import Foundation
#if canImport(KabarCore)
@testable import KabarCore
#endif

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArchive(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeRawBufferPointer(start: data, count: size)
    _ = try? ArticleArchive.decode(bytes)
    guard let article = try? ArticleArchive.article(fromFields: bytes) else { return 0 }
    precondition(ArticleArchive.isConsistent(article), "a decoded article failed its checks")
    // What the reader does with it: align it with itself and compare its claims.
    _ = PairAlignment(article, article)
    _ = ClaimMatcher().clusters(in: [article, article])
    return 0
}

/// Before fuzzing: an empty corpus folder is seeded with real articles' fields, the demo corpus
/// (and ../shared/seeds when present) analysed and encoded as the index stores them, uncompressed.
@_cdecl("LLVMFuzzerInitialize")
public func seedArchives(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> Int32 {
    let arguments = (0..<Int(argc.pointee)).compactMap { argv.pointee?[$0].map { String(cString: $0) } }
    guard let corpus = arguments.dropFirst().first(where: { !$0.hasPrefix("-") }),
          (try? FileManager.default.contentsOfDirectory(atPath: corpus).isEmpty) == true else { return 0 }
    let inputs = ["Sources/KabarCore/Demo/Articles", "../shared/seeds"].filter { FileManager.default.fileExists(atPath: $0) }
    for (k, a) in Ingestor(parallel: false, extractsClaims: true).ingest(paths: inputs).articles.enumerated() {
        _ = FileManager.default.createFile(atPath: corpus + "/seed-\(k)", contents: Data(ArticleArchive.fields(of: a)))
    }
    return 0
}
