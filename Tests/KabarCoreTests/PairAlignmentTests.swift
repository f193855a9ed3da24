import Testing
@testable import KabarCore

/// The split view's alignment, checked on the seeds against what reading Liputan6 and Kompas shows:
/// both carry Korotchenko's "100.000 sukarelawan" quote and the "1,3 juta personel aktif" figure.
@Suite("Two articles aligned")
struct PairAlignmentTests {
    static func seed(_ file: String) -> Article? {
        SharedData.path("seeds/" + file).flatMap { Ingestor(extractsClaims: true).ingest(paths: [$0]).articles.first }
    }

    func row(_ alignment: PairAlignment, left a: Article, containing phrase: String) -> PairAlignment.Row? {
        alignment.rows.first { $0.left.map { a.body.scalars(in: $0).contains(phrase) } ?? false }
    }

    @Test(.enabled(if: SharedData.isPresent)) func sharedQuoteAndFigureFaceEachOther() throws {
        guard let l6 = Self.seed("000_002bfff8e5fec095.txt"), let kompas = Self.seed("002_a4365d142b35687e.txt") else { return }
        let alignment = PairAlignment(l6, kompas)

        let quote = try #require(row(alignment, left: l6, containing: "100.000 sukarelawan"))
        let right = try #require(quote.right.map { kompas.body.scalars(in: $0) })
        #expect(right.contains("ikut serta dalam konflik"), "Kompas words it 'ikut serta' where Liputan6 says 'mengambil bagian'")
        #expect(quote.sharesClaim && quote.kind == .changed)
        let rightDiffs = quote.rightDifferences.map { (kompas.body.scalars(in: $0.range), $0.kind) }
        #expect(rightDiffs.contains { $0 == ("8/8/2022", .date) } && rightDiffs.contains { $0 == ("Senin", .date) })
        #expect(rightDiffs.contains { $0 == ("ikut", .word) })
        let leftDiffs = quote.leftDifferences.map { (l6.body.scalars(in: $0.range), $0.kind) }
        #expect(leftDiffs.contains { $0 == ("mengambil", .word) } && leftDiffs.contains { $0.0.contains("Igor") && $0.1 == .name }, "\(leftDiffs)")
        #expect(!leftDiffs.contains { $0.0 == "100.000" }, "both say 100.000")

        let figure = try #require(row(alignment, left: l6, containing: "1,3 juta personel aktif"))
        #expect(figure.right.map { kompas.body.scalars(in: $0).contains("1,3 juta personel aktif") } == true)
    }

    /// VIVA writes as one paragraph what Kompas writes as two (the case): the one faces both.
    @Test(.enabled(if: SharedData.isPresent)) func aParagraphFacesTheTwoItCarries() throws {
        guard let viva = Self.seed("001_db7f0e8481ad42c1.txt"), let kompas = Self.seed("002_a4365d142b35687e.txt") else { return }
        let alignment = PairAlignment(viva, kompas)
        for (left, rights) in [("Rusia Menyebut pasukan Korea Utara tangguh", ["tangguh, tidak menuntut, dan termotivasi", "Kremlin tidak boleh malu"]),
                               ("Dia menambahkan bahwa jika Korea Utara", ["Dia menuturkan, jika Korea Utara", "kedua negara memilki hak"])] {
            let r = try #require(row(alignment, left: viva, containing: left), "\(left)")
            let right = try #require(r.right.map { kompas.body.scalars(in: $0) }, "\(left) faces nothing")
            for phrase in rights { #expect(right.contains(phrase), "\(left) should face \(phrase)") }
        }
    }

    /// Liputan6 against Repelita: the paragraphs that give the same statement face each other.
    @Test(.enabled(if: SharedData.isPresent)) func liputan6AndRepelitaFaceTheirSharedStatements() throws {
        guard let l6 = Self.seed("000_002bfff8e5fec095.txt"), let repelita = Self.seed("003_dedce096c3d8b221.txt") else { return }
        let alignment = PairAlignment(l6, repelita)
        for (left, right) in [("100.000 sukarelawan Korea Utara siap", "Igor Korotchenko sempat menyebutkan"),
                              ("kekayaan pengalaman perang kontra-baterai", "perang kontra-baterai dan sistem roket"),
                              ("memerangi fasisme Ukraina, kita harus", "memerangi fasisme Ukraina, Rusia harus"),
                              ("terbesar keempat di dunia, dengan hampir 1,3 juta", "hampir 1,3 juta personel aktif")] {
            let r = try #require(row(alignment, left: l6, containing: left), "\(left)")
            let faced = try #require(r.right.map { repelita.body.scalars(in: $0) }, "\(left) faces nothing")
            #expect(faced.contains(right), "\(left) should face \(right)")
        }
    }

    @Test(.enabled(if: SharedData.isPresent)) func everyParagraphAppearsOnceInOrder() throws {
        guard let l6 = Self.seed("000_002bfff8e5fec095.txt"), let kompas = Self.seed("002_a4365d142b35687e.txt") else { return }
        let alignment = PairAlignment(l6, kompas)
        // A side may hold two consecutive paragraphs (the other outlet wrote them as one): read
        // into paragraphs, each side's ranges are every paragraph once, in order.
        func paragraphs(_ ranges: [Range<Int>], _ body: String) -> [Range<Int>] {
            let all = ParagraphRanges.of(body)
            return ranges.flatMap { r in all.filter { r.contains($0.lowerBound) } }
        }
        #expect(paragraphs(alignment.rows.compactMap(\.left), l6.body) == ParagraphRanges.of(l6.body))
        #expect(paragraphs(alignment.rows.compactMap(\.right), kompas.body) == ParagraphRanges.of(kompas.body))
        for r in alignment.rows {
            for (range, body) in [(r.left, l6.body), (r.right, kompas.body)] {
                guard let range else { continue }
                #expect((1...2).contains(ParagraphRanges.of(body).filter { range.contains($0.lowerBound) }.count))
            }
        }
        for r in alignment.rows {
            switch r.kind {
            case .leftOnly: #expect(r.left != nil && r.right == nil)
            case .rightOnly: #expect(r.left == nil && r.right != nil)
            case .same, .changed: #expect(r.left != nil && r.right != nil)
            }
        }
    }

    @Test func numbersThatDifferAreMarked() throws {
        func article(_ body: String) -> Article {
            Article(id: "x", path: "x", format: .text, body: body)
        }
        let a = article("Feri itu membawa 300 penumpang dari Pelabuhan Tanjung Lombar, kata Hendra Saputra.\n\nCuaca buruk sejak pagi.")
        let b = article("Cuaca cerah di Selat Kawi.\n\nFeri itu membawa 350 penumpang dari Pelabuhan Tanjung Lombar, kata Wulan Lestari.")
        let alignment = PairAlignment(a, b)
        #expect(alignment.rows.map(\.kind) == [.rightOnly, .changed, .leftOnly])
        let changed = alignment.rows[1]
        #expect(changed.leftDifferences.map { (a.body.scalars(in: $0.range), $0.kind) }.elementsEqual(
            [("300", .number), ("Hendra Saputra", .name)], by: ==), "one name, one difference")
        #expect(changed.rightDifferences.map { (b.body.scalars(in: $0.range), $0.kind) }.elementsEqual(
            [("350", .number), ("Wulan Lestari", .name)], by: ==))
    }

    @Test func aDomainAndAnArticleAreNoNames() throws {
        func article(_ body: String) -> Article { Article(id: "x", path: "x", format: .text, body: body) }
        let a = article("JAKARTA, KOMPAS.com - Korotchenko memuji pasukan itu, sebagaimana dilansir The Independent pada Senin.")
        let b = article("JAKARTA - Korotchenko memuji pasukan itu, sebagaimana dilansir New York Post pada Senin.")
        let row = try #require(PairAlignment(a, b).rows.first { $0.kind == .changed })
        let kinds = Dictionary(row.leftDifferences.map { (a.body.scalars(in: $0.range), $0.kind) }) { x, _ in x }
        #expect(kinds["KOMPAS"] == .word && kinds["The"] == .word, "\(kinds)")
        #expect(kinds["Independent"] == .name)
    }

    @Test func aDatelineAVerbWrittenCapitalisedAndAHyphenatedName() throws {
        func article(_ body: String) -> Article { Article(id: "x", path: "x", format: .text, body: body) }
        let a = article("WARTA Nasional – Rusia Menyebut pasukan itu tangguh, kata pemimpin Kim Jong-un kepada pers.\n\nIa menyebut hal itu kemarin.")
        let b = article("Rusia menilai pasukan itu tangguh, kata pemimpin mereka kepada pers.\n\nIa menyebut hal itu kemarin.")
        let row = try #require(PairAlignment(a, b).rows.first { $0.kind == .changed })
        let kinds = Dictionary(row.leftDifferences.map { (a.body.scalars(in: $0.range), $0.kind) }) { x, _ in x }
        #expect(kinds["Nasional"] == .word, "the dateline names the outlet")
        #expect(kinds["Menyebut"] == .word, "the article writes 'menyebut' in lowercase too")
        #expect(kinds["Kim Jong-un"] == .name, "the whole name, its hyphen too: \(kinds)")
    }

    @Test func identicalParagraphsAreTheSame() {
        let text = "Kapal itu tenggelam di Selat Kawi pada Senin pagi setelah mesinnya mati."
        let a = Article(id: "a", path: "a", format: .text, body: text)
        let alignment = PairAlignment(a, a)
        #expect(alignment.rows.map(\.kind) == [.same])
    }

    @Test func veryLongArticlesAreAlignedFromSharedWords() {
        // 700 paragraphs a side: past the all-pairs limit, so pairs come from an index of words.
        func paragraph(_ k: Int) -> String {
            "Laporan \(k): petugas kota\(k) memeriksa gudang\(k) dan pasar\(k) setelah banjir\(k) surut di kampung\(k) pada pagi hari."
        }
        let left = (0..<700).map(paragraph)
        var right = left
        right.remove(at: 10)                    // a paragraph only the left has
        right.insert("Tambahan: warga meminta bantuan perahu karet segera dikirim ke hulu sungai.", at: 300)
        right[500] = right[500].replacingOccurrences(of: "pagi", with: "sore")
        let a = Article(id: "a", path: "a", format: .text, body: left.joined(separator: "\n\n"))
        let b = Article(id: "b", path: "b", format: .text, body: right.joined(separator: "\n\n"))
        #expect(700 * 700 > PairAlignment.densePairs)
        let alignment = PairAlignment(a, b)
        #expect(alignment.pairedRows == 699)
        #expect(alignment.rows.filter { $0.kind == .leftOnly }.count == 1)
        #expect(alignment.rows.filter { $0.kind == .rightOnly }.count == 1)
        let changed = alignment.rows.filter { $0.kind == .changed }
        #expect(changed.count == 1 && changed.first.map { b.body.scalars(in: $0.rightDifferences[0].range) } == "sore")
    }

    @Test func wordSpansKeepNumbersWholeAndSplitOnCurlyQuotes() {
        let words = WordSpans.of("“Ada 100.000 (8/8/2022) orang,” kata Korotchenko—1,3 juta.")
        let text = "“Ada 100.000 (8/8/2022) orang,” kata Korotchenko—1,3 juta."
        #expect(words.map { text.scalars(in: $0.range) } == ["Ada", "100.000", "8/8/2022", "orang", "kata", "Korotchenko", "1,3", "juta"])
        #expect(words.map(\.isNumber) == [false, true, true, false, false, false, true, false])
    }
}
