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

    @Test func korotchenkosQuotesClusterAcrossOutlets() throws {
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
        // PenaBahari repeats Hendra Saputra's quote from Warta Selat and Sari Handayani's from Lintas Kawi, reworded.
        #expect(outlets(of: "tanpa tiket", in: articles, clusters: clusters) == ["Warta Selat", "PenaBahari"])
        #expect(outlets(of: "40 menit", in: articles, clusters: clusters) == ["Lintas Kawi", "PenaBahari"])
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
