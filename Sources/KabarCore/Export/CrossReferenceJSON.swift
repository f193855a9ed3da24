/// `kabar xref --format json` (see README, "kabar xref"). Articles are listed once; everything
/// else points at them by their index in `articles`.
public enum CrossReferenceJSON {
    public static func document(_ report: CrossReferenceReport, articles: [Article]) -> JSONValue {
        func range(_ r: Range<Int>) -> JSONValue { .object([("start", .int(r.lowerBound)), ("end", .int(r.upperBound))]) }
        return .object([
            ("articles", .array(articles.enumerated().map { k, a in
                .object([("index", .int(k)), ("id", .string(a.id)), ("path", .string(a.path)), ("outlet", .optional(a.outlet)),
                         ("title", .optional(a.title)), ("published", .optional(a.published?.iso8601))])
            })),
            ("stories", .array(report.stories.filter { $0.articleIndexes.count > 1 }.map { s in
                .object([("title", .string(s.title)), ("earliest", .optional(s.earliest?.iso8601)),
                         ("outlets", .array(s.outlets.map(JSONValue.string))), ("articles", .array(s.articleIndexes.map(JSONValue.int)))])
            })),
            ("claimClusters", .array(report.claimClusters.map { cluster in
                let earliest = cluster.members.min { m1, m2 in
                    switch (articles[m1.article].published, articles[m2.article].published) {
                    case let (x?, y?): return x < y
                    case (_?, nil): return true
                    default: return false
                    }
                }
                return .object([
                    ("speaker", .optional(articles[cluster.members[0].article].claims[cluster.members[0].claim].speaker)),
                    ("earliest", earliest.map { .int($0.article) } ?? .null),
                    ("members", .array(cluster.members.map { m in
                        .object([("article", .int(m.article)), ("claim", ClaimJSON.claim(articles[m.article].claims[m.claim]))])
                    })),
                ])
            })),
            ("numberDiscrepancies", .array(report.numberDiscrepancies.map { d in
                .object([("family", .string(d.family)), ("agreement", .string(d.agreement.rawValue)),
                         ("reports", .array(d.reports.map { r in
                             .object([("article", .int(r.article)), ("text", .string(r.quantity.text)), ("value", .double(r.quantity.value)),
                                      ("inHeadline", .bool(r.inHeadline)), ("range", range(r.quantity.range))])
                         }))])
            })),
            ("headlineConflicts", .array(report.headlineConflicts.flatMap { entry in
                entry.conflicts.map { c in
                    .object([("article", .int(entry.article)), ("agreement", .string(c.agreement.rawValue)),
                             ("headline", .object([("text", .string(c.headline.text)), ("value", .double(c.headline.value))])),
                             ("body", .object([("text", .string(c.body.text)), ("value", .double(c.body.value)), ("range", range(c.body.range))]))])
                }
            })),
            ("dateDiscrepancies", .array(report.dateDiscrepancies.map { d in
                .object([("speaker", .string(d.speaker)), ("claimClusters", .array(d.clusters.map(JSONValue.int))),
                         ("reports", .array(d.reports.map { .object([("article", .int($0.article)), ("date", .string($0.date.iso8601))]) }))])
            })),
            ("reuse", .array(report.reuse.map { r in
                .object([("first", .int(r.first)), ("second", .int(r.second)), ("ordered", .bool(r.isOrdered)),
                         ("relation", .string(r.relation.rawValue)), ("sharedWords", .int(r.sharedWords)),
                         ("passages", .array(r.passages.map { p in
                             .object([("first", range(p.first)), ("second", range(p.second)), ("sharedWords", .int(p.sharedWords)),
                                      ("kind", .string(p.kind.rawValue)), ("quotedShare", .double((p.quotedShare * 100).rounded() / 100))])
                         }))])
            })),
            ("sourceChains", .object([
                ("chains", .array(report.sourceChains.chains.map { c in
                    .object([("path", .array(c.path.map(JSONValue.string))), ("articles", .array(c.articles.map(JSONValue.int))), ("claims", .int(c.claims))])
                })),
                ("edges", .array(report.sourceChains.edges.map { e in
                    .object([("from", .string(e.from)), ("to", .string(e.to)), ("claims", .int(e.claims))])
                })),
            ])),
        ])
    }
}
