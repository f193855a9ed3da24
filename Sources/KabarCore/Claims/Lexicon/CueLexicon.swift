/// Words that mark attribution in Indonesian and English news (the cue words themselves are in
/// `IndonesianCues.swift` and `EnglishCues.swift`), as hash sets and per-word flags. Stored as hashes of their
/// lowercase forms (see `TokenizedText.hash`).
enum CueLexicon {
    /// Cue words that follow a quotation: "…," kata X. Their "-nya" forms point back at the speaker.
    static let postCueWords = IndonesianCues.postCueWords
    static let englishPostCues = EnglishCues.postCueWords
    static let postCues: WordSet = WordSet((postCueWords + englishPostCues).map(TokenizedText.hash))
    static let nyaCues: WordSet = WordSet(postCueWords.map { TokenizedText.hash($0 + "nya") } + ["katanya", "ujarnya"].map(TokenizedText.hash))

    /// Speech verbs with the speaker before them: X mengatakan (bahwa) …
    static let speechVerbWords = IndonesianCues.reportingVerbs + EnglishCues.reportingVerbs
    static let speechVerbs: WordSet = WordSet(speechVerbWords.map(TokenizedText.hash))

    static let hedgeWords = IndonesianCues.hedgeWords + EnglishCues.hedgeWords
    static let hedges: WordSet = WordSet(hedgeWords.map(TokenizedText.hash))

    /// Flags of words that can make a sentence a claim, looked up once per word.
    enum Flag {
        static let speechVerb: UInt8 = 1
        static let postCue: UInt8 = 2
        static let nyaCue: UInt8 = 4
        static let hedge: UInt8 = 8
        static let menurut: UInt8 = 16
        static let passive: UInt8 = 32
        /// Role, place, institution, calendar, determiner and connector words: never part of a name.
        static let notName: UInt8 = 64
        /// Words that introduce a medium: the via words, "kepada", "told" ("menurut" has its own flag).
        static let via: UInt8 = 128
    }
    static let claimWords = WordFlags(
        speechVerbWords.map { (TokenizedText.hash($0), Flag.speechVerb) }
        + (postCueWords + englishPostCues).map { (TokenizedText.hash($0), Flag.postCue) }
        + (postCueWords.map { $0 + "nya" } + ["katanya", "ujarnya"]).map { (TokenizedText.hash($0), Flag.nyaCue) }
        + hedgeWords.map { (TokenizedText.hash($0), Flag.hedge) }
        + ["menurut", "according"].map { (TokenizedText.hash($0), Flag.menurut) }
        + passiveCueWords.map { (TokenizedText.hash($0), Flag.passive) }
        + (roleWords.members + places.members + institutionWords.members + calendarWords.members + determiners.members
           + connectors.members + postCues.members + affiliationHeads.members + [menurut]).map { ($0, Flag.notName) }
        + (viaWords.members + [kepada, SourceChain.told]).map { ($0, Flag.via) })

    static let passiveCueWords = IndonesianCues.passiveCueWords

    static let menurut = TokenizedText.hash("menurut")
    static let accordingTo = TokenizedText.hash("according")
    static let bahwa = TokenizedText.hash("bahwa")
    static let that = TokenizedText.hash("that")
    static let kepada = TokenizedText.hash("kepada")
    static let mengutip = TokenizedText.hash("mengutip")

    /// Words that introduce the medium a claim came through: dilansir X, dikutip dari X, …
    static let viaWords: WordSet = WordSet(["dilansir", "dikutip", "mengutip", "diwartakan", "diberitakan", "ditulis", "melansir",
                                            "lapor", "dilaporkan", "diterbitkan", "disiarkan"].map(TokenizedText.hash))
    static let viaFillers: WordSet = WordSet(["dari", "laman", "situs", "media", "oleh", "sebagaimana", "seperti"].map(TokenizedText.hash))

    static let pronouns: WordSet = WordSet(["dia", "ia", "beliau", "dirinya", "he", "she"].map(TokenizedText.hash))
    static let groupPronouns: WordSet = WordSet(["mereka", "they"].map(TokenizedText.hash))
    static let determiners: WordSet = WordSet(["seorang", "para", "sang", "pihak", "sejumlah", "beberapa", "a", "an", "the"].map(TokenizedText.hash))

    /// Words that end a speaker phrase after a cue: "kata X di …", "kata X kepada …", "kata X saat …".
    static let phraseBreakers: WordSet = WordSet([
        "di", "dalam", "kepada", "saat", "ketika", "pada", "usai", "seusai", "setelah", "seperti", "sebagaimana",
        "dikutip", "dilansir", "menurut", "yang", "dan", "dari", "bulan", "pekan", "minggu", "hari", "kemarin", "tadi",
        "sambil", "sembari", "melalui", "lewat", "via", "in", "on", "at", "to", "during", "after", "when", "who", "according",
        "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "lalu", "belum", "sudah", "juga", "awal", "akhir", "tahun",
    ].map(TokenizedText.hash))

    /// Sentence openers that are not part of the subject ("Namun, X mengatakan").
    static let connectors: WordSet = WordSet(["namun", "tetapi", "tapi", "sementara", "itu", "selain", "lebih", "lanjut",
                                              "kemudian", "sebelumnya", "adapun", "bahkan", "pun", "but", "meanwhile",
                                              "however", "sedangkan", "dan", "also", "juga", "lalu", "sedang", "apalagi", "pertama",
                                              "kedua", "ketiga", "bagaimana", "akhirnya", "padahal", "sebab", "karena", "jadi",
                                              "maka", "kini", "tentu", "memang", "misalnya", "contohnya", "intinya", "artinya",
                                              "sayangnya", "untungnya", "nah", "oleh", "karenanya", "makanya", "selanjutnya",
                                              "sebaliknya"].map(TokenizedText.hash))

    /// Role words that may be capitalised but are not part of a name.
    static let roleWords: WordSet = WordSet(([
        "presiden", "wakil", "menteri", "kepala", "ketua", "direktur", "sekretaris", "jenderal", "juru", "bicara", "gubernur",
        "bupati", "wali", "kota", "pakar", "pengamat", "analis", "koresponden", "jurnalis", "wartawan", "pejabat", "sumber",
        "duta", "besar", "komandan", "panglima", "kapolri", "kapolda", "kapolres", "jaksa", "hakim", "pengacara", "kuasa",
        "hukum", "anggota", "staf", "khusus", "dosen", "peneliti", "guru", "ekonom", "aktivis", "pemimpin", "perdana", "prime",
        "raja", "ratu", "pendiri", "ceo", "kapten", "kolonel", "mayor", "letnan",
        "ajun", "komisaris", "vice", "managing", "sejarawan", "sineas", "kriminolog", "budayawan", "akademisi", "konsultan",
        "officer", "imam", "pegiat", "penggiat", "presidium", "dirjen", "plh", "pjs", "penyidik", "kandidat", "cmo",
        "marsekal", "laksamana", "syahbandar", "koordinator", "pelaksana", "plt", "pembina", "founder", "co-founder", "penasihat",
        "inisiator", "sekjen", "kabid", "kasubdit", "kadis", "kapuspen", "kabag", "dirut", "wakapolri", "kasat", "kanit", "utusan", "pemilik", "mantan", "eks", "warga", "penumpang", "saudara",
        "perempuan", "ibu", "ayah", "istri", "suami", "adik", "kakak", "dr", "prof", "ir", "h", "hj", "president",
        "minister", "secretary", "general", "chief", "head", "spokesperson", "spokesman", "governor", "mayor", "director",
        "deputy", "foreign", "transport", "defense", "defence", "senior", "official", "officials", "militer", "pertahanan",
        "luar", "negeri", "dalam", "umum", "eksekutif", "operasional", "intelijen", "dinas", "kantor", "kementerian",
        "badan", "komisi", "lembaga", "organisasi", "kepolisian", "tentara", "rakyat", "republik", "sar", "tim",
        "pengajar", "pemerhati", "praktisi", "konsul", "ahli", "rektor", "dekan", "ketum", "pengurus", "bendahara",
        "deputi", "asisten", "kasubbag", "kabiro", "camat", "lurah", "sekda", "kapolsek", "dandim", "danrem", "pangdam",
        "komisioner", "legislator", "senator", "politikus", "politisi", "epidemiolog", "sosiolog", "psikolog", "dokter",
        "manajer", "manager", "founder", "cofounder", "owner", "vp", "coo", "cto", "cfo", "chairman", "pembicara",
        "pelatih", "profesor", "professor", "wagub", "wabup", "wawali", "walikota", "dubes", "jubir", "kapolresta", "kajari",
        "kajati", "kasi", "kadiv", "presdir", "advokat", "pengusaha",
        // Heads of police, prosecution and armed-forces units by their abbreviations ("ujar Kabareskrim, Budi Waseso").
        "kabareskrim", "kabaharkam", "kabaintelkam", "kakorlantas", "kapuspenkum", "kasatreskrim", "kasatlantas",
        "jampidsus", "jampidum", "jamintel", "kasad", "ksad", "kasal", "ksal", "kasau", "ksau", "danjen", "pangkostrad",
        "purn", "purnawirawan", "danpaspampres", "wamen", "menpora", "menkumham", "menpan", "menparekraf", "menaker", "menperin", "mendag",
    ] + SpeakerPhrase.rankAbbreviations).map(TokenizedText.hash))

    /// Institution and region words that precede a name inside a role phrase
    /// ("Kepala Dinas Kesehatan DKI Jakarta Widyastuti", "Universitas Lampung Robi Cahyadi").
    static let institutionWords: WordSet = WordSet([
        "kabupaten", "kota", "provinsi", "desa", "dusun", "kecamatan", "kelurahan", "universitas", "institut", "sekolah",
        "fakultas", "masjid", "gereja", "asosiasi", "lembaga", "yayasan", "perusahaan", "bank", "pt", "tbk", "rumah", "sakit",
        "rsud", "puskesmas", "balai", "pusat", "direktorat", "dewan", "majelis", "kongres", "parlemen", "perjuangan", "partai", "gugus", "tugas", "satgas",
        "polda", "polres", "polsek", "kodam", "korem", "kodim", "pengadilan", "kejaksaan", "ekonomi", "bisnis", "kesehatan",
        "pendidikan", "teknologi", "riset", "keuangan", "pertanian", "perhubungan", "sosial", "politik", "daerah",
        "pemerintah", "pemprov", "pemkot", "pemkab", "bandara", "pelabuhan", "jalan", "raya", "persatuan", "ikatan",
        "himpunan", "serikat", "forum", "koalisi", "lingkungan", "hidup", "kehutanan", "kelautan", "perikanan",
        "perdagangan", "perindustrian", "energi", "daya", "mineral", "agama", "keamanan", "pengetahuan", "ilmu",
        "penelitian", "pengembangan", "statistik", "informasi", "komunikasi", "pariwisata", "kebudayaan", "olahraga",
        "pemuda", "perempuan", "anak", "tenaga", "kerja", "transportasi", "umkm", "koperasi", "industri", "nasional",
        "internasional", "indonesia", "pusat", "wilayah", "regional", "cabang", "kawasan", "bidang", "divisi", "unit",
        "reserse", "kriminal", "lalu", "lintas", "sektor", "resor", "operasi", "humas", "hubungan", "masyarakat",
        "sulut", "sulsel", "sulteng", "sultra", "kalsel", "kalbar", "kaltim", "kalteng", "kaltara", "jateng", "jatim",
        "jabar", "sumut", "sumbar", "sumsel", "ntb", "ntt", "diy", "yogyakarta", "banten", "aceh", "riau", "jambi",
        "bengkulu", "lampung", "maluku", "gorontalo", "surabaya", "bandung", "semarang", "medan", "makassar", "manado",
        "bekasi", "bogor", "depok", "tangerang", "malang", "solo", "palembang", "padang", "pontianak", "balikpapan",
        "jakarta", "covid-19", "covid", "corona", "kompas", "praktis", "lending", "laut", "udara", "darat", "maritim",
        "investasi", "kelautan", "pelayaran", "penerbangan", "komunitas", "jembatan", "tahun", "baru", "nomor",
        "undang-undang", "pasal", "program", "kartu", "gedung", "stasiun", "terminal", "pasar", "taman", "alun-alun",
        // Offices and units that stand between a title and a name ("Kepala Staf Kepresidenan Fadjroel Rachman",
        // "Manajer Humas PT KAI Daop 1 Jakarta Eva Chairunisa", "Panglima Komando Armada I …").
        "kepresidenan", "daop", "divre", "armada", "komando", "kemenhub", "kemenkes", "kemendagri", "kemenkeu", "kemensos",
        "kemenag", "kemenlu", "kemenkumham", "kemendikbud", "kemenparekraf", "kemenperin", "kemendag", "kementan",
        "tangsel", "kendari", "jaksel", "jaktim", "jakbar", "jakut", "jakpus", "banyuwangi", "surakarta", "bali",
        "kejagung", "kejati", "kejari", "kemenpora", "kemnaker", "kemenaker", "kemenpan", "kemenkop", "kemenpupr", "kemen",
    ].map(TokenizedText.hash))

    /// Words that start an organisation inside a role ("Direktur Samapta | Polda Metro Jaya").
    static let affiliationHeads: WordSet = WordSet(["polda", "polres", "polsek", "polri", "kepolisian", "kementerian", "bank",
        "pt", "ikatan", "persatuan", "universitas", "institut", "partai", "asosiasi", "lembaga", "yayasan", "pengadilan",
        "kejaksaan", "rsud", "pemerintah", "pemprov", "pemkot", "pemkab", "fakultas", "himpunan", "serikat", "perkumpulan",
        "komunitas", "koalisi", "kodam", "korem", "mabes", "kejati", "kejari", "kemenkes", "kemendagri", "kemenkeu",
        "dinas", "dinkes", "badan", "gugus", "satuan", "satgas", "komite", "komisi", "komnas", "institute", "center", "centre",
        "divisi", "majelis", "balai", "ombudsman", "kamar", "otoritas", "perhimpunan", "jaringan", "sekretariat", "organisasi",
        "komando", "basarnas", "forum", "kelompok", "kantor", "university", "rumah"].map(TokenizedText.hash))

    /// Indonesian role abbreviations and what they stand for ("Menkeu" = "Menteri Keuangan").
    static let roleAbbreviations: [UInt64: [UInt64]] = {
        let table: [String: String] = [
            "menkeu": "menteri keuangan", "menko": "menteri koordinator", "menlu": "menteri luar negeri",
            "mendagri": "menteri dalam negeri", "menkes": "menteri kesehatan", "mensos": "menteri sosial",
            "menhan": "menteri pertahanan", "mendikbud": "menteri pendidikan kebudayaan", "menag": "menteri agama",
            "menhub": "menteri perhubungan", "mentan": "menteri pertanian", "wapres": "wakil presiden",
            "kapolri": "kepala kepolisian", "kapolda": "kepala kepolisian daerah", "jubir": "juru bicara",
            "dirut": "direktur utama", "sekjen": "sekretaris jenderal", "gubernur": "gubernur", "presiden": "presiden",
        ]
        var result: [UInt64: [UInt64]] = [:]
        for (k, v) in table { result[TokenizedText.hash(k)] = v.split(separator: " ").map { TokenizedText.hash(String($0)) } }
        return result
    }()

    /// Calendar words are never names.
    static let calendarWords: WordSet = WordSet(["pagi", "siang", "sore", "petang", "malam", "dini", "kemarin", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "januari",
        "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "pukul", "wib", "wita", "wit"].map(TokenizedText.hash))

    /// Places and state names often found inside role phrases ("Presiden Rusia Vladimir Putin").
    static let places: WordSet = WordSet([
        "indonesia", "rusia", "russia", "ukraina", "ukraine", "korea", "utara", "selatan", "korut", "korsel", "as",
        "amerika", "serikat", "china", "tiongkok", "jepang", "japan", "inggris", "britain", "prancis", "perancis", "jerman",
        "iran", "israel", "palestina", "suriah", "turki", "india", "australia", "malaysia", "singapura", "filipina",
        "thailand", "vietnam", "jakarta", "moskwa", "moskow", "moscow", "kyiv", "kiev", "pyongyang", "seoul", "washington",
        "beijing", "nato", "pbb", "un", "eu", "uni", "eropa", "dpr", "mpr", "ri", "dki", "jawa", "barat", "timur", "tengah",
        "nusa", "tenggara", "mataram", "lombar", "seruni", "bali", "sumatera", "kalimantan", "sulawesi", "papua",
    ].map(TokenizedText.hash))

    /// Nouns that make a phrase a venue: dalam video YouTube-nya, dalam diskusi panel.
    static let venueNouns: WordSet = WordSet(["video", "siaran", "wawancara", "rapat", "konferensi", "diskusi", "posting",
                                              "unggahan", "akun", "saluran", "acara", "sidang", "pidato", "pernyataan",
                                              "keterangan", "program", "podcast", "channel", "interview", "statement",
                                              "acara", "debat", "forum", "kanal", "cuitan", "twitter", "instagram",
                                              "youtube", "telegram", "tayangan"].map(TokenizedText.hash))
}
