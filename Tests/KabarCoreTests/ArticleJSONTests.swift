import Foundation
import Testing
@testable import KabarCore

@Suite("JSON output contract")
struct ArticleJSONTests {
    @Test func documentedKeysInOrder() throws {
        let articles = DemoCorpus.load().articles
        let text = ArticleJSON.document(articles, includeText: true).pretty()
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let list = try #require(parsed["articles"] as? [[String: Any]])
        #expect(list.count == articles.count)
        for key in ["id", "path", "outlet", "title", "published", "author", "dateline", "language", "body", "blocks", "quantities"] {
            #expect(list.allSatisfy { $0.keys.contains(key) }, "missing \(key)")
        }
        let first = try #require(list.first)
        #expect((first["blocks"] as? [[String: Any]])?.first?.keys.sorted() == ["kind", "text"])
        // Absent values are null, not missing.
        #expect(list.contains { $0["author"] is NSNull })
        // Key order follows the documentation.
        let idAt = try #require(text.range(of: "\"id\""))
        let pathAt = try #require(text.range(of: "\"path\""))
        #expect(idAt.lowerBound < pathAt.lowerBound)
        // list format omits text.
        let short = ArticleJSON.article(articles[0], includeText: false).serialized()
        #expect(!short.contains("\"body\"") && !short.contains("\"blocks\""))
    }

    @Test func escapesEverythingJSONNeeds() {
        #expect(JSONValue.string("a\"b\\c\nd\u{01}").serialized() == "\"a\\\"b\\\\c\\nd\\u0001\"")
    }
}
