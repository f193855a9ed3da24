import Foundation
import Testing
@testable import KabarCore

/// Entity search on the seeds, checked against what reading them shows: every seed names North
/// Korea (as "Korea Utara" or "Korut"); only Medcom names Zelensky (also "Zelenskiy"); Liputan6,
/// VIVA, Repelita and Medcom name Kyiv (VIVA as "Kiev"); Liputan6, VIVA, Kompas and Repelita
/// quote Igor Korotchenko.
@Suite("Entities and search")
struct EntitySearchTests {
    static func seedIndex() -> CorpusIndex? {
        let found = SharedData.path("seeds")
        if found == nil { return nil }
        let seeds = found!
        let index = CorpusIndex(location: .memory, inputs: [seeds])
        _ = index.refresh(paths: [seeds])
        return index
    }

    func outlets(_ r: SearchResult) -> Set<String> { Set(r.articles.compactMap(\.outlet)) }

    @Test(.enabled(if: SharedData.isPresent)) func searchesResolveSpellingsAndSurnames() throws {
        guard let index = Self.seedIndex() else { return }
        let korut = try index.search("Korut")
        #expect(korut.entity?.name == "Korea Utara" && korut.entity?.kind == .place)
        #expect(outlets(korut) == ["Liputan6", "VIVA", "Kompas", "Repelita", "Medcom"])
        let spellings = Set(korut.entity?.spellings ?? [])
        #expect(spellings.isSuperset(of: ["Korut", "Korea Utara"]))

        let zelenskiy = try index.search("Zelenskiy")
        #expect(zelenskiy.entity?.name == "Volodymyr Zelensky")
        #expect(outlets(zelenskiy) == ["Medcom"])

        let kiev = try index.search("Kiev")
        #expect(outlets(kiev) == ["Liputan6", "VIVA", "Repelita", "Medcom"])
        #expect(kiev.mentions.contains { $0.surface == "Kiev" } && kiev.mentions.contains { $0.surface == "Kyiv" })

        let korotchenko = try index.search("Korotchenko")
        #expect(korotchenko.entity?.name == "Igor Korotchenko" && korotchenko.entity?.kind == .person)
        #expect(outlets(korotchenko) == ["Liputan6", "VIVA", "Kompas", "Repelita"])
        let quoting = Set(korotchenko.claimsBy.compactMap { korotchenko.articles[$0.article].outlet })
        #expect(quoting == ["Liputan6", "VIVA", "Kompas", "Repelita"], "his claims, in each article that quotes him")
        #expect(korotchenko.claimsBy.contains { $0.content.contains("100.000 sukarelawan") })
        #expect(korotchenko.mentions.allSatisfy { $0.context.contains($0.surface) })
    }

    @Test(.enabled(if: SharedData.isPresent)) func claimsAboutAnEntityAreNotItsOwn() throws {
        guard let index = Self.seedIndex() else { return }
        let r = try index.search("Kim Jong Un")
        #expect(r.entity?.name == "Kim Jong-un")
        #expect(r.claimsAbout.allSatisfy { $0.speaker != "Kim Jong-un" })
    }

    @Test(.enabled(if: SharedData.isPresent)) func entitiesRankTheStorysSubjectsFirst() throws {
        guard let index = Self.seedIndex() else { return }
        let top = try index.entities(limit: 10)
        func rank(_ name: String) -> EntitySummary? { top.first { $0.name == name } }
        #expect(rank("Korea Utara")?.kind == .place && rank("Korea Utara")?.articles == 5)
        #expect(rank("Rusia")?.kind == .place)
        #expect(rank("Ukraina")?.kind == .place)
        #expect(rank("Igor Korotchenko")?.kind == .person && rank("Igor Korotchenko")?.articles == 4)
        #expect(top.first?.name == "Korea Utara")
        let people = try index.entities(kind: .person, limit: 5)
        #expect(people.allSatisfy { $0.kind == .person } && people.first?.name == "Igor Korotchenko")
    }

    @Test func sentenceOpenersMonthsAndDaysAreNotEntities() {
        let body = "Namun kapal itu tenggelam. Selain itu, Dia menolak. Ini terjadi pada Senin, 12 Maret 2026. Dalam rapat, Kepala Basarnas Rudianto Wibisono berbicara di Mataram."
        let mentions = EntityExtractor().mentions(in: Article(id: "x", path: "x", format: .text, body: body))
        let names = Set(mentions.map(\.name))
        #expect(names.isDisjoint(with: ["Namun", "Selain", "Dia", "Ini", "Dalam", "Senin", "Maret"]), "\(names)")
        #expect(mentions.contains { $0.name == "Rudianto Wibisono" && $0.kind == .person })
        #expect(mentions.contains { $0.name == "Basarnas" && $0.kind == .organisation })
        #expect(mentions.contains { $0.name == "Mataram" && $0.kind == .place }, "a lone word after “di” is a place")
    }

    @Test func aSeaAfterARoleIsPartOfTheRole() {
        let body = "Menteri Perhubungan Laut Bambang Aryaseta meninjau lokasi. Kapal itu tenggelam di Laut Jawa."
        let mentions = EntityExtractor().mentions(in: Article(id: "x", path: "x", format: .text, body: body))
        #expect(mentions.contains { $0.name == "Bambang Aryaseta" && $0.kind == .person }, "\(mentions.map(\.name))")
        #expect(!mentions.contains { $0.name.hasPrefix("Laut Bambang") })
        #expect(mentions.contains { $0.name == "Laut Jawa" && $0.kind == .place }, "a sea named on its own stays a place")
    }

    @Test func spellingsShareAKey() {
        #expect(EntityName.key("Zelenskiy") == EntityName.key("Zelensky"))
        #expect(EntityName.key("Zelenskyy") == EntityName.key("Zelensky"))
        #expect(EntityName.key("Kim Jong-un") == EntityName.key("Kim Jong Un"))
        #expect(EntityName.key("Sinéad") == "sinead")
        let lexicon = EntityLexicon()
        for (a, b) in [("Korut", "Korea Utara"), ("Kiev", "Kyiv"), ("Moskow", "Moscow"), ("Donbass", "Donbas"), ("AS", "Amerika Serikat"), ("UN", "PBB")] {
            #expect(lexicon.entry(for: a)?.canonical == lexicon.entry(for: b)?.canonical, "\(a) = \(b)")
        }
    }

    @Test(.enabled(if: SharedData.isPresent)) func userAliasesMergeOverTheBuiltIns() throws {
        let seeds = try #require(SharedData.path("seeds"))
        let text = "# my spellings\n[person]\nIgor Korotchenko = Korotschenko, I. Korotchenko\n[place]\nKorea Utara = Korea Loro\n"
        let entries = try AliasFile.parse(text, path: "aliases.txt").get()
        var lexicon = EntityLexicon()
        for e in entries { lexicon.add(e) }
        #expect(lexicon.entry(for: "Korut")?.canonical == "Korea Utara", "built-in spellings stay")
        #expect(lexicon.entry(for: "Korea Loro")?.canonical == "Korea Utara")
        let index = CorpusIndex(location: .memory, inputs: [seeds], lexicon: lexicon, aliasText: text)
        _ = index.refresh(paths: [seeds])
        let aliased = try index.search("Korotschenko")
        #expect(aliased.articles.count == 4)

        switch AliasFile.parse("[person]\nIgor Korotchenko\n", path: "a.txt") {
        case .success: Issue.record("a line without “=” is an error")
        case .failure(let p): #expect(p.description == "a.txt:2: expected “Canonical Name = alias, alias”")
        }
        if case .success = AliasFile.parse("[people]\n", path: "a.txt") { Issue.record("unknown section accepted") }
    }

    @Test(.enabled(if: SharedData.isPresent)) func badQueriesGetClearMessages() throws {
        guard let index = Self.seedIndex() else { return }
        #expect(throws: CorpusIndex.QueryProblem.empty) { try index.search("   ") }
        #expect(throws: CorpusIndex.QueryProblem.noLetters) { try index.search("?!…—") }
        #expect(throws: CorpusIndex.QueryProblem.tooLong(10_000)) { try index.search(String(repeating: "a", count: 10_000)) }
        // Words that name nobody fall back to the text.
        let text = try index.search("lampu hijau")
        let found = Set(text.articles.compactMap(\.outlet))
        #expect(text.entity == nil && found == ["VIVA", "Kompas", "Repelita"])
        let syntax = try index.search("\"quoted\" AND OR NEAR(")
        #expect(syntax.articles.isEmpty, "FTS syntax in a query is searched as words")
    }

    @Test(.enabled(if: SharedData.isPresent)) func theCacheIsReusedRebuiltAndNeverFatal() throws {
        let seeds = try #require(SharedData.path("seeds"))
        let folder = TemporaryFolder()
        // A copy of the seeds, so one file can change.
        let corpus = try folder.copyFiles(of: seeds, into: "corpus")
        let cache = CacheLocation.folder(folder.path + "/cache")

        let first = CorpusIndex(location: cache, inputs: [corpus]).refresh(paths: [corpus])
        #expect(first.analysedFiles == 5 && first.articles == 5 && first.notices.isEmpty)
        let second = CorpusIndex(location: cache, inputs: [corpus]).refresh(paths: [corpus])
        #expect(second.analysedFiles == 0 && second.reusedFiles == 5, "reopening re-analyses nothing")

        // Medcom's file now holds another article: no North Korea in it any more.
        let file = try FileManager.default.contentsOfDirectory(atPath: corpus).sorted()[4]
        try Data("""
        Wulan Lestari Terpilih Memimpin Koperasi Nelayan

        Mataram – Nelayan Selat Lombar memilih Wulan Lestari sebagai ketua koperasi mereka pada Senin pagi. "Kami ingin harga ikan yang adil bagi semua anggota," kata Wulan Lestari kepada wartawan di Mataram setelah pemungutan suara selesai.

        """.utf8).write(to: URL(fileURLWithPath: corpus + "/" + file))
        let third = CorpusIndex(location: cache, inputs: [corpus])
        let refreshed = third.refresh(paths: [corpus])
        #expect(refreshed.analysedFiles == 1 && refreshed.reusedFiles == 4, "only the changed file")
        let korut = try third.search("Korut"), wulan = try third.search("Wulan Lestari")
        #expect(korut.articles.count == 4 && wulan.claimsBy.count == 1)

        // A damaged cache file is rebuilt with a notice.
        let db = try #require(cache.databasePath(for: [corpus]))
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: db))
        let damaged = CorpusIndex(location: cache, inputs: [corpus])
        let rebuilt = damaged.refresh(paths: [corpus])
        #expect(rebuilt.notices.contains { $0.contains("damaged") && $0.contains(db) }, "\(rebuilt.notices)")
        let afterRebuild = try damaged.search("Korut")
        #expect(rebuilt.analysedFiles == 5 && afterRebuild.articles.count == 4)

        // A cache folder that cannot be made falls back to memory with a notice.
        let blocked = folder.write("not-a-folder", "x")
        let fallback = CorpusIndex(location: .folder(blocked + "/cache"), inputs: [corpus])
        let report = fallback.refresh(paths: [corpus])
        #expect(report.notices.contains { $0.contains("cannot use the cache folder") && $0.contains("in memory") }, "\(report.notices)")
        let inMemory = try fallback.search("Korut")
        #expect(inMemory.articles.count == 4)
    }

    /// Precision of the top 50 entities on corpus/real against verdicts made by reading the articles.
    @Test(.enabled(if: SharedData.isPresent)) func topEntitiesOnRealArticlesAreRight() throws {
        let real = try #require(SharedData.path("corpus/real/articles.jsonl"))
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/real-entities.tsv")
        var verdicts: [String: Bool] = [:]
        for line in try String(contentsOf: fixture, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("name\t") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            verdicts[f[0] + "\t" + f[1]] = f[2] == "ok"
        }
        let index = CorpusIndex(location: .memory, inputs: [real])
        _ = index.refresh(paths: [real])
        let top = try index.entities(limit: 50)
        #expect(top.count == 50)
        var right = 0
        for e in top {
            guard let ok = verdicts[e.name + "\t" + e.kind.rawValue] else { Issue.record("no verdict for \(e.name) [\(e.kind.rawValue)]: read it and add one"); continue }
            if ok { right += 1 }
        }
        let precision = Double(right) / Double(top.count)
        print("top-50 entity precision on corpus/real: \(right)/\(top.count) = \(precision)")
        #expect(precision >= 0.9)
    }
}
