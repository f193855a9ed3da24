/// When a group of numbers that differ is shown as a disagreement.
///
/// Words around two numbers say they count one thing, but read on real collections a difference
/// of a factor of one and a half or more is nearly always two counts (flights cancelled by noon
/// and in the whole day; a pilgrims' tally and those still in hospital; the goals for a club and
/// for a country), while outlets that disagree about one figure print values near each other
/// (magnitude 4,9 and 4,8; a fine of Rp 650 juta and Rp 600 juta). A wide difference is believed
/// only against a majority: three or more articles of one story printing one value, which the
/// others then contradict (the seeds' 100.000 troops against 500.000, 50.000 and 10.000).
enum DisagreementEvidence {
    /// The widest difference believed within one story without a majority: half as much again.
    static let closeRatio = 1.5
    /// Articles of one story printing one value that make another a disagreement at any ratio.
    static let majority = 3

    /// - Parameters:
    ///   - reports: each report's article and value.
    ///   - storyOf: each article's story, when it has one.
    static func isCredible(_ reports: [(article: Int, value: Double)], storyOf: [Int: Int]) -> Bool {
        let values = reports.map(\.value)
        guard let lo = values.min(), let hi = values.max(), lo > 0 else { return false }
        let stories = Set(reports.map { storyOf[$0.article] })
        if stories.count == 1, stories.first! != nil, hi <= closeRatio * lo { return true }
        var articles: [Int: [Double: Set<Int>]] = [:]
        for r in reports {
            guard let s = storyOf[r.article] else { continue }
            articles[s, default: [:]][r.value, default: []].insert(r.article)
        }
        return articles.values.contains { byValue in byValue.values.contains { $0.count >= majority } }
    }
}
