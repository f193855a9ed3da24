/// A collection as the persistent index keeps it: the analysed articles in input order and the
/// claims reported by several of them (member indexes point into `articles`).
public struct IndexedCollection: Sendable {
    public var articles: [Article]
    public var claimClusters: [ClaimCluster]
    /// Each article's row in the index (`articles.id`), for reading back what the index stored
    /// about it (its entity mentions); empty when not known.
    public var rows: [Int64]

    public init(articles: [Article], claimClusters: [ClaimCluster], rows: [Int64] = []) {
        self.articles = articles
        self.claimClusters = claimClusters
        self.rows = rows
    }
}
