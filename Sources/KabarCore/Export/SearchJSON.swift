/// `kabar entities --format json` and `kabar search --format json` (see README).
public enum SearchJSON {
    public static func entities(_ list: [EntitySummary]) -> JSONValue {
        .object([("entities", .array(list.map { e in
            .object([("name", .string(e.name)), ("key", .string(e.key)), ("kind", .string(e.kind.rawValue)),
                     ("articles", .int(e.articles)), ("mentions", .int(e.mentions)),
                     ("outlets", .array(e.outlets.map { .object([("outlet", .string($0.outlet)), ("articles", .int($0.articles))]) }))])
        }))])
    }

    public static func search(_ r: SearchResult) -> JSONValue {
        func range(_ x: Range<Int>) -> JSONValue { .object([("start", .int(x.lowerBound)), ("end", .int(x.upperBound))]) }
        func claims(_ list: [SearchResult.ClaimHit]) -> JSONValue {
            .array(list.map { c in
                .object([("article", .int(c.article)), ("speaker", .optional(c.speaker)), ("kind", .string(c.kind)),
                         ("content", .string(c.content)), ("range", range(c.range))])
            })
        }
        return .object([
            ("query", .string(r.query)),
            ("entity", r.entity.map { e in
                .object([("name", .string(e.name)), ("key", .string(e.key)), ("kind", .string(e.kind.rawValue)),
                         ("spellings", .array(e.spellings.map(JSONValue.string)))])
            } ?? .null),
            ("articles", .array(r.articles.map { a in
                .object([("id", .string(a.id)), ("path", .string(a.path)), ("outlet", .optional(a.outlet)), ("title", .optional(a.title)),
                         ("published", .optional(a.published)), ("mentions", .int(a.mentions))])
            })),
            ("mentions", .array(r.mentions.map { m in
                .object([("article", .int(m.article)), ("surface", .string(m.surface)), ("range", range(m.range)), ("context", .string(m.context))])
            })),
            ("claimsBy", claims(r.claimsBy)),
            ("claimsAbout", claims(r.claimsAbout)),
        ])
    }
}
