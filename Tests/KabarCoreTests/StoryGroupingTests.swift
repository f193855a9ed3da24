import Foundation
import Testing
@testable import KabarCore

/// Story grouping scored against ../shared/corpus/real/clusters.tsv (80 same-story clusters made
/// by hand): pairwise precision and recall over all pairs of articles.
@Suite("Stories")
struct StoryGroupingTests {
    @Test func dayNumbers() {
        #expect(PublishedDate(year: 1970, month: 1, day: 1).dayNumber == 0)
        #expect(PublishedDate(year: 2000, month: 3, day: 1).dayNumber == 11_017)
        #expect(PublishedDate(year: 2024, month: 3, day: 1).dayNumber - PublishedDate(year: 2024, month: 2, day: 28).dayNumber == 2,
                "2024 is a leap year")
    }

    @Test(.enabled(if: SharedData.isPresent)) func seedsReportingTheSameOfferFormOneStory() throws {
        let path = try #require(SharedData.path("seeds"))
        let articles = Ingestor(extractsClaims: true).ingest(paths: [path]).articles
        let stories = StoryGrouper().group(articles)
        func story(of outlet: String) throws -> Int {
            let k = try #require(articles.firstIndex { $0.outlet == outlet }, "\(outlet) loaded")
            return try #require(stories.firstIndex { $0.articleIndexes.contains(k) })
        }
        let offer = try story(of: "Kompas")
        #expect(try story(of: "VIVA") == offer && story(of: "Liputan6") == offer, "the August 2022 offer of 100.000 troops")
        #expect(try story(of: "Medcom") != offer, "Medcom's 2024 report is a later event")
        #expect(stories[offer].outlets.first == "Kompas", "the earliest report comes first")
    }

    @Test(.enabled(if: SharedData.isPresent)) func groupingWithRelatedPairsGivesTheSameStories() throws {
        let path = try #require(SharedData.path("seeds"))
        let articles = Ingestor(extractsClaims: true).ingest(paths: [path]).articles
        let (stories, related) = StoryGrouper().groupWithRelatedPairs(articles)
        #expect(stories == StoryGrouper().group(articles))
        let medcom = try #require(articles.firstIndex { $0.outlet == "Medcom" })
        #expect(related.contains { $0.0 == medcom || $0.1 == medcom }, "Medcom's later report is related to the 2022 ones without a day limit")
    }

    @Test func demoCorpusKeepsOneReportPerOutletInAStory() {
        let articles = DemoCorpus.load(extractsClaims: true).articles
        let stories = StoryGrouper().group(articles)
        for story in stories {
            let outlets = story.articleIndexes.compactMap { articles[$0].outlet }
            #expect(Set(outlets).count == outlets.count, "\(outlets)")
        }
        let first = stories[0].articleIndexes.compactMap { articles[$0].outlet }
        #expect(first.count >= 3 && first.contains("Warta Selat") && first.contains("Kabar Tanjung"), "\(first)")
    }

    @Test(.enabled(if: SharedData.isPresent)) func pairwiseAgreementWithHandMadeClusters() throws {
        let articles = try #require(RealCorpusTests.loadAll())
        let path = try #require(SharedData.path("corpus/real/clusters.tsv"))
        let tsv = try String(contentsOfFile: path, encoding: .utf8)
        var gold: [String: String] = [:]
        for line in tsv.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 6 else { continue }
            for id in fields[5].split(separator: " ") { gold[String(id)] = String(fields[0]) }
        }
        let threshold = Float(ProcessInfo.processInfo.environment["STORY_THRESHOLD"] ?? "") ?? StoryGrouper().threshold
        let opening = Int(ProcessInfo.processInfo.environment["STORY_OPENING"] ?? "") ?? StoryGrouper().openingWords
        let stories = StoryGrouper(threshold: threshold, openingWords: opening).group(articles)
        var predicted: [String: Int] = [:]
        for (k, story) in stories.enumerated() { for i in story.articleIndexes { predicted[articles[i].id] = k } }
        let ids = articles.map(\.id).filter { gold[$0] != nil }
        #expect(ids.count == gold.count, "every clustered article was loaded")
        var tp = 0, fp = 0, fn = 0
        for a in 0..<ids.count {
            for b in (a + 1)..<ids.count {
                let same = gold[ids[a]] == gold[ids[b]], together = predicted[ids[a]] == predicted[ids[b]]
                if same && together { tp += 1 } else if together { fp += 1 } else if same { fn += 1 }
            }
        }
        let precision = Double(tp) / Double(max(1, tp + fp)), recall = Double(tp) / Double(max(1, tp + fn))
        print(String(format: "stories: %d articles, %d gold clusters, %d stories; pairwise P %.3f (%d/%d) R %.3f (%d/%d)",
                     ids.count, Set(gold.values).count, stories.count, precision, tp, tp + fp, recall, tp, tp + fn))
        if ProcessInfo.processInfo.environment["STORY_DEBUG"] != nil {
            for a in 0..<ids.count {
                for b in (a + 1)..<ids.count where (gold[ids[a]] == gold[ids[b]]) != (predicted[ids[a]] == predicted[ids[b]]) {
                    print(gold[ids[a]] == gold[ids[b]] ? "FN" : "FP", ids[a], ids[b], gold[ids[a]]!, gold[ids[b]]!)
                }
            }
        }
        #expect(precision >= 0.95)
        #expect(recall >= 0.95)
    }

    func article(_ outlet: String, day: Int, speakers: [String]) -> Article {
        var a = Article(id: outlet, path: outlet, format: .text, outlet: outlet, published: PublishedDate(year: 2025, month: 6, day: day))
        a.claims = speakers.map { Claim(kind: .direct, speaker: $0, content: "…", range: 0..<1) }
        return a
    }

    @Test func aStoryNeverSpansMoreThanItsWindow() {
        let body = """
        Gubernur Aceh menolak keputusan pemerintah pusat memindahkan empat pulau ke Sumatera Utara dan meminta \
        Kementerian Dalam Negeri meninjau ulang batas wilayah di perairan Singkil yang disengketakan kedua provinsi.
        """
        // Three reports, each within three days of the next, eight days from first to last.
        let articles = [("Serambi", 10), ("Waspada", 13), ("Analisa", 16), ("Tribun", 18)].map { outlet, day in
            var a = Article(id: outlet, path: outlet, format: .text, outlet: outlet, title: "Gubernur Tolak Empat Pulau Pindah",
                            published: PublishedDate(year: 2025, month: 6, day: day), body: body)
            a.claims = [Claim(kind: .indirect, speaker: "Muzakir Manaf", content: "…", range: 0..<1)]
            return a
        }
        for story in StoryGrouper().group(articles) {
            let days = story.articleIndexes.compactMap { articles[$0].published?.dayNumber }
            #expect((days.max() ?? 0) - (days.min() ?? 0) <= 3, "\(story.articleIndexes.map { articles[$0].outlet ?? "" })")
        }
        #expect(StoryGrouper().group(articles).contains { $0.articleIndexes.count >= 2 }, "reports a day or three apart still join")
    }

    @Test func anUndatedArticleNamingALaterDayIsNoPartOfAnEarlierStory() {
        let body = """
        Sejumlah lembaga survei merilis tingkat kepuasan publik terhadap kinerja pemerintahan Prabowo-Gibran. Survei \
        Litbang Kompas mencatat mayoritas responden puas atas upaya pemberantasan korupsi dan penegakan hukum.
        """
        func at(_ outlet: String, _ published: PublishedDate?, extra: String = "") -> Article {
            Article(id: outlet, path: outlet, format: .text, outlet: outlet, title: "Kepuasan Publik atas Pemberantasan Korupsi",
                    published: published, body: body + extra)
        }
        let june = at("Kompas", PublishedDate(year: 2025, month: 6, day: 18))
        let digest = at("Detik", nil, extra: " Survei dilakukan pada 3-10 Oktober 2025.")
        let undated = at("Tempo", nil, extra: " Survei dilakukan pada 12 Juni 2025.")
        #expect(!StoryGrouper().group([june, digest]).contains { $0.articleIndexes.count == 2 }, "a digest of October's surveys is written after them")
        #expect(StoryGrouper().group([june, undated]).contains { $0.articleIndexes.count == 2 }, "an undated article naming an earlier day still joins")
    }

    @Test func titlesNamingPlacesTheOtherNeverMentionsAreApart() {
        func at(_ outlet: String, _ title: String, _ body: String) -> Article {
            Article(id: outlet, path: outlet, format: .text, outlet: outlet, title: title,
                    published: PublishedDate(year: 2015, month: 8, day: 25), body: body)
        }
        let riau = at("A", "Kabut Asap, Jarak Pandang di Pekanbaru Hanya 500 Meter",
                      "Kabut asap kembali menyelimuti Pekanbaru pagi ini. Jarak pandang di Pekanbaru turun hingga 500 meter dan penerbangan tertunda.")
        let jambi = at("B", "Kabut Asap Tunda Penerbangan di Jambi",
                       "Kabut asap yang melanda Jambi sejak lima hari lalu membuat penerbangan di bandara tertunda pagi ini.")
        let riauAgain = at("C", "Asap Pekat, Penerbangan dari Pekanbaru Tertunda",
                           "Penerbangan dari Pekanbaru tertunda karena kabut asap. Jarak pandang di Pekanbaru hanya 500 meter pagi ini.")
        let articles = [riau, jambi, riauAgain]
        #expect(StoryEvidence.titleNames(riau) == [TokenizedText.hash("pekanbaru")], "'Kabut', the first word, and 'Meter' are no names")
        let evidence = StoryEvidence(articles)
        let terms = articles.map { TermCounter.counts(title: $0.title, body: $0.body, openingWords: 250).keys.sorted() }
        #expect(evidence.namesApart(0, 1, terms: { terms[$0] }), "Pekanbaru's haze is not Jambi's")
        #expect(!evidence.namesApart(0, 2, terms: { terms[$0] }))
    }

    @Test func evidenceOfOneEventBesidesSharedWords() {
        let minister = article("A", day: 10, speakers: ["Asep Guntur Rahayu"])
        let sameSpeaker = article("B", day: 10, speakers: ["Asep Guntur"])
        let otherSpeaker = article("C", day: 10, speakers: ["Nurul Ghufron"])
        let explainer = article("D", day: 10, speakers: [])
        let twoDaysLater = article("E", day: 12, speakers: ["Nurul Ghufron"])
        let evidence = StoryEvidence([minister, sameSpeaker, otherSpeaker, explainer, twoDaysLater])
        func near(_ x: Float, _ y: Float) -> Bool { abs(x - y) < 1e-6 }
        #expect(near(evidence.score(0, 1, cosine: 0.3), 0.5), "a common speaker, named in full by one outlet only")
        #expect(near(evidence.score(0, 2, cosine: 0.3), 0.25), "only different speakers: another actor's reaction")
        #expect(near(evidence.score(0, 3, cosine: 0.3), 0.2), "a piece quoting nobody")
        #expect(near(evidence.score(2, 4, cosine: 0.3), 0.3), "a common speaker two days later: more than a day apart, too")
        #expect(near(evidence.score(1, 2, cosine: 0.5), 0.45))
        // By the clock: 23 hours apart is the same day's news, 25 hours is not; an undated piece counts as apart.
        func at(_ id: String, _ day: Int, _ hour: Int) -> Article {
            var a = article(id, day: day, speakers: ["Nurul Ghufron"])
            a.published = PublishedDate(year: 2025, month: 6, day: day, hour: hour, minute: 0, utcOffsetMinutes: 420)
            return a
        }
        var undated = article("U", day: 10, speakers: ["Nurul Ghufron"])
        undated.published = nil
        let clock = StoryEvidence([at("P", 10, 9), at("Q", 11, 8), at("R", 11, 10), undated])
        #expect(near(clock.score(0, 1, cosine: 0.3), 0.5))
        #expect(near(clock.score(0, 2, cosine: 0.3), 0.4))
        #expect(near(clock.score(0, 3, cosine: 0.3), 0.4))
    }
}
