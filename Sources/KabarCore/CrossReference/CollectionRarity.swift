import Foundation

/// How common words are in a whole collection, for cross-referencing a part of it as the whole
/// would be (the Spark job cross-references each block of candidate articles apart): the number of
/// articles, and per word hash the articles whose title and opening hold it (`StoryGrouper`'s
/// tf-idf weights and posting limit) and the claims whose content holds it (`ClaimMatcher`'s
/// limit on common words). Words it does not list are counted in the part itself.
public struct CollectionRarity: Sendable, Equatable {
    public var articles: Int
    public var storyTerms: [UInt64: Int32]
    public var claimWords: [UInt64: Int32]

    public init(articles: Int, storyTerms: [UInt64: Int32] = [:], claimWords: [UInt64: Int32] = [:]) {
        self.articles = articles
        self.storyTerms = storyTerms
        self.claimWords = claimWords
    }

    /// Reads `{"articles": N, "storyTerms": {"16 hex digits": count}, "claimWords": {…}}`; the
    /// error says what is wrong (the file comes from elsewhere: untrusted).
    public init(json data: Data) throws(RarityError) {
        guard let object = try? JSONSerialization.jsonObject(with: data), let top = object as? [String: Any] else {
            throw RarityError("not a JSON object")
        }
        guard let n = top["articles"] as? NSNumber, n.intValue >= 0, Double(n.intValue) == n.doubleValue else {
            throw RarityError("\"articles\" is not a count of articles")
        }
        func counts(_ key: String) throws(RarityError) -> [UInt64: Int32] {
            guard let field = top[key] else { return [:] }
            guard let map = field as? [String: Any] else { throw RarityError("\"\(key)\" is not an object of counts") }
            var out: [UInt64: Int32] = [:]
            out.reserveCapacity(map.count)
            for (hex, value) in map {
                guard hex.utf8.count == 16, let h = UInt64(hex, radix: 16) else {
                    throw RarityError("\"\(key)\" has a key that is not 16 hex digits")
                }
                guard let c = value as? NSNumber, c.intValue >= 0, c.intValue <= Int(Int32.max), Double(c.intValue) == c.doubleValue else {
                    throw RarityError("\"\(key)\" has a count that is not a whole number")
                }
                out[h] = Int32(c.intValue)
            }
            return out
        }
        self.init(articles: n.intValue, storyTerms: try counts("storyTerms"), claimWords: try counts("claimWords"))
    }

    public struct RarityError: Error, CustomStringConvertible {
        public var description: String
        public init(_ description: String) { self.description = description }
    }
}
