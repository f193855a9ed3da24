/// An article that printed a checked claim, as ClaimReview's `appearance` names it.
public struct ClaimAppearance: Sendable, Equatable {
    public var url: String?
    public var headline: String?
    public var published: String?
    public var outlet: String?

    public init(url: String?, headline: String?, published: String?, outlet: String?) {
        self.url = url
        self.headline = headline
        self.published = published
        self.outlet = outlet
    }

    init(_ a: Article) {
        self.init(url: a.url, headline: a.title, published: a.published?.iso8601, outlet: a.outlet)
    }

    /// The article the verdict was set on, as the ledger keeps it.
    init(_ v: Verdict) {
        self.init(url: v.url, headline: v.headline, published: v.published, outlet: v.outlet)
    }

    /// For each verdict, every article of `articles` that printed its claim: the one it was set on,
    /// then the other outlets carrying the same claim (`ClaimMatcher`); only the one it was set on
    /// when the claim is not found in `articles`.
    public static func of(_ verdicts: [Verdict], in articles: [Article]) -> [[ClaimAppearance]] {
        let places = VerdictPlace.of(verdicts, in: articles)
        var others: [ClaimCluster.Member: [ClaimCluster.Member]] = [:]
        if places.contains(where: { if case .attached = $0 { return true } else { return false } }) {
            for cluster in ClaimMatcher().clusters(in: articles) {
                for m in cluster.members { others[m] = cluster.members.filter { $0.article != m.article } }
            }
        }
        return zip(verdicts, places).map { v, place in
            guard case .attached(let article, let claim) = place else { return [ClaimAppearance(v)] }
            let member = ClaimCluster.Member(article: article, claim: claim)
            return [ClaimAppearance(v)] + (others[member] ?? []).map { ClaimAppearance(articles[$0.article]) }
        }
    }
}
