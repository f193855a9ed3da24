/// What `kabar search` finds for a query: the entity it names (with its spellings) or, when it
/// names none, the articles whose text holds its words; the articles, mentions with context,
/// claims BY the entity (it is the speaker) and claims ABOUT it (it is named in the content).
public struct SearchResult: Sendable {
    public struct Entity: Sendable, Hashable {
        public var key: String
        public var name: String
        public var kind: EntityKind
        /// The spellings found in the collection ("Korut", "Korea Utara").
        public var spellings: [String]
    }

    public struct ArticleHit: Sendable, Hashable {
        public var id: String
        public var path: String
        public var outlet: String?
        public var title: String?
        public var published: String?
        public var mentions: Int
    }

    public struct Mention: Sendable, Hashable {
        /// Index into `articles`.
        public var article: Int
        public var surface: String
        /// Range in the article's cleaned body, in Unicode scalars.
        public var range: Range<Int>
        /// The text around it (about 60 characters each side).
        public var context: String
    }

    public struct ClaimHit: Sendable, Hashable {
        /// Index into `articles`.
        public var article: Int
        public var speaker: String?
        public var kind: String
        public var content: String
        public var range: Range<Int>
    }

    public var query: String
    /// nil when the query names no entity and the text was searched instead.
    public var entity: Entity?
    public var articles: [ArticleHit]
    public var mentions: [Mention]
    public var claimsBy: [ClaimHit]
    public var claimsAbout: [ClaimHit]
}

/// One line of `kabar entities`: an entity with its counts, overall and per outlet.
public struct EntitySummary: Sendable, Hashable {
    public var key: String
    public var name: String
    public var kind: EntityKind
    public var mentions: Int
    public var articles: Int
    /// Articles naming it, per outlet, most first.
    public var outlets: [OutletCount]

    public struct OutletCount: Sendable, Hashable {
        public var outlet: String
        public var articles: Int
    }
}
