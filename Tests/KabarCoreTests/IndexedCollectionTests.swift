import Foundation
import Testing
@testable import KabarCore

/// The persistent index hands the reader the collection it analysed: the same articles, in the
/// same order, with the same claims across articles, and the same problems, on a warm reopen.
struct IndexedCollectionTests {
    @Test(.enabled(if: SharedData.isPresent)) func archivedArticlesReadBackUnchanged() throws {
        var articles = DemoCorpus.load(extractsClaims: true).articles
        if let seeds = SharedData.path("seeds") { articles += Ingestor(extractsClaims: true).ingest(paths: [seeds]).articles }
        if let real = SharedData.path("corpus/real") { articles += Ingestor(extractsClaims: true).ingest(paths: [real]).articles }
        #expect(articles.count > 8)
        for a in articles {
            let bytes = ArticleArchive.encode(a)
            let back = try bytes.withUnsafeBytes { try ArticleArchive.decode($0) }
            #expect(back == a, "\(a.path) \(a.id)")
        }
    }

    @Test func aDamagedArchiveThrowsInsteadOfMisreading() throws {
        let article = try #require(DemoCorpus.load(extractsClaims: true).articles.max { $0.claims.count < $1.claims.count })
        let bytes = ArticleArchive.encode(article)
        // Every cut of the archive is refused, at 300 points spread over its length.
        for k in 0..<300 {
            let cut = bytes.count * k / 300
            #expect(throws: (any Error).self) { try Array(bytes[..<cut]).withUnsafeBytes { try ArticleArchive.decode($0) } }
        }
        var otherVersion = bytes
        otherVersion[0] = 99
        #expect(throws: (any Error).self) { try otherVersion.withUnsafeBytes { try ArticleArchive.decode($0) } }
        #expect(throws: (any Error).self) { try (bytes + [0]).withUnsafeBytes { try ArticleArchive.decode($0) } }
    }

    @Test(.enabled(if: SharedData.isPresent)) func theWarmIndexGivesTheSameCollectionAsReadingTheFiles() throws {
        let seeds = try #require(SharedData.path("seeds"))
        let folder = TemporaryFolder()
        let corpus = try folder.copyFiles(of: seeds, into: "corpus")
        // The demo articles as records (their outlets share claims), a broken line, and an empty file.
        let demo = DemoCorpus.load(extractsClaims: false).articles
        var lines = demo.map { a in
            let record = ["id": a.id, "title": a.title ?? "", "text": a.body]
            return String(decoding: try! JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]), as: UTF8.self)
        }
        lines.insert("{not json", at: 2)
        folder.write("corpus/demo.jsonl", lines.joined(separator: "\n") + "\n")
        folder.write("corpus/empty.txt", "")
        let cache = CacheLocation.folder(folder.path + "/cache")

        let fresh = Ingestor(extractsClaims: true).ingest(paths: [corpus])
        let clusters = ClaimMatcher().clusters(in: fresh.articles)
        #expect(clusters.count >= 3, "the demo's outlets share claims")

        let first = CorpusIndex(location: cache, inputs: [corpus])
        let built = first.refresh(paths: [corpus])
        let cold = try first.collection()
        #expect(cold.articles == fresh.articles)
        #expect(cold.claimClusters == clusters)
        #expect(Set(built.problems) == Set(fresh.problems) && built.problems.count == 2, "\(built.problems)")

        let second = CorpusIndex(location: cache, inputs: [corpus])
        let reopened = second.refresh(paths: [corpus])
        #expect(reopened.analysedFiles == 0 && reopened.reusedFiles == 7)
        let warm = try second.collection()
        #expect(warm.articles == fresh.articles, "the same articles in the same order")
        #expect(warm.claimClusters == clusters)
        #expect(Set(reopened.problems) == Set(fresh.problems), "problems are reported again on a warm reopen: \(reopened.problems)")

        // One demo article removed from the records: the collection and the same claims follow.
        lines.remove(at: 0)
        folder.write("corpus/demo.jsonl", lines.joined(separator: "\n") + "\n")
        let changed = Ingestor(extractsClaims: true).ingest(paths: [corpus])
        let third = CorpusIndex(location: cache, inputs: [corpus])
        let update = third.refresh(paths: [corpus])
        #expect(update.analysedFiles == 1 && update.reusedFiles == 6)
        let after = try third.collection()
        #expect(after.articles == changed.articles)
        #expect(after.claimClusters == ClaimMatcher().clusters(in: changed.articles))

        // Handing over an ingest already made gives the same index as reading the files.
        let handed = CorpusIndex(location: .memory, inputs: [corpus])
        _ = handed.refresh(paths: [corpus], analysed: changed)
        let fromHanded = try handed.collection()
        #expect(fromHanded.articles == changed.articles && fromHanded.claimClusters == after.claimClusters)
    }
}
