import Testing
@testable import KabarCore

/// Continuation claims, passive cues and back references (the claims-recall issue), on text written
/// for kabar. Each case found nothing before `Continuation.swift` / `PassiveAttribution.swift`.
@Suite("Claims: continuation and passive cues")
struct ClaimContinuationTests {
    func claims(_ text: String) -> [Claim] { ClaimExtractor().extract(from: text) }

    let briefing = "Juru bicara Kementerian Perhubungan Adita Irawati mengatakan, tarif angkutan laut akan ditinjau pekan depan. "
        + "Selain itu, pemerintah akan menambah kapal di lintasan yang padat. Padahal, anggaran tahun ini sangat terbatas.\n\n"
        + "Kapal itu berangkat dari Pelabuhan Merak pada Senin pagi.\n\n"
        + "Menurut Adita, subsidi tetap diberikan."

    @Test func sentencesGoingOnWithAnAccountAreItsClaims() throws {
        let found = claims(briefing)
        let continued = found.filter(\.continues)
        #expect(continued.count == 2)
        #expect(continued.allSatisfy { $0.speaker == "Adita Irawati" && $0.kind == .indirect && $0.cue == nil })
        #expect(continued.first?.content.hasPrefix("pemerintah akan menambah kapal") == true)
        // Narration with a day in it ends the account; a new cue is a claim of its own.
        #expect(!found.contains { $0.content.contains("Pelabuhan Merak") })
        #expect(found.last?.continues == false && found.last?.speaker == "Adita Irawati")
    }

    @Test func theNextParagraphContinuesOnlyAfterAConnective() throws {
        let text = "Ketua KPU Hasyim Asyari mengatakan, pemungutan suara ulang akan digelar di tiga kecamatan.\n\n"
            + "Pasalnya, surat suara di tempat itu tidak bisa dipertanggungjawabkan.\n\n"
            + "Ribuan warga tidak datang ke tempat pemungutan suara."
        let found = claims(text)
        #expect(found.filter(\.continues).map(\.content) == ["surat suara di tempat itu tidak bisa dipertanggungjawabkan"])
    }

    @Test func sentencesBetweenTwoClaimsOfOneSpeakerAreTheirs() throws {
        let text = "Kepala Pusat Penerangan TNI Mayjen Budi Santoso membantah salah tangkap. "
            + "Keterlibatan pria itu dibuktikan dengan foto yang beredar di media sosial.\n\n"
            + "\"Buktinya sangat jelas, dia membawa senjata laras panjang,\" kata Budi.\n\n"
            + "Pria itu diringkus saat operasi di kampung tersebut. Kala itu prajurit menemukan sebuah catatan di rumahnya.\n\n"
            + "Saat diinterogasi, kata Budi, pria itu bersedia menunjukkan gudang senjata."
        let continued = claims(text).filter(\.continues)
        #expect(continued.map(\.content) == ["Keterlibatan pria itu dibuktikan dengan foto yang beredar di media sosial",
                                            "Pria itu diringkus saat operasi di kampung tersebut",
                                            "Kala itu prajurit menemukan sebuah catatan di rumahnya"])
        #expect(continued.allSatisfy { $0.speaker == "Budi Santoso" && $0.kind == .indirect })
    }

    @Test func narrationBeforeTheSpeakerIsNamedAgainIsTheReporters() throws {
        // The reporter turns back to the speaker by name ("Hendra menyampaikan …"): what came between was narration.
        let text = "\"Enam orang sudah kami periksa,\" kata Kabid Humas Polda Jawa Barat Hendra Rochmawan. "
            + "Longsor terjadi di lokasi galian di Gunung Kuda, Kabupaten Cirebon. Insiden tersebut terjadi sekitar pukul 10.00 WIB. "
            + "Hendra menyampaikan jumlah korban bertambah menjadi 14 orang.\n\n"
            + "\"Jenazah sudah diserahkan,\" kata Budi, warga setempat. Tim kemudian kembali ke posko di kaki gunung itu. "
            + "\"Kami lanjutkan besok,\" kata Hendra."
        let found = claims(text)
        #expect(found.filter(\.continues).isEmpty)
        #expect(!found.contains { $0.content.contains("Gunung Kuda") || $0.content.contains("posko") })
    }

    @Test func whatASourceAnnouncedIsItsAccount() throws {
        let text = "Status Gunung Lokon masih Waspada. Badan Geologi mengeluarkan sejumlah rekomendasi kepada masyarakat.\n\n"
            + "Masyarakat dan pendaki dilarang memasuki radius tiga kilometer dari kawah. Warga di sekitar sungai diminta waspada terhadap banjir lahar.\n\n"
            + "Hingga berita ini diturunkan, belum ada laporan kerusakan rumah warga di kaki gunung."
        let found = claims(text)
        #expect(found.map(\.content) == ["Masyarakat dan pendaki dilarang memasuki radius tiga kilometer dari kawah",
                                        "Warga di sekitar sungai diminta waspada terhadap banjir lahar"])
        #expect(found.allSatisfy { $0.speaker == "Badan Geologi" && $0.continues })
        // An announcement of something else is no account.
        #expect(claims("Badan Geologi mengeluarkan anggaran baru untuk pos pengamatan.\n\nWarga di sekitar sungai diminta waspada terhadap banjir lahar.").isEmpty)
    }

    @Test func aWitnessAccountGoesOnThroughItsTimesAndTerms() throws {
        let text = "Menurut keterangan Avika, saksi yang juga sepupu korban, mereka bertiga berangkat dari rumah sekitar pukul 07.00 WIB. "
            + "Tiba di desa itu sekitar pukul 08.00 WIB dan melanjutkan pendakian hingga puncak sekitar pukul 13.00 WIB. "
            + "Dalam perjalanan turun, mereka memilih jalur tanah yang dikenal warga sebagai \"jalur naga\"."
        let continued = claims(text).filter(\.continues)
        #expect(continued.map(\.content) == ["Tiba di desa itu sekitar pukul 08.00 WIB dan melanjutkan pendakian hingga puncak sekitar pukul 13.00 WIB",
                                            "Dalam perjalanan turun, mereka memilih jalur tanah yang dikenal warga sebagai \"jalur naga\""])
        #expect(continued.allSatisfy { $0.speaker == "Avika" })
        // "Ia …" as the subject is the reporter telling of the speaker.
        let told = "Menteri Keuangan Sri Mulyani Indrawati mengatakan, defisit akan dijaga di bawah tiga persen. Ia juga tidak hadir dalam rapat berikutnya di gedung parlemen."
        #expect(claims(told).filter(\.continues).isEmpty)
    }

    @Test func theSpeakerInTheThirdPersonIsTheReporter() throws {
        let text = "Menteri Keuangan Sri Mulyani Indrawati mengatakan, defisit akan dijaga di bawah tiga persen. Sri Mulyani juga tidak hadir dalam rapat berikutnya."
        #expect(claims(text).filter(\.continues).isEmpty)
    }

    @Test func aPassiveCueNamesItsSource() throws {
        let c = try #require(claims("Selain itu, terdakwa juga disebut oleh saksi melakukan penyuapan kepada petugas keamanan.").first)
        #expect(c.speaker == "saksi" && c.kind == .indirect && c.cue == "disebut")
        let d = try #require(claims("Seperti disampaikan Kapolda Jawa Barat, pelaku sudah ditangkap di Bekasi.").first)
        #expect(d.speaker == "Kapolda Jawa Barat" && d.content == "pelaku sudah ditangkap di Bekasi")
        #expect(claims("Tradisi tahunan di desa itu disebut Rebo Wekasan.").isEmpty)
    }

    @Test func halItuGivesTheSentencesBeforeItTheirSource() throws {
        let text = "Pemerintah dianggap belum memperhatikan pendidikan madrasah. Perhatian pemerintah sangat minim. "
            + "Hal itu dikatakan oleh Wakil Ketua Komisi VIII DPR dari Fraksi PKS, Ledia Hanifa."
        let found = claims(text)
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.speaker == "Ledia Hanifa" && $0.kind == .indirect })
    }

    @Test func continuesIsInTheJSONAndTheCache() throws {
        let found = claims(briefing)
        let c = try #require(found.first { $0.continues })
        let json = ClaimJSON.claim(c)
        guard case .object(let fields) = json else { Issue.record("not an object"); return }
        let keys = fields.map { $0.0 }
        #expect(keys.firstIndex(of: "continues") == keys.firstIndex(of: "voxPop")! + 1)
        let article = Article(id: "a", path: "a.txt", format: .text, body: briefing, claims: claims(briefing))
        let back = try ArticleArchive.encode(article).withUnsafeBytes { try ArticleArchive.decode($0) }
        #expect(back.claims.map(\.continues) == article.claims.map(\.continues))
    }
}

@Suite("Claims: documents and clause-only verbs")
struct ClaimDocumentTests {
    func claims(_ text: String) -> [Claim] { ClaimExtractor().extract(from: text) }

    @Test func aDocumentIsTheSourceOfItsWords() throws {
        let c = try #require(claims("“Menyatakan terdakwa terbukti bersalah melakukan tindak pidana korupsi,” demikian bunyi putusan Pengadilan Negeri Jakarta Pusat.").first)
        #expect(c.kind == .direct && c.speaker?.hasPrefix("putusan Pengadilan Negeri Jakarta Pusat") == true)
        let d = try #require(claims("Dalam surat edaran itu disebutkan bahwa sekolah wajib menggelar pembelajaran jarak jauh.").first)
        #expect(d.speaker == "surat edaran itu" && d.content == "sekolah wajib menggelar pembelajaran jarak jauh")
    }

    @Test func requestsNeedTheirClause() throws {
        let c = try #require(claims("Serikat pekerja meminta agar upah minimum dinaikkan tahun depan.").first)
        #expect(c.speaker == "Serikat pekerja" && c.content.hasPrefix("agar upah minimum"))
        #expect(claims("Wali kota itu meminta maaf kepada warga atas keterlambatan bantuan.").isEmpty)
        #expect(claims("Atlet muda itu mencatat rekor baru di nomor lari 100 meter.").isEmpty)
        let d = try #require(claims("Ia juga mencatat, harga beras naik 12 persen dalam sebulan terakhir.").first)
        #expect(d.content == "harga beras naik 12 persen dalam sebulan terakhir")
    }

    @Test func aSourceNamedInTheOpening() throws {
        let c = try #require(claims("Dalam catatan Pos Pengamat Gunung Marapi, erupsi terjadi dua kali sejak awal Juni.").first)
        #expect(c.speakerMention == "Pos Pengamat Gunung Marapi" && c.content == "erupsi terjadi dua kali sejak awal Juni")
        let text = "Kepala Basarnas Kusworo mengatakan pencarian dilanjutkan besok pagi. Dalam keterangan tertulisnya, tim gabungan sudah menyisir pantai selatan."
        let d = try #require(claims(text).last)
        #expect(d.speaker == "Kusworo" && d.content.hasPrefix("tim gabungan sudah menyisir"))
    }

    @Test func relativeClausesAndNounPhrasesAttribute() throws {
        let c = try #require(claims("Ketua DPRD, yang menilai perlunya kajian ulang, meminta proyek itu ditunda.").first)
        #expect(c.speaker == "Ketua DPRD" && c.content == "perlunya kajian ulang")
        let d = try #require(claims("Usulan itu sejalan dengan masukan Menteri Keuangan yang meminta agar anggaran dipangkas.").first)
        #expect(d.speaker == "Menteri Keuangan" && d.content == "agar anggaran dipangkas")
        #expect(claims("Korea Utara menjadi negara ketiga setelah Rusia dan Suriah yang mengakui dua entitas itu.").isEmpty)
    }

    @Test func aMemberOfThePublicWithAnAge() throws {
        let c = try #require(claims("Warga setempat, Siti (45), mengatakan banjir datang sangat cepat pada malam hari.").first)
        #expect(c.speaker == "Siti" && c.role == "Warga setempat" && c.voxPop)
    }
}

@Suite("Claims: quotations that close a sentence")
struct ClaimQuoteBoundaryTests {
    /// Tempo's Air India report mixes straight marks with "&rdquo;" (the sanitizer decodes it): Modi's
    /// partial quote ran on into the minister's statement. Each statement now keeps its own speaker.
    @Test func mixedMarksAndCharacterReferences() throws {
        let text = "Perdana Menteri India Narendra Modi mengatakan tragedi itu \"mengejutkan dan membuat kami sedih,\" dalam sebuah posting di X. "
            + "\"Ini sangat memilukan. Pikiran saya tertuju pada semua orang yang terkena dampaknya.&rdquo; Secara terpisah, Menteri Penerbangan Sipil "
            + "India Ram Mohan Naidu mengatakan dia \"terkejut dan hancur.\" \"Saya secara pribadi memantau situasi,\" ujar dia."
        let record = "{\"id\": \"a\", \"title\": \"Pesawat Air India Jatuh\", \"text\": \"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\"}\n"
        let dir = TemporaryFolder()
        let article = try #require(Ingestor(parallel: false, extractsClaims: true).ingest(paths: [dir.write("a.jsonl", record)]).articles.first)
        #expect(!article.body.contains("&rdquo;"))
        let modi = article.claims.filter { $0.speaker == "Narendra Modi" }
        #expect(!modi.contains { $0.content.contains("Naidu") || $0.content.contains("terkejut") })
        #expect(modi.contains { $0.content.hasPrefix("Ini sangat memilukan") })
        let naidu = article.claims.filter { $0.speaker == "Ram Mohan Naidu" }
        #expect(naidu.contains { $0.content.hasPrefix("Saya secara pribadi") })
    }
}
