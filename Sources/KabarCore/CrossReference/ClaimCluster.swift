/// One claim as several articles report it.
public struct ClaimCluster: Sendable, Hashable {
    public struct Member: Sendable, Hashable {
        /// Index into the article list the clusters were found in.
        public var article: Int
        /// Index into that article's `claims`.
        public var claim: Int

        public init(article: Int, claim: Int) {
            self.article = article
            self.claim = claim
        }
    }
    /// Members in article order, at most one claim per article.
    public var members: [Member]
}
