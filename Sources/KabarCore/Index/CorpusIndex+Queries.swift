import Foundation

extension CorpusIndex {
    /// Why a query cannot be searched.
    public enum QueryProblem: Error, CustomStringConvertible, Sendable, Equatable {
        case empty
        case noLetters
        case tooLong(Int)

        public var description: String {
            switch self {
            case .empty: return "the query is empty"
            case .noLetters: return "the query has no letters or digits"
            case .tooLong(let n): return "the query is \(n) characters long; at most \(CorpusIndex.maxQueryLength) are searched"
            }
        }
    }

    public static let maxQueryLength = 200
    /// Mentions, claims and full-text articles returned at most (the article list of an entity is complete).
    public static let resultLimit = 500

    /// Ranked entities: named in the most articles first, then by mentions. One snapshot of the cache.
    public func entities(kind: EntityKind? = nil, limit: Int = 50) throws -> [EntitySummary] {
        try answer { try rankedEntities(kind: kind, limit: limit) }
    }

    private func rankedEntities(kind: EntityKind?, limit: Int) throws -> [EntitySummary] {
        var result: [EntitySummary] = []
        let filter = kind == nil ? "" : "WHERE n.kind = ?"
        let top = try db.prepare("""
        SELECT n.key, count(*), count(DISTINCT m.article) FROM mentions m JOIN names n ON n.id = m.name
        \(filter) GROUP BY n.key ORDER BY count(DISTINCT m.article) DESC, count(*) DESC, n.key LIMIT ?
        """)
        var values: [SQLValue] = []
        if let kind { values.append(.text(kind.rawValue)) }
        values.append(.int(Int64(limit)))
        try top.rows(values) { (r: SQLiteDatabase.Statement) in
            result.append(EntitySummary(key: r.text(0) ?? "", name: "", kind: .person, mentions: Int(r.int(1)), articles: Int(r.int(2)), outlets: []))
        }
        for k in result.indices {
            guard let entity = try entity(key: result[k].key) else { continue }
            (result[k].name, result[k].kind) = entity
        }
        let perOutlet = try db.prepare("""
        SELECT coalesce(a.outlet, '?'), count(DISTINCT a.id) FROM mentions m JOIN articles a ON a.id = m.article
        WHERE m.name IN (SELECT id FROM names WHERE key = ?) GROUP BY a.outlet ORDER BY count(DISTINCT a.id) DESC, a.outlet
        """)
        for k in result.indices {
            try perOutlet.rows([.text(result[k].key)]) { (r: SQLiteDatabase.Statement) in
                result[k].outlets.append(.init(outlet: r.text(0) ?? "?", articles: Int(r.int(1))))
            }
        }
        return result
    }

    /// Searches by entity when the query names one (any spelling, or a surname), by text otherwise.
    /// One snapshot of the cache; results in a total order (date, then collection order), so the
    /// same inputs give the same answer cached or not.
    public func search(_ raw: String) throws -> SearchResult {
        let query = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !query.isEmpty else { throw QueryProblem.empty }
        guard query.count <= Self.maxQueryLength else { throw QueryProblem.tooLong(query.count) }
        guard !EntityName.key(query).isEmpty else { throw QueryProblem.noLetters }
        return try answer { try search(query: query) }
    }

    private func search(query: String) throws -> SearchResult {

        let keys = try entityKeys(for: query)
        var result = SearchResult(query: query, entity: nil, articles: [], mentions: [], claimsBy: [], claimsAbout: [])
        var articleIndex: [Int64: Int] = [:]
        let articleColumns = "a.id, a.record, a.path, a.outlet, a.title, a.published"
        /// The article of a row whose first six columns are `articleColumns`.
        func article(_ r: SQLiteDatabase.Statement) -> Int {
            let id = r.int(0)
            if let k = articleIndex[id] { return k }
            result.articles.append(.init(id: r.text(1) ?? "", path: r.text(2) ?? "", outlet: r.text(3), title: r.text(4), published: r.text(5), mentions: 0))
            articleIndex[id] = result.articles.count - 1
            return result.articles.count - 1
        }
        guard !keys.isEmpty else {
            // No entity by that name: the full text, each word quoted (so FTS syntax is searched as words).
            let words = query.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { "\"" + $0 + "\"" }
            try db.prepare("""
            SELECT \(articleColumns) FROM article_text JOIN articles a ON a.id = article_text.rowid
            WHERE article_text MATCH ? ORDER BY rank, a.path, a.record LIMIT \(Self.resultLimit)
            """).rows([.text(words.joined(separator: " "))]) { (r: SQLiteDatabase.Statement) in _ = article(r) }
            return result
        }
        let placeholders = Array(repeating: "?", count: keys.count).joined(separator: ", ")
        let bound = keys.map(SQLValue.text)
        let named = "m.name IN (SELECT id FROM names WHERE key IN (\(placeholders)))"
        // The entity: the most mentioned key, its name, kind and the spellings seen.
        let main = keys[0]
        var spellings: [String] = []
        try db.prepare("""
        SELECT DISTINCT coalesce(m.surface, n.name) AS written FROM mentions m JOIN names n ON n.id = m.name
        WHERE n.key IN (\(placeholders)) ORDER BY written LIMIT 50
        """).rows(bound) { (r: SQLiteDatabase.Statement) in
            spellings.append(r.text(0) ?? "")
        }
        if let entity = try entity(key: main) {
            result.entity = .init(key: main, name: entity.name, kind: entity.kind, spellings: spellings)
        }
        // Articles naming it, with their counts, in date order.
        try db.prepare("""
        SELECT \(articleColumns), count(*) FROM mentions m JOIN articles a ON a.id = m.article
        WHERE \(named) GROUP BY a.id ORDER BY a.published NULLS LAST, a.path, a.id
        """).rows(bound) { (r: SQLiteDatabase.Statement) in
            let k = article(r)
            result.articles[k].mentions = Int(r.int(6))
        }
        var mentionRows: [Int64] = []
        try db.prepare("""
        SELECT \(articleColumns), coalesce(m.surface, (SELECT name FROM names WHERE id = m.name)), m.start, m.end
        FROM mentions m JOIN articles a ON a.id = m.article WHERE \(named)
        ORDER BY a.published NULLS LAST, a.path, m.article, m.start LIMIT \(Self.resultLimit)
        """).rows(bound) { (r: SQLiteDatabase.Statement) in
            let k = article(r)
            let range = Int(r.int(7))..<Int(r.int(8))
            mentionRows.append(r.int(0))
            result.mentions.append(SearchResult.Mention(article: k, surface: r.text(6) ?? "", range: range, context: ""))
        }
        // Each mention's context: 60 characters either side, from the article's stored body.
        var bodies: [Int64: [Unicode.Scalar]] = [:]
        var stored: [Int64: Article] = [:]   // read back once for the mentions and both claim lists
        for row in Set(mentionRows) { if let a = try storedArticle(row, cache: &stored) { bodies[row] = Array(a.body.unicodeScalars) } }
        for (n, row) in mentionRows.enumerated() {
            guard let body = bodies[row] else { continue }
            let range = result.mentions[n].range
            let from = min(max(0, range.lowerBound - 60), body.count), to = min(body.count, max(from, range.upperBound + 60))
            var context = String(String.UnicodeScalarView(body[from..<to]))
            context = context.replacingOccurrences(of: "\n", with: " ")
            result.mentions[n].context = context
        }
        func claims(_ condition: String, _ values: [SQLValue]) throws -> [SearchResult.ClaimHit] {
            var hits: [SearchResult.ClaimHit] = []
            var places: [(row: Int64, ordinal: Int)] = []
            try db.prepare("""
            SELECT \(articleColumns), c.speaker, c.kind, c.ordinal, c.start, c.end FROM claims c JOIN articles a ON a.id = c.article
            WHERE \(condition) ORDER BY a.published NULLS LAST, a.path, c.article, c.start LIMIT \(Self.resultLimit)
            """).rows(values) { (r: SQLiteDatabase.Statement) in
                let k = article(r)
                let range = Int(r.int(9))..<Int(r.int(10))
                places.append((r.int(0), Int(r.int(8))))
                hits.append(SearchResult.ClaimHit(article: k, speaker: r.text(6), kind: r.text(7) ?? "", content: "", range: range))
            }
            // The content as the article's stored claim gives it (the index keeps no second copy).
            for (n, place) in places.enumerated() {
                guard let claims = try storedArticle(place.row, cache: &stored)?.claims, claims.indices.contains(place.ordinal) else { continue }
                hits[n].content = claims[place.ordinal].content
            }
            return hits
        }
        result.claimsBy = try claims("c.speaker_key IN (\(placeholders))", bound)
        result.claimsAbout = try claims("""
        c.id IN (SELECT claim FROM claim_about WHERE key IN (\(placeholders))) AND coalesce(c.speaker_key, '') NOT IN (\(placeholders))
        """, bound + bound)
        return result
    }

    /// An entity's name and kind: its longest name (the first seen of that length) and the kind
    /// it was first seen as; nil when the index names no such key.
    func entity(key: String) throws -> (name: String, kind: EntityKind)? {
        var found: (name: String, kind: EntityKind)?
        try db.prepare("SELECT name, kind FROM names WHERE key = ? ORDER BY id").rows([.text(key)]) { (r: SQLiteDatabase.Statement) in
            let name = r.text(0) ?? ""
            if let f = found {
                if name.unicodeScalars.count > f.name.unicodeScalars.count { found = (name, f.kind) }
            } else {
                found = (name, EntityKind(rawValue: r.text(1) ?? "") ?? .person)
            }
        }
        return found
    }

    /// The stored article `row`, read back from its archive once (then from `cache`); nil when the
    /// archive cannot be read (its hits show no context or content).
    func storedArticle(_ row: Int64, cache: inout [Int64: Article]) throws -> Article? {
        if let a = cache[row] { return a }
        var found: Article?
        try db.prepare("SELECT packed FROM article_archives WHERE article = ?").rows([.int(row)]) { r in
            found = try? r.blob(0, { try ArticleArchive.decode($0) })
        }
        if let found { cache[row] = found }
        return found
    }

    /// The keys a query names, most mentioned first: its spelling's key (through the lexicon), and
    /// for a one-word query the people whose last name it is ("Korotchenko").
    func entityKeys(for query: String) throws -> [String] {
        let key = lexicon.entry(for: query).map { EntityName.key($0.canonical) } ?? EntityName.key(query)
        var counts: [String: Int] = [:]
        try db.prepare("SELECT n.key, count(*) FROM mentions m JOIN names n ON n.id = m.name WHERE n.key = ? GROUP BY n.key").rows([.text(key)]) { (r: SQLiteDatabase.Statement) in counts[r.text(0) ?? ""] = Int(r.int(1)) }
        try db.prepare("SELECT count(*) FROM claims WHERE speaker_key = ?").rows([.text(key)]) { (r: SQLiteDatabase.Statement) in
            if r.int(0) > 0 { counts[key, default: 0] += Int(r.int(0)) }
        }
        if !query.contains(" ") {
            try db.prepare("SELECT n.key, count(*) FROM mentions m JOIN names n ON n.id = m.name WHERE n.last = ? AND n.kind = 'person' GROUP BY n.key").rows([.text(key)]) { (r: SQLiteDatabase.Statement) in
                counts[r.text(0) ?? "", default: 0] += Int(r.int(1))
            }
        }
        return counts.keys.sorted { (counts[$0]!, $1) > (counts[$1]!, $0) }
    }
}
