/// Articles about one event, reported by one or more outlets.
public struct Story: Sendable, Hashable {
    /// Indexes into the article list the story was grouped from, earliest first.
    public var articleIndexes: [Int]
    /// The earliest article's title.
    public var title: String
    public var earliest: PublishedDate?
    public var outlets: [String]

    public init(articleIndexes: [Int], title: String, earliest: PublishedDate?, outlets: [String]) {
        self.articleIndexes = articleIndexes
        self.title = title
        self.earliest = earliest
        self.outlets = outlets
    }
}
