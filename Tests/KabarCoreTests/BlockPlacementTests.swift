import Testing
@testable import KabarCore

/// Each block knows where it stands in the cleaned body, set once when the article is made.
@Suite("Blocks placed in the body")
struct BlockPlacementTests {
    @Test func everyArticleTextBlockIsItsPartOfTheBody() throws {
        let articles = DemoCorpus.load().articles
        #expect(!articles.isEmpty)
        for a in articles {
            let body = Array(a.body.unicodeScalars)
            for b in a.blocks {
                if b.kind.isArticleText {
                    let r = try #require(b.bodyRange, "\(a.id): an article-text block without its place")
                    #expect(String(String.UnicodeScalarView(body[r])) == b.text, "\(a.id)")
                } else {
                    #expect(b.bodyRange == nil, "\(a.id): \(b.kind) is not in the body")
                }
            }
        }
    }

    /// The paragraphs look-ups read (entities, reuse, pair alignment) are the blocks' places, and
    /// they are what splitting the body at its blank lines gives, on every real article.
    @Test(.enabled(if: SharedData.isPresent)) func theBlocksPlacesAreTheBodysParagraphs() throws {
        var paths = ["seeds", "corpus/real"].compactMap { SharedData.path($0) }
        if let bench = SharedData.path("corpus/bench/articles.jsonl.gz") { paths.append(bench) }
        let articles = Ingestor().ingest(paths: paths).articles
        #expect(articles.count > 10_000)
        var differing: [String] = []
        for a in articles where a.paragraphs != ParagraphRanges.of(a.body) { differing.append(a.id) }
        #expect(differing.isEmpty, "\(differing.count) differ: \(differing.prefix(5))")
        // A body made without its blocks is split at its line breaks.
        let bare = Article(id: "x", path: "x", format: .text, body: "Satu.\n\nDua.")
        #expect(bare.paragraphs == [0..<5, 7..<11])
    }

    @Test func scalarsAreCountedFromTheBytes() {
        for text in ["", "a", "Sinéad “kata” Ōsaka 🇮🇩 日本語 and more ASCII after it", String(repeating: "é", count: 17), "abcdefgh\u{301}ij"] {
            #expect(Array(text.utf8).withUnsafeBufferPointer(fastScalarCount) == text.unicodeScalars.count, "\(text)")
        }
    }

    @Test func theArchiveGivesThePlacesBackAndRefusesBlocksPastTheBody() throws {
        let a = try #require(DemoCorpus.load().articles.first)
        let bytes = ArticleArchive.encode(a)
        let back = try bytes.withUnsafeBytes { try ArticleArchive.decode($0) }
        #expect(back.blocks.map(\.bodyRange) == a.blocks.map(\.bodyRange))
        // A body cut short (damage that still parses) leaves blocks standing past it: refused.
        var cut = a
        cut.body = String(a.body.prefix(10))
        let damaged = ArticleArchive.encode(cut)
        #expect(throws: ArchiveReader.Damaged.self) { try damaged.withUnsafeBytes { try ArticleArchive.decode($0) } }
    }
}
