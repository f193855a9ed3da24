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
