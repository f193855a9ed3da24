/// The documented JSON shape of articles (see README, "JSON output").
public enum ArticleJSON {
    /// `{"id","path","outlet","title","titleInferred","published","author","dateline","language",
    /// "words","boilerplateShare"[,"body","blocks"],"quantities"}`.
    public static func article(_ a: Article, includeText: Bool) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("id", .string(a.id)),
            ("path", .string(a.path)),
            ("url", .optional(a.url)),
            ("outlet", .optional(a.outlet)),
            ("title", .optional(a.title)),
            ("titleInferred", .bool(a.titleInferred)),
            ("published", .optional(a.published?.iso8601)),
            ("author", .optional(a.author)),
            ("dateline", .optional(a.dateline)),
            ("language", .string(a.language.rawValue)),
            ("words", .int(a.wordCount)),
            ("boilerplateShare", .double((a.boilerplateShare * 1000).rounded() / 1000)),
        ]
        if includeText {
            pairs.append(("body", .string(a.body)))
            pairs.append(("blocks", .array(a.blocks.map { .object([("kind", .string($0.kind.rawValue)), ("text", .string($0.text))]) })))
        }
        pairs.append(("quantities", .array(a.quantities.map(quantity))))
        return .object(pairs)
    }

    public static func quantity(_ q: Quantity) -> JSONValue {
        .object([
            ("text", .string(q.text)),
            ("value", .double(q.value)),
            ("unit", .optional(q.unit)),
            ("currency", .optional(q.currency)),
            ("range", .object([("start", .int(q.range.lowerBound)), ("end", .int(q.range.upperBound))])),
        ])
    }

    public static func document(_ articles: [Article], includeText: Bool, problems: [IngestProblem] = []) -> JSONValue {
        .object([("articles", .array(articles.map { article($0, includeText: includeText) }))] + problemsPairs(problems))
    }

    /// The document's `problems` key, absent when there are none.
    public static func problemsPairs(_ problems: [IngestProblem]) -> [(String, JSONValue)] {
        guard !problems.isEmpty else { return [] }
        return [("problems", .array(problems.map {
            .object([("path", .string($0.path)), ("message", .string($0.message)), ("severity", .string($0.severity.rawValue))])
        }))]
    }
}

/// The documented JSON shape of claims (see README, "kabar claims").
public enum ClaimJSON {
    public static func claim(_ c: Claim) -> JSONValue {
        .object([
            ("kind", .string(c.kind.rawValue)),
            ("speaker", .optional(c.speaker)),
            ("speakerAsWritten", .optional(c.speakerMention)),
            ("role", .optional(c.role)),
            ("cue", .optional(c.cue)),
            ("content", .string(c.content)),
            ("via", .array(c.via.map(JSONValue.string))),
            ("venue", .optional(c.venue)),
            ("hedged", .bool(c.hedged)),
            ("voxPop", .bool(c.voxPop)),
            ("continues", .bool(c.continues)),
            ("range", .object([("start", .int(c.range.lowerBound)), ("end", .int(c.range.upperBound))])),
        ])
    }

    /// One article of the document: its identity and its claims.
    public static func article(_ a: Article) -> JSONValue {
        .object([
            ("id", .string(a.id)), ("path", .string(a.path)), ("outlet", .optional(a.outlet)), ("title", .optional(a.title)),
            ("published", .optional(a.published?.iso8601)), ("author", .optional(a.author)),
            ("claims", .array(a.claims.map(claim))),
        ])
    }

    public static func document(_ articles: [Article], problems: [IngestProblem] = []) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("articles", .array(articles.map(article)))]
        if !problems.isEmpty {
            pairs.append(("problems", .array(problems.map {
                .object([("path", .string($0.path)), ("message", .string($0.message)), ("severity", .string($0.severity.rawValue))])
            })))
        }
        return .object(pairs)
    }
}
