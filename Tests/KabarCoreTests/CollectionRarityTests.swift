import Foundation
import Testing
@testable import KabarCore

/// A part of a collection cross-referenced with the whole's word counts (the Spark job's reduce).
@Suite("Collection rarity")
struct CollectionRarityTests {
    @Test func readsCountsAndNamesWhatIsWrong() throws {
        let good = try CollectionRarity(json: Data(#"{"articles": 10060, "storyTerms": {"00000000000000ff": 41}, "claimWords": {}}"#.utf8))
        #expect(good == CollectionRarity(articles: 10060, storyTerms: [255: 41]))
        for (text, says) in [("[]", "not a JSON object"), (#"{"articles": -1}"#, "count of articles"),
                             (#"{"articles": 2, "storyTerms": {"ff": 1}}"#, "16 hex digits"),
                             (#"{"articles": 2, "claimWords": {"00000000000000ff": "x"}}"#, "whole number"),
                             (#"{"articles": 2, "claimWords": {"00000000000000ff": 1.5}}"#, "whole number"),
                             (#"{"articles": 2, "storyTerms": []}"#, "object of counts")] {
            #expect(throws: CollectionRarity.RarityError.self) { try CollectionRarity(json: Data(text.utf8)) }
            do { _ = try CollectionRarity(json: Data(text.utf8)) } catch { #expect(error.description.contains(says), "\(text): \(error)") }
        }
    }

    @Test func aWordCommonInTheWholeProposesNoStoryInThePart() {
        func article(_ id: String, _ title: String) -> Article {
            Article(id: id, path: id, format: .text, outlet: id, title: title,
                    body: "Banjir merendam ratusan rumah warga di tepi sungai sejak pagi hari.")
        }
        let part = [article("a", "Banjir Rendam Kampung Lorawa dan Sekitarnya"), article("b", "Banjir Rendam Kampung Lorawa Lagi")]
        #expect(StoryGrouper().group(part).contains { $0.articleIndexes.count == 2 }, "alone, the two share rare words")
        var counts: [UInt64: Int32] = [:]
        for (term, _) in TermCounter.counts(title: part[0].title, body: part[0].body, openingWords: 250) { counts[term] = 5_000 }
        var grouper = StoryGrouper()
        grouper.rarity = CollectionRarity(articles: 10_000, storyTerms: counts)
        #expect(!grouper.group(part).contains { $0.articleIndexes.count == 2 }, "in a collection where every word is common, no pair is proposed")
    }
}
