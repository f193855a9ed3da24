/// Everything kabar finds across a collection: stories, the same claims in several outlets,
/// numbers and dates that disagree, reused text and source chains.
public struct CrossReferenceReport: Sendable {
    public var stories: [Story]
    public var claimClusters: [ClaimCluster]
    public var numberDiscrepancies: [NumberDiscrepancy]
    /// Articles whose headline number the opening contradicts, with the conflicts.
    public var headlineConflicts: [(article: Int, conflicts: [HeadlineNumberConflict])]
    public var dateDiscrepancies: [DateDiscrepancy]
    public var reuse: [TextReuse]
    public var sourceChains: SourceChainGraph

    /// Cross-references the articles (their claims must have been extracted). `finished` is told
    /// the name of each step as it completes (the benchmark times them). `rarity` gives the whole
    /// collection's word counts when the articles are a part of it.
    public init(_ articles: [Article], rarity: CollectionRarity? = nil, finished: (String) -> Void = { _ in }) {
        // Stories, and articles related beyond one story's few days (a later report on the same subject).
        var grouper = StoryGrouper()
        grouper.rarity = rarity
        let (stories, relatedPairs) = grouper.groupWithRelatedPairs(articles)
        let storyIndexes = stories.map(\.articleIndexes)
        let related = relatedPairs.map { ($0.0, $0.1) }
        finished("stories and related articles")
        let clusters = ClaimMatcher(rarity: rarity).clusters(in: articles)
        finished("same claims")
        self.stories = stories
        self.claimClusters = clusters
        self.numberDiscrepancies = NumberDiscrepancyFinder().discrepancies(in: articles, stories: storyIndexes, relatedPairs: related)
        self.headlineConflicts = articles.indices.compactMap { k in
            let c = HeadlineNumberCheck.conflicts(in: articles[k])
            return c.isEmpty ? nil : (k, c)
        }
        finished("numbers")
        self.dateDiscrepancies = DateDiscrepancyFinder().discrepancies(in: articles, clusters: clusters, stories: storyIndexes)
        finished("dates")
        self.reuse = TextReuseFinder().reuse(in: articles)
        finished("reused text")
        self.sourceChains = SourceChainGraph(articles)
        finished("source chains")
    }
}
