/// The documented line of `kabar analyze --format jsonl` (docs/json.md): the article as `kabar show
/// --format json` gives it (with its body and blocks), its claims as `kabar claims` does, its
/// entity mentions, and its cross-referencing features. Hashes are 16 hex digits (JSON numbers
/// lose 64-bit integers).
public enum AnalysisJSON {
    public static func line(_ a: Article, mentions: [EntityMention], features: ArticleFeatures) -> String {
        guard case .object(var pairs) = ArticleJSON.article(a, includeText: true) else { return "{}" }
        func hex(_ h: UInt64) -> JSONValue {
            let s = String(h, radix: 16)
            return .string(String(repeating: "0", count: 16 - s.count) + s)
        }
        pairs.append(("claims", .array(a.claims.map(ClaimJSON.claim))))
        pairs.append(("mentions", .array(mentions.map { m in
            .object([("key", .string(m.key)), ("name", .string(m.name)), ("kind", .string(m.kind.rawValue)), ("surface", .string(m.surface)),
                     ("range", .object([("start", .int(m.range.lowerBound)), ("end", .int(m.range.upperBound))]))])
        })))
        pairs.append(("features", .object([
            ("storyTerms", .array(features.storyTerms.map { .array([hex($0.term), .double(Double($0.weight))]) })),
            ("shingles", .array(features.shingles.map { .array([hex($0.hash), .int($0.word)]) })),
            ("claimWords", .array(features.claimWords.map { .array([.int($0.claim), .array($0.words.map(hex))]) })),
        ])))
        return JSONValue.object(pairs).serialized()
    }
}
