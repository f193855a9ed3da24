/// One claim as another article words it: which of its words differ from the claim being read
/// (numbers, dates, names, other words), found by the same word alignment as the split view.
public struct ClaimVersion: Sendable {
    public var member: ClaimCluster.Member
    /// Differences in the other article's claim content, as scalar ranges of that article's body.
    public var differences: [PairAlignment.Difference]
    /// Differences on the side being read, as scalar ranges of its body.
    public var ownDifferences: [PairAlignment.Difference]

    /// True when a number or a date reads differently in the two versions.
    public var differsInNumbers: Bool {
        (differences + ownDifferences).contains { $0.kind == .number || $0.kind == .date }
    }

    /// Claim `claim` beside each of `others` (the same claim in other articles), compared word by word.
    public static func versions(of claim: ClaimCluster.Member, others: [ClaimCluster.Member], in articles: [Article]) -> [ClaimVersion] {
        let a = articles[claim.article]
        let aWords = WordSpans.of(a.body)
        let aRange = a.claims[claim.claim].range
        return others.map { other in
            let b = articles[other.article]
            let (own, theirs) = PairAlignment.differences(a.body, aWords, aRange, b.body, WordSpans.of(b.body), b.claims[other.claim].range)
            return ClaimVersion(member: other, differences: theirs, ownDifferences: own)
        }
    }
}
