/// What cross-referencing reads of one article, made from that article alone, so a distributed
/// engine can make it in a map step (`kabar analyze`) and do the corpus-wide part itself: the
/// title and opening words stories weigh (`StoryGrouper`: counts here, rarity over the corpus),
/// the sampled runs of eight words reused text is found by (`TextReuseFinder`), and the words
/// claims are matched on (`ClaimMatcher`).
public struct ArticleFeatures: Sendable {
    /// Word hash → weight (a title word counts 2, an opening word 1), as `StoryGrouper` counts them.
    public var storyTerms: [(term: UInt64, weight: Float)]
    /// The sampled eight-word runs: hash and first word's index, sorted by hash.
    public var shingles: [(hash: UInt64, word: Int)]
    /// The content words (sorted hashes) of each claim long enough to match (`ClaimMatcher`), with
    /// the claim's index: counted over a collection, its `CollectionRarity`.
    public var claimWords: [(claim: Int, words: [UInt64])]

    public init(_ article: Article, grouper: StoryGrouper = StoryGrouper(), reuse: TextReuseFinder = TextReuseFinder()) {
        storyTerms = TermCounter.counts(title: article.title, body: article.body, openingWords: grouper.openingWords)
            .map { (term: $0.key, weight: $0.value) }.sorted { $0.term < $1.term }
        shingles = reuse.sampledRuns(WordSpans.of(article.body).map(\.hash)).map { (hash: $0.hash, word: Int($0.position)) }
        let minimum = ClaimMatcher().minimumWords
        claimWords = article.claims.enumerated().compactMap { k, claim in
            let set = ClaimMatcher.contentWords(claim.content)
            return set.count >= minimum ? (claim: k, words: set.sorted()) : nil
        }
    }
}
