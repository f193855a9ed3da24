/// The entities of a loaded collection, in memory (the reader's entity screen; `CorpusIndex`
/// keeps the same for the command line): each with its kind, spellings, mentions, and the
/// claims it made or is named in.
public struct EntityTable: Sendable {
    public struct Mention: Sendable, Hashable {
        public var article: Int
        public var range: Range<Int>
        public var surface: String
    }

    public struct ClaimRef: Sendable, Hashable {
        public var article: Int
        public var claim: Int
    }

    public struct Entity: Sendable, Equatable {
        public var key: String
        public var name: String
        public var kind: EntityKind
        public var spellings: [String]
        public var mentions: [Mention]
        public var articles: Int
        /// Claims it made (it is the speaker).
        public var claimsBy: [ClaimRef]
        /// Claims naming it in their content, made by someone else.
        public var claimsAbout: [ClaimRef]
    }

    /// Most articles first, then most mentions.
    public private(set) var entities: [Entity]

    /// `isCancelled` is asked every 64 articles: when it says so the table stops where it is
    /// (incomplete; the reader drops it when the user left the screen that asked for it).
    public init(_ articles: [Article], lexicon: EntityLexicon = EntityLexicon(), isCancelled: () -> Bool = { false }) {
        let extractor = EntityExtractor(lexicon: lexicon)
        var builder = Builder()
        for (a, article) in articles.enumerated() {
            if a & 63 == 63, isCancelled() { break }
            let mentions = extractor.mentions(in: article)
            let index = MentionIndex(mentions)
            let claims = article.claims.map { claim in
                let speaker = extractor.speaker(claim.speaker, in: index)?.key
                return (speaker: speaker, about: index.keys(startingIn: claim.range, excluding: speaker))
            }
            builder.add(article: a, mentions: mentions, claims: claims)
        }
        self.init(builder)
    }

    init(_ builder: Builder) {
        entities = builder.order.compactMap { builder.byKey[$0] }
            .sorted { ($0.articles, $0.mentions.count, $1.name) > ($1.articles, $1.mentions.count, $0.name) }
        searchKeys = entities.map(Self.searchKey)
    }

    /// Gathers the table article by article, in collection order (found now, or read back from the index).
    struct Builder {
        var byKey: [String: Entity] = [:]
        var order: [String] = []
        var spellings: [String: Set<String>] = [:]

        /// One article's mentions, and for each of its claims the speaker's key and the other keys its content names.
        mutating func add(article a: Int, mentions: [EntityMention], claims: [(speaker: String?, about: [String])]) {
            for m in mentions {
                if byKey[m.key] == nil {
                    order.append(m.key)
                    byKey[m.key] = Entity(key: m.key, name: m.name, kind: m.kind, spellings: [], mentions: [], articles: 0, claimsBy: [], claimsAbout: [])
                    spellings[m.key] = []
                }
                // Changed in place: a copy of the entity per mention would copy its mention list each time.
                if byKey[m.key]!.mentions.last?.article != a { byKey[m.key]!.articles += 1 }
                byKey[m.key]!.mentions.append(Mention(article: a, range: m.range, surface: m.surface))
                if spellings[m.key]!.insert(m.surface).inserted { byKey[m.key]!.spellings.append(m.surface) }
                if m.name.count > byKey[m.key]!.name.count, m.kind == .person { byKey[m.key]!.name = m.name }
            }
            for (c, claim) in claims.enumerated() {
                if let speaker = claim.speaker, byKey[speaker] != nil { byKey[speaker]!.claimsBy.append(ClaimRef(article: a, claim: c)) }
                for key in claim.about where byKey[key] != nil {
                    byKey[key]!.claimsAbout.append(ClaimRef(article: a, claim: c))
                }
            }
        }
    }

    /// Per entity, the keys of its name and spellings in one run of bytes, each ended by a 0 byte
    /// (keys hold letters and digits only, so a search never matches across two): a search is a
    /// byte scan, not a folding of every spelling at every key typed.
    private var searchKeys: [[UInt8]]

    static func searchKey(_ e: Entity) -> [UInt8] {
        var bytes = Array(EntityName.key(e.name).utf8)
        bytes.append(0)
        for spelling in e.spellings {
            bytes += EntityName.key(spelling).utf8
            bytes.append(0)
        }
        return bytes
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count, let first = needle.first else { return needle.isEmpty }
        let last = haystack.count - needle.count
        var i = 0
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Entities whose name or a spelling contains the text (case and accents ignored), in rank order.
    public func matching(_ text: String) -> [Int] {
        matching(text, within: nil)
    }

    /// Entities among `candidates` (rank order kept) that match `text`: a search typed further
    /// reads only what matched before.
    public func matching(_ text: String, within candidates: [Int]?) -> [Int] {
        let needle = EntityName.key(text)
        guard !needle.isEmpty else { return candidates ?? Array(entities.indices) }
        let bytes = Array(needle.utf8)
        if let candidates { return candidates.filter { $0 < searchKeys.count && Self.contains(searchKeys[$0], bytes) } }
        return entities.indices.filter { Self.contains(searchKeys[$0], bytes) }
    }
}
