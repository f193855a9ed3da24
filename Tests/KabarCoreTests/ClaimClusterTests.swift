import Testing
@testable import KabarCore

/// The same claim across outlets, checked on the seeds against what reading them shows.
@Suite("Same claim across outlets")
struct ClaimClusterTests {
    static let seeds: [Article]? = SharedData.path("seeds").map { Ingestor(extractsClaims: true).ingest(paths: [$0]).articles }

    /// The outlets of the cluster holding a claim whose content contains `phrase`.
    func outlets(of phrase: String, in articles: [Article], clusters: [ClaimCluster]) -> Set<String> {
        for cluster in clusters where cluster.members.contains(where: { articles[$0.article].claims[$0.claim].content.contains(phrase) }) {
            return Set(cluster.members.compactMap { articles[$0.article].outlet })
        }
        return []
    }

    @Test(.enabled(if: SharedData.isPresent)) func korotchenkosQuotesClusterAcrossOutlets() throws {
        guard let articles = Self.seeds else { return }
        let clusters = ClaimMatcher().clusters(in: articles)
        #expect(outlets(of: "100.000 sukarelawan Korea Utara siap", in: articles, clusters: clusters) == ["Liputan6", "VIVA", "Kompas"])
        // Liputan6 quotes only a fragment of the same statement ("kekayaan pengalaman perang kontra-baterai"),
        // which belongs to it too.
        #expect(outlets(of: "lampu hijau", in: articles, clusters: clusters) == ["VIVA", "Kompas", "Repelita", "Liputan6"])
        #expect(outlets(of: "hak berdaulat", in: articles, clusters: clusters) == ["VIVA", "Kompas", "Repelita"])
        #expect(outlets(of: "1,3 juta personel aktif", in: articles, clusters: clusters) == ["Liputan6", "VIVA", "Repelita"])
        for cluster in clusters {
            let speakers = Set(cluster.members.map { articles[$0.article].claims[$0.claim].speaker?.split(separator: " ").last })
            #expect(speakers.count == 1, "one speaker per cluster: \(speakers)")
        }
    }

    @Test func demoCopiesAreFound() {
        let articles = DemoCorpus.load(extractsClaims: true).articles
        let clusters = ClaimMatcher().clusters(in: articles)
        // PenaBahari repeats Hendra Saputra's quote from Warta Selat and Sari Handayani's from Lintas Kawi, reworded
        // (and with "40 menit" turned into "45 menit").
        #expect(outlets(of: "tanpa tiket", in: articles, clusters: clusters) == ["Warta Selat", "PenaBahari"])
        #expect(outlets(of: "40 menit", in: articles, clusters: clusters) == ["Lintas Kawi", "PenaBahari"])
    }

    @Test func claimVersionsMarkTheNumberChangedInCopying() throws {
        let articles = DemoCorpus.load(extractsClaims: true).articles
        let clusters = ClaimMatcher().clusters(in: articles)
        let cluster = try #require(clusters.first { c in c.members.contains { articles[$0.article].claims[$0.claim].content.contains("40 menit") } })
        let lintas = try #require(cluster.members.first { articles[$0.article].outlet == "Lintas Kawi" })
        let versions = ClaimVersion.versions(of: lintas, others: cluster.members.filter { $0 != lintas }, in: articles)
        let pena = try #require(versions.first)
        #expect(articles[pena.member.article].outlet == "PenaBahari")
        #expect(pena.differsInNumbers)
        // Read from the text: "45" on PenaBahari's side and "40" on Lintas Kawi's are the differing numbers;
        // "sudah" and "ke posko" are words only Lintas Kawi has.
        let theirs = pena.differences.filter { $0.kind == .number }.map { articles[pena.member.article].body.scalars(in: $0.range) }
        let own = pena.ownDifferences.filter { $0.kind == .number }.map { articles[lintas.article].body.scalars(in: $0.range) }
        #expect(theirs == ["45"])
        #expect(own == ["40"])
        #expect(pena.ownDifferences.contains { $0.kind == .word && articles[lintas.article].body.scalars(in: $0.range) == "posko" })
        // The Hendra Saputra quote is reworded but carries no number: no number differs.
        let hendra = try #require(clusters.first { c in c.members.contains { articles[$0.article].claims[$0.claim].content.contains("tanpa tiket") } })
        let hv = ClaimVersion.versions(of: hendra.members[0], others: Array(hendra.members.dropFirst()), in: articles)
        #expect(hv.count == 1 && !hv[0].differsInNumbers)
    }

    @Test func differentSpeakersDoNotMatch() {
        let a = Claim(kind: .direct, speaker: "Hendra Saputra", content: "Kapal itu membawa tiga ratus penumpang dan tiga puluh kendaraan", range: 0..<10)
        var b = a
        b.speaker = "Wulan Lestari"
        #expect(!ClaimMatcher().speakersAgree(a, b))
        b.speaker = "Saputra"
        #expect(ClaimMatcher().speakersAgree(a, b))
    }
}
