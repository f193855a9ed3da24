/// One statement dated differently by different outlets: Korotchenko's "100.000 sukarelawan" is
/// dated Rabu 10/8 by Liputan6, Selasa 9/8 by VIVA and Senin 8/8 by Kompas.
public struct DateDiscrepancy: Sendable, Hashable {
    public struct Report: Sendable, Hashable {
        /// Index into the article list.
        public var article: Int
        /// The calendar day that article writes beside the statement.
        public var date: PublishedDate
    }

    /// The speaker whose statement is dated (as the first article resolves the name).
    public var speaker: String
    /// The clusters (same claim across outlets) that make it one statement.
    public var clusters: [Int]
    /// Each article's date for the statement, earliest first.
    public var reports: [Report]
}

/// Finds statements (claims of one speaker that `ClaimMatcher` clusters across the articles of one
/// story) that the articles date differently: each article's date is the one calendar day written
/// in the sentences of its clustered claims, within a week before its publication.
public struct DateDiscrepancyFinder: Sendable {
    public init() {}

    public func discrepancies(in articles: [Article], clusters: [ClaimCluster], stories: [[Int]]) -> [DateDiscrepancy] {
        var topicOf: [Int: Int] = [:]
        for (t, story) in stories.enumerated() { for k in story { topicOf[k] = t } }
        // A statement: one speaker's clustered claims within one topic.
        struct Key: Hashable { var topic: Int; var surname: String }
        var statements: [Key: (speaker: String, clusters: [Int], articles: Set<Int>)] = [:]
        for (c, cluster) in clusters.enumerated() {
            let first = cluster.members[0]
            guard let topic = topicOf[first.article], let speaker = articles[first.article].claims[first.claim].speaker,
                  let surname = Self.surname(speaker) else { continue }
            let key = Key(topic: topic, surname: surname)
            var entry = statements[key] ?? (speaker, [], [])
            entry.clusters.append(c)
            for m in cluster.members where topicOf[m.article] == topic { entry.articles.insert(m.article) }
            statements[key] = entry
        }
        var result: [DateDiscrepancy] = []
        for (_, entry) in statements where entry.articles.count >= 2 {
            var reports: [DateDiscrepancy.Report] = []
            for k in entry.articles.sorted() {
                let claims = entry.clusters.flatMap { clusters[$0].members.filter { $0.article == k }.map(\.claim) }
                // An article that dates the statement twice says nothing clear about when it was made.
                let dates = Self.dates(of: claims, in: articles[k])
                if dates.count == 1 { reports.append(.init(article: k, date: dates[0])) }
            }
            let days = Set(reports.map(\.date.dayNumber))
            guard days.count >= 2, Set(reports.map(\.article)).count >= 2 else { continue }
            reports.sort { ($0.date.dayNumber, $0.article) < ($1.date.dayNumber, $1.article) }
            result.append(DateDiscrepancy(speaker: entry.speaker, clusters: entry.clusters.sorted(), reports: reports))
        }
        return result.sorted { ($0.clusters.first ?? 0) < ($1.clusters.first ?? 0) }
    }

    static func surname(_ speaker: String) -> String? {
        speaker.split(separator: " ").last.map { $0.lowercased() }
    }

    /// How many days before its publication an article may date a statement it reports.
    static let reportingWindow = 7

    /// Distinct calendar days written in the sentences of the given claims (from the sentence where
    /// the quotation opens to the one holding its cue) outside the claim's own words, leaving out days after the article's
    /// publication or more than a week before it (those date other events).
    static func dates(of claims: [Int], in article: Article) -> [PublishedDate] {
        let scalars = Array(article.body.unicodeScalars)
        let published = article.published?.dayNumber
        var seen = Set<Int>(), result: [PublishedDate] = []
        for c in claims {
            let claim = article.claims[c]
            let lower = [claim.quoteRange?.lowerBound, claim.speakerRange?.lowerBound, claim.cueRange?.lowerBound, claim.range.lowerBound].compactMap { $0 }.min()!
            let upper = [claim.quoteRange?.upperBound, claim.speakerRange?.upperBound, claim.cueRange?.upperBound, claim.range.upperBound].compactMap { $0 }.max()!
            let sentence = Self.sentence(around: lower..<upper, in: scalars)
            // Dates inside the quotation belong to what was said ("pada tanggal 19 Juni kami menerima…").
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars[sentence.lowerBound..<max(sentence.lowerBound, claim.range.lowerBound)])
            text.unicodeScalars.append(" ")
            text.unicodeScalars.append(contentsOf: scalars[min(sentence.upperBound, claim.range.upperBound)..<sentence.upperBound])
            for match in DateFinder.allMatches(in: text) where match.date.isValid {
                let day = match.date.dayNumber
                if let published, day > published || day < published - reportingWindow { continue }
                if seen.insert(day).inserted { result.append(match.date) }
            }
        }
        return result
    }

    /// Widens a range to whole sentences: back to the last ". " or line break before it, on to the
    /// first full stop followed by a space and a capital, or a line break, after it.
    static func sentence(around range: Range<Int>, in s: [Unicode.Scalar]) -> Range<Int> {
        var start = min(range.lowerBound, s.count)
        while start > 0, s[start - 1] != "\n", !(start >= 2 && s[start - 2] == "." && s[start - 1] == " ") { start -= 1 }
        var end = min(range.upperBound, s.count)
        while end < s.count, s[end] != "\n" {
            if s[end] == ".", end + 2 < s.count, s[end + 1] == " ", s[end + 2].properties.isUppercase { end += 1; break }
            end += 1
        }
        return start..<end
    }
}
