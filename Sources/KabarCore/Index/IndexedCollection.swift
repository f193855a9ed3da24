/// A collection as the persistent index keeps it: the analysed articles in input order and the
/// claims reported by several of them (member indexes point into `articles`).
public struct IndexedCollection: Sendable {
    public var articles: [Article]
    public var claimClusters: [ClaimCluster]

    public init(articles: [Article], claimClusters: [ClaimCluster]) {
        self.articles = articles
        self.claimClusters = claimClusters
    }
}
