import Foundation
import Testing
@testable import KabarCore

/// The ledger keeps the user's verdicts in its own file; a verdict is keyed by the claim's words.
@Suite("The ledger of verdicts")
struct LedgerTests {
    func verdict(_ claim: String, _ label: String) -> Verdict {
        Verdict(article: "https://example.org/a", bodyHash: Verdict.bodyHash("body"), claim: claim, speaker: "Wulan Lestari",
                label: label, note: "dicek ke syahbandar", evidence: ["https://example.org/bukti"], updated: Ledger.now())
    }

    @Test func aVerdictSetIsThereWhenTheFileIsOpenedAgain() throws {
        let dir = TemporaryFolder()
        let path = dir.path + "/data/kabar/ledger.sqlite"
        try Ledger(path: path).set(verdict("Kapal itu membawa 300 penumpang", "Keliru"))
        try Ledger(path: path).set(verdict("Cuaca buruk sejak pagi", "Benar"))
        // Setting again replaces: one verdict per claim.
        try Ledger(path: path).set(verdict("Kapal itu membawa 300 penumpang", "Menyesatkan"))
        let all = try Ledger(path: path).all()
        #expect(all.map(\.label).sorted() == ["Benar", "Menyesatkan"])
        let first = try #require(all.first { $0.claim.hasPrefix("Kapal") })
        #expect(first.evidence == ["https://example.org/bukti"] && first.note == "dicek ke syahbandar" && first.speaker == "Wulan Lestari")
    }

    /// Two readers open on one ledger, each with its own copy of the verdict: one changes the
    /// label, the other adds a note and a link; neither undoes the other.
    @Test func twoProcessesChangingOneVerdictKeepEachOthersWork() throws {
        let dir = TemporaryFolder()
        let path = dir.path + "/data/kabar/ledger.sqlite"
        let first = try Ledger(path: path), second = try Ledger(path: path)
        var base = verdict("Kapal itu membawa 300 penumpang", "Keliru")
        base.note = nil; base.evidence = []
        try first.set(base)
        var noted = base
        noted.note = "manifes 212 orang"; noted.evidence = ["https://example.org/manifes"]
        try second.set(noted, changing: [.note, .evidence])
        var relabelled = base   // the first reader's copy has no note and no link
        relabelled.label = "Menyesatkan"
        try first.set(relabelled, changing: .label)
        var linked = base
        linked.evidence = ["https://example.org/foto"]
        try first.set(linked, changing: .evidence)
        let v = try #require(try Ledger(path: path).all().first)
        #expect(v.label == "Menyesatkan" && v.note == "manifes 212 orang", "\(v)")
        #expect(v.evidence == ["https://example.org/manifes", "https://example.org/foto"], "links are only ever added")
    }

    @Test func aVerdictFollowsTheClaimsWordsNotItsPlace() throws {
        let a = Article(id: "a", path: "a", format: .text, url: "https://example.org/a", body: "x")
        let claim = Claim(kind: .indirect, content: "Kapal itu membawa 300 penumpang", range: 40..<70)
        var moved = claim
        moved.range = 90..<120
        let v = verdict("Kapal itu membawa 300 penumpang", "Keliru")
        #expect(v.isAbout(claim, in: a) && v.isAbout(moved, in: a))
        moved.content = "Kapal itu membawa 350 penumpang"
        #expect(!v.isAbout(moved, in: a))
    }

    @Test func aClaimReviewCarriesWhatFactCheckToolsRead() throws {
        let long = "Kapal feri yang tenggelam di Selat Lombar pada Kamis malam membawa sedikitnya tiga ratus penumpang dan dua puluh awak kapal"
        let article = Article(id: "a", path: "a", format: .text, url: "https://wartaselat.example/feri", outlet: "Warta Selat",
                              title: "Feri Tenggelam di Selat Lombar", body: long + ", kata petugas.")
        let person = Verdict(on: Claim(kind: .indirect, speaker: "Hendra Saputra", content: long, range: 0..<long.unicodeScalars.count),
                             in: article, label: "Menyesatkan", updated: "2026-12-03T10:00:00Z")
        let body = Verdict(on: Claim(kind: .indirect, speaker: "Badan SAR Nasional", content: "Pencarian dihentikan pada Jumat sore", range: 0..<36),
                           in: article, label: "Benar", updated: "2026-12-03T11:00:00Z")
        let text = VerdictExport.claimReview([person, body], scale: .indonesian).pretty()
        let reviews = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(reviews.count == 2)
        let first = reviews[0]
        let reviewed = try #require(first["claimReviewed"] as? String)
        #expect(reviewed.count <= 75 && reviewed.hasSuffix("…") && long.hasPrefix(reviewed.dropLast()), "cut at a word: \(reviewed)")
        #expect(!reviewed.contains("Menyesatkan"), "no verdict inside the claim")
        let rating = try #require(first["reviewRating"] as? [String: Any])
        #expect(rating["@type"] as? String == "Rating" && rating["alternateName"] as? String == "Menyesatkan")
        #expect(rating["ratingValue"] as? Int == 3 && rating["bestRating"] as? Int == 6 && rating["worstRating"] as? Int == 1)
        let item = try #require(first["itemReviewed"] as? [String: Any])
        #expect((item["author"] as? [String: Any])?["@type"] as? String == "Person")
        #expect(((reviews[1]["itemReviewed"] as? [String: Any])?["author"] as? [String: Any])?["@type"] as? String == "Organization")
        let appearance = try #require((item["appearance"] as? [[String: Any]])?.first)
        #expect(appearance["headline"] as? String == "Feri Tenggelam di Selat Lombar" && appearance["url"] as? String == "https://wartaselat.example/feri")
        #expect((appearance["publisher"] as? [String: Any])?["name"] as? String == "Warta Selat")
    }

    @Test func aVerdictStillReadsOnAClaimCutDifferently() throws {
        let body = "Kapal itu membawa 300 penumpang dan 20 awak, kata petugas pelabuhan. Cuaca buruk sejak pagi."
        var a = Article(id: "a", path: "a", format: .text, url: "https://example.org/a", body: body)
        let wide = Claim(kind: .indirect, speaker: "petugas", content: "Kapal itu membawa 300 penumpang dan 20 awak", range: 0..<43)
        let v = verdict(wide.content, "Keliru")
        // A later kabar cuts the claim shorter ("… 300 penumpang"), or longer: the verdict stays on it.
        var narrow = wide
        narrow.content = "Kapal itu membawa 300 penumpang"
        #expect(!v.isAbout(narrow, in: a) && v.stillReads(on: narrow, in: a))
        a.claims = [narrow]
        #expect(VerdictPlace.of([v], in: [a]) == [.attached(article: 0, claim: 0)])
        // Different words, or a part too small to be the claim, leave it detached, never dropped.
        var other = wide
        other.content = "Cuaca buruk sejak pagi di pelabuhan itu"
        a.claims = [other]
        #expect(VerdictPlace.of([v], in: [a]) == [.detached(article: 0, offset: 0)])
        other.content = "Kapal itu membawa"
        #expect(!v.stillReads(on: other, in: a))
    }

    @Test func aFileThatIsNoLedgerIsNamedAndKept() throws {
        let dir = TemporaryFolder()
        let path = dir.write("ledger.sqlite", Array("this is not a database, it is the user's notes".utf8))
        #expect(throws: Ledger.Failure.self) { try Ledger(path: path) }
        #expect((try? String(contentsOfFile: path, encoding: .utf8)) == "this is not a database, it is the user's notes", "nothing the user saved is lost")
    }

    @Test func theScaleStepsThroughItsLabels() {
        let scale = VerdictScale.indonesian
        #expect(scale.label(after: nil).name == "Benar")
        #expect(scale.label(after: "Benar").name == "Sebagian benar")
        #expect(scale.label(after: "Hoaks").name == "Benar")
        #expect(scale.label(named: "keliru")?.rating == 2)
    }
}

/// A newsroom's own verdict labels, in the theme files' format family.
@Suite("Verdict labels from a file")
struct VerdictScaleFileTests {
    @Test func labelsInTheOrderWrittenWithTheirRatings() throws {
        let scale = try VerdictScaleFile.parse("""
            # our scale
            [labels]
            "Benar" = 3   # true
            "Menyesatkan" = 2
            Salah = 1
            """, file: "verdicts.toml")
        #expect(scale.labels.map(\.name) == ["Benar", "Menyesatkan", "Salah"])
        #expect(scale.label(named: "salah")?.rating == 1)
    }

    @Test func problemsNameTheFileAndLine() {
        func problem(_ text: String) -> String? {
            do { _ = try VerdictScaleFile.parse(text, file: "v.toml"); return nil } catch { return error.description }
        }
        #expect(problem("[labels]\n\"Benar\" = tinggi") == "v.toml:2: the rating of \"Benar\" must be a whole number from 0 to 100")
        #expect(problem("[warna]\n") == "v.toml:1: unknown section [warna] (only [labels] and [organisation])")
        #expect(problem("[labels]\n\"Benar\" = 2\n[organisation]\nurl = \"javascript:x\"") == "v.toml:4: url must be an http or https address")
        #expect(problem("[labels]\n\"Benar\" = 2\n[organisation]\nalamat = \"x\"") == "v.toml:4: unknown key alamat in [organisation] (name, url)")
        #expect(problem("[labels]\n\"Benar\" = 2\n\"benar\" = 1") == "v.toml:3: \"benar\" is there twice")
        #expect(problem("# nothing\n") == "v.toml:1: no labels under [labels]")
    }

    @Test func theOrganisationAuthorsTheReviewsAndGivesEachAnAddress() throws {
        let scale = try VerdictScaleFile.parse("""
            [labels]
            "Benar" = 2
            "Keliru" = 1
            [organisation]
            name = "Cek Fakta Lintas"
            url = "https://cekfakta.example"
            """, file: "verdicts.toml")
        #expect(scale.organisation == "Cek Fakta Lintas" && scale.organisationURL == "https://cekfakta.example")
        let article = Article(id: "a", path: "a", format: .text, outlet: "Warta Selat", title: "Feri tenggelam",
                              body: "Sekitar 300 penumpang berada di kapal, kata petugas.")
        let claim = Claim(kind: .indirect, speaker: "petugas", content: "Sekitar 300 penumpang berada di kapal", range: 0..<37)
        let verdict = Verdict(on: claim, in: article, label: "Keliru", updated: "2026-12-03T10:00:00Z")
        let review = VerdictExport.claimReview([verdict], scale: scale).pretty()
        #expect(review.contains("\"name\": \"Cek Fakta Lintas\""), "the organisation from the file is the author")
        #expect(review.contains("\"url\": \"https://cekfakta.example\""), "its site")
        let address = try #require(review.split(separator: "\n").first { $0.contains("\"url\": \"https://cekfakta.example/#claim-") })
        #expect(VerdictExport.claimReview([verdict], scale: scale).pretty().contains(address), "the same address on every export")
        // --author wins; with no file, kabar, and no address.
        #expect(VerdictExport.claimReview([verdict], scale: scale, author: "Redaksi").pretty().contains("\"name\": \"Redaksi\""))
        let plain = VerdictExport.claimReview([verdict], scale: .indonesian).pretty()
        #expect(plain.contains("\"name\": \"kabar\"") && !plain.contains("#claim-"))
    }

    @Test func aFileThatDoesNotReadFallsBackToTheDefaultAndSaysWhy() {
        let dir = TemporaryFolder()
        let path = dir.write("verdicts.toml", [0xFF, 0xFE, 0x00])
        let (scale, problem) = VerdictScaleFile.load(path: path)
        #expect(scale == .indonesian)
        #expect(problem?.description.hasPrefix(path) == true)
        #expect(VerdictScaleFile.load(path: dir.path + "/none.toml").0 == .indonesian)
    }
}

@Suite("The ledger's schema")
struct LedgerSchemaTests {
    @Test func anOlderLedgerIsBroughtUpToDateWithACopyKeptFirst() throws {
        let dir = TemporaryFolder()
        let path = dir.path + "/ledger.sqlite"
        do {
            // The first schema, as this morning's kabar wrote it.
            let old = try SQLiteDatabase(path: path)
            try old.execute("""
                CREATE TABLE verdicts (article TEXT NOT NULL, body_hash TEXT NOT NULL, claim TEXT NOT NULL, speaker TEXT,
                    label TEXT NOT NULL, note TEXT, evidence TEXT NOT NULL, updated TEXT NOT NULL, PRIMARY KEY (article, claim));
                INSERT INTO verdicts VALUES ('a', '00', 'Kapal itu membawa 300 penumpang', NULL, 'Keliru', 'catatan', '[]', '2026-12-02T06:00:00Z');
                """)
        }
        let ledger = try Ledger(path: path)
        #expect(FileManager.default.fileExists(atPath: path + ".v1.bak"), "a copy of the ledger as it was")
        let all = try ledger.all()
        #expect(all.count == 1 && all[0].label == "Keliru" && all[0].note == "catatan" && all[0].headline == nil)
        var v = all[0]
        v.headline = "Judul"
        try ledger.set(v)
        #expect(try Ledger(path: path).all().first?.headline == "Judul")
    }
}
