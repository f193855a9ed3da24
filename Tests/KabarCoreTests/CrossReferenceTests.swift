import Testing
@testable import KabarCore

/// Cross-referencing on the seeds, checked against what reading them shows: Liputan6, VIVA and
/// Kompas report 100.000 troops, Repelita 500.000 in its lede and 50.000 in its headline, Medcom
/// (two years later) 10.000; four outlets say 1,3 juta active personnel and Medcom 1,28 juta; the
/// three outlets that quote Korotchenko date his statement 10, 9 and 8 August 2022.
@Suite("Cross-references on the seeds")
struct CrossReferenceTests {
    static let seeds: [Article]? = SharedData.path("seeds").map { Ingestor(extractsClaims: true).ingest(paths: [$0]).articles }
    static let report: CrossReferenceReport? = seeds.map { CrossReferenceReport($0) }

    func outlets(_ d: NumberDiscrepancy, value: Double, in articles: [Article]) -> Set<String> {
        Set(d.reports.filter { $0.quantity.value == value }.compactMap { articles[$0.article].outlet })
    }

    @Test(.enabled(if: SharedData.isPresent)) func troopNumbersConflict() throws {
        guard let articles = Self.seeds, let report = Self.report else { return }
        let troops = try #require(report.numberDiscrepancies.first {
            $0.family == "troops" && Set([100_000.0, 500_000, 50_000, 10_000]).isSubset(of: $0.values)
        }, "one discrepancy holds all four troop numbers")
        #expect(troops.agreement == .conflicting)
        #expect(outlets(troops, value: 100_000, in: articles).isSuperset(of: ["Liputan6", "VIVA", "Kompas"]))
        #expect(outlets(troops, value: 500_000, in: articles) == ["Repelita"])
        #expect(outlets(troops, value: 10_000, in: articles) == ["Medcom"])
        #expect(troops.reports.contains { $0.quantity.value == 50_000 && $0.inHeadline && articles[$0.article].outlet == "Repelita" })
        #expect(!troops.values.contains(1_300_000), "the army's size is another thing than the troops offered")
    }

    @Test(.enabled(if: SharedData.isPresent)) func personnelCountsAgreeByRounding() throws {
        guard let articles = Self.seeds, let report = Self.report else { return }
        let personnel = try #require(report.numberDiscrepancies.first { $0.values.contains(1_280_000) })
        #expect(Set(personnel.values) == [1_300_000, 1_280_000])
        #expect(personnel.agreement == .compatibleByRounding)
        #expect(outlets(personnel, value: 1_280_000, in: articles) == ["Medcom"])
        #expect(outlets(personnel, value: 1_300_000, in: articles) == ["Liputan6", "VIVA", "Kompas", "Repelita"])
    }

    @Test(.enabled(if: SharedData.isPresent)) func korotchenkosStatementHasThreeDates() throws {
        guard let articles = Self.seeds, let report = Self.report else { return }
        #expect(report.dateDiscrepancies.count == 1)
        let d = try #require(report.dateDiscrepancies.first)
        #expect(d.speaker.hasSuffix("Korotchenko"))
        #expect(d.reports.map { "\(articles[$0.article].outlet!) \($0.date.iso8601)" } == ["Kompas 2022-08-08", "VIVA 2022-08-09", "Liputan6 2022-08-10"])
    }

    @Test(.enabled(if: SharedData.isPresent)) func repelitaHeadlineConflictIsListed() throws {
        guard let articles = Self.seeds, let report = Self.report else { return }
        #expect(report.headlineConflicts.map { articles[$0.article].outlet } == ["Repelita"])
    }

    @Test(.enabled(if: SharedData.isPresent)) func repelitaReusesVIVAsTranslation() throws {
        guard let articles = Self.seeds, let report = Self.report else { return }
        // Both print the same Indonesian rendering of Korotchenko's "Jika sukarelawan Korea Utara …" quote.
        let pair = try #require(report.reuse.first { Set([$0.first, $0.second].compactMap { articles[$0].outlet }) == ["VIVA", "Repelita"] })
        #expect(articles[pair.first].outlet == "VIVA", "VIVA is dated; Repelita is not, so VIVA comes first")
        let p = try #require(pair.passages.first)
        #expect(articles[pair.first].body.scalars(in: p.first).contains("sistem artileri"))
        #expect(articles[pair.second].body.scalars(in: p.second).contains("sistem artileri"))
        #expect(p.sharedWords >= 30)
    }

    @Test func sourceChainsRunFromSpeakerToOutlet() throws {
        guard let report = Self.report else { return }
        let paths = report.sourceChains.chains.map(\.path)
        #expect(paths.contains(["Igor Korotchenko", "Channel One Russia", "New York Post", "Liputan6"]))
        #expect(paths.contains(["sumber Korea Utara", "Daily NK", "Liputan6"]))
        #expect(paths.contains(["sumber di Pyongyang", "Aleksander Sladkov", "Repelita"]), "a source the speaker cites comes before the speaker")
        #expect(!paths.contains { $0.contains("surat kabar itu") }, "an anaphor is not a medium of its own")
        #expect(report.sourceChains.edges.contains { $0.from == "Igor Korotchenko" && $0.to == "New York Post" })
    }
}

@Suite("Cross-references on real articles")
struct RealCrossReferenceTests {
    /// The Garut earthquake of 18 June 2025 (cluster c059): Detik and Liputan6 say magnitude 4,8 at
    /// a depth of 10 km, Okezone 4,9 at 13 km.
    @Test(.enabled(if: SharedData.isPresent)) func garutMagnitudeAndDepthConflict() throws {
        let path = try #require(SharedData.path("corpus/real/articles.jsonl"))
        let all = Ingestor(extractsClaims: true).ingest(paths: [path]).articles
        let ids: Set<String> = ["detik-34b89fb29a", "liputan6-07d3eed45d", "okezone-34f27c73b5"]
        let report = CrossReferenceReport(all)
        func found(_ family: String, _ values: Set<Double>) -> Bool {
            report.numberDiscrepancies.contains { d in
                d.family == family && d.agreement == .conflicting && values.isSubset(of: d.values)
                    && d.reports.allSatisfy { ids.contains(all[$0.article].id) }
            }
        }
        #expect(found("magnitude", [4.8, 4.9]))
        #expect(found("km", [10, 13]))
    }
}

@Suite("Reused text")
struct TextReuseTests {
    static let original = """
    Kapal feri KM Bahari Nusa tenggelam di Selat Lombar pada Senin pagi setelah mesinnya mati dan \
    gelombang setinggi tiga meter menghantam lambung kiri kapal. Tim gabungan Basarnas, TNI Angkatan \
    Laut dan nelayan setempat mengevakuasi penumpang yang selamat ke Pelabuhan Tanjung Lombar sebelum \
    tengah hari, sementara pencarian korban hilang berlanjut hingga malam.
    """

    func article(_ id: String, _ body: String) -> Article { Article(id: id, path: id, format: .text, body: body) }

    @Test func aLightlyEditedCopyIsOnePassage() throws {
        var edited = Self.original.replacingOccurrences(of: "Senin pagi", with: "Senin (14/3) pagi")
        edited = edited.replacingOccurrences(of: "nelayan setempat", with: "para nelayan")
        let articles = [article("a", Self.original), article("b", "Berita lain sama sekali tentang harga cabai di pasar induk kota yang naik tajam menjelang hari raya."),
                        article("c", "Pembuka yang berbeda.\n\n" + edited)]
        let reuse = TextReuseFinder().reuse(in: articles)
        #expect(reuse.count == 1)
        let r = try #require(reuse.first)
        #expect(Set([r.first, r.second]) == [0, 2])
        #expect(r.passages.count == 1, "small edits do not split the passage")
        let p = try #require(r.passages.first)
        #expect(articles[0].body.scalars(in: p.first).hasPrefix("Kapal feri KM Bahari Nusa"))
        #expect(articles[2].body.scalars(in: p.second).hasSuffix("hingga malam"))
        #expect(p.sharedWords >= 40)
    }

    @Test func sharedShortPhrasesAreNotReuse() {
        let a = article("a", "Menurut Kepala Basarnas, pencarian korban hilang berlanjut hingga malam ini di Selat Lombar.")
        let b = article("b", "Warga berkumpul di dermaga. Pencarian korban hilang berlanjut hingga malam ini, kata petugas.")
        #expect(TextReuseFinder().reuse(in: [a, b]).isEmpty)
    }
}
