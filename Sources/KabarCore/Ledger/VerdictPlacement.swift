import Foundation

/// Where a verdict of the ledger stands in a collection. The ledger spans every collection the user
/// has checked; a verdict is keyed by its article and the claim's words, so in this collection it is
/// on a claim (attached), on an article whose claims no longer read so (detached: kabar found the
/// claim differently since, or the article changed), or on an article this collection lacks.
public enum VerdictPlace: Sendable, Equatable {
    case attached(article: Int, claim: Int)
    /// `offset`: where the verdict's words still stand in the article's body (scalars), if they do.
    case detached(article: Int, offset: Int?)
    case elsewhere

    /// Each verdict's place among `articles`, in the verdicts' order.
    public static func of(_ verdicts: [Verdict], in articles: [Article]) -> [VerdictPlace] {
        var byKey: [String: [Int]] = [:]
        for (k, a) in articles.enumerated() { byKey[Verdict.articleKey(a), default: []].append(k) }
        return verdicts.map { v in
            guard let candidates = byKey[v.article] else { return .elsewhere }
            for k in candidates {
                if let c = articles[k].claims.firstIndex(where: { $0.content == v.claim }) { return .attached(article: k, claim: c) }
            }
            // The claim cut differently since (a new kabar), its words still there.
            for k in candidates {
                if let c = articles[k].claims.firstIndex(where: { v.stillReads(on: $0, in: articles[k]) }) { return .attached(article: k, claim: c) }
            }
            let body = articles[candidates[0]].body
            let offset = body.range(of: v.claim).map { body.unicodeScalars.distance(from: body.startIndex, to: $0.lowerBound) }
            return .detached(article: candidates[0], offset: offset)
        }
    }

    /// As `kabar ledger list` names it.
    public var name: String {
        switch self {
        case .attached: return "attached"
        case .detached: return "detached"
        case .elsewhere: return "elsewhere"
        }
    }
}
