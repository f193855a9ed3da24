/// For the reader: each body number another outlet reports differently, with what the others
/// report. Made from the collection's number discrepancies (stories and related articles, as
/// `kabar xref` finds them), so the reader can mark the number in the conflict style and say the
/// other outlets' values in the status bar.
public struct NumberConflictIndex: Sendable {
    /// What another article reports for the same thing.
    public struct OtherReport: Sendable, Hashable {
        public var text: String
        public var outlet: String
        public var inHeadline: Bool
    }

    /// Per article index: body range of the number → the other articles' reports, in the
    /// discrepancy's order (largest value first).
    private var byArticle: [Int: [Range<Int>: [OtherReport]]] = [:]

    public init(_ articles: [Article]) {
        let (stories, related) = StoryGrouper().groupWithRelatedPairs(articles)
        let found = NumberDiscrepancyFinder().discrepancies(in: articles, stories: stories.map(\.articleIndexes),
                                                            relatedPairs: related.map { ($0.0, $0.1) })
        self.init(found.filter { $0.agreement == .conflicting }, articles: articles)
    }

    init(_ discrepancies: [NumberDiscrepancy], articles: [Article]) {
        for d in discrepancies {
            for r in d.reports where !r.inHeadline {
                let others = d.reports.filter { $0.article != r.article && $0.quantity.value != r.quantity.value }.map {
                    OtherReport(text: $0.quantity.text, outlet: articles[$0.article].outlet ?? articles[$0.article].id, inHeadline: $0.inHeadline)
                }
                guard !others.isEmpty else { continue }
                var seen = Set<OtherReport>()
                byArticle[r.article, default: [:]][r.quantity.range] = others.filter { seen.insert($0).inserted }
            }
        }
    }

    /// The other articles' reports of the number at `range` of article `article`'s body, if any differ.
    public func others(article: Int, range: Range<Int>) -> [OtherReport]? { byArticle[article]?[range] }

    /// The conflicting numbers of article `article` inside `range` (a claim), in body order.
    public func conflicts(article: Int, within range: Range<Int>) -> [(range: Range<Int>, others: [OtherReport])] {
        (byArticle[article] ?? [:]).filter { range.contains($0.key.lowerBound) }.sorted { $0.key.lowerBound < $1.key.lowerBound }
            .map { ($0.key, $0.value) }
    }
}
