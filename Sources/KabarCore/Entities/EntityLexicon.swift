/// Names kabar knows before reading anything: countries, capitals and major cities, international
/// bodies, Indonesian institutions, news outlets and agencies, and a few people of world news,
/// each with its spellings (Korut = Korea Utara = North Korea; Kiev = Kyiv; PBB = UN).
/// A user alias file is merged over these (see `AliasFile`).
public struct EntityLexicon: Sendable {
    public struct Entry: Sendable, Hashable {
        public var canonical: String
        public var kind: EntityKind
        public var aliases: [String]
    }

    /// Canonical entry by the key of each spelling.
    public private(set) var entries: [String: Entry] = [:]
    /// Longest entry name in words, for longest-match lookups.
    public private(set) var longestWords = 1
    /// Every beginning of every key and of every spelling's folded form (before its ending is
    /// made one): a longest-match look-up stops adding words once what they make begins none.
    private var keyBeginnings: Set<String> = []

    public init(_ list: [Entry] = EntityLexicon.builtIn) {
        for e in list { add(e) }
    }

    /// Adds (or merges over) an entry: each of its spellings now resolves to its canonical name.
    public mutating func add(_ e: Entry) {
        var merged = e
        if let existing = entries[EntityName.key(e.canonical)], existing.canonical == e.canonical {
            merged.aliases = Array(Set(existing.aliases + e.aliases)).sorted()
        }
        for name in [merged.canonical] + merged.aliases {
            entries[EntityName.key(name)] = merged
            longestWords = max(longestWords, name.split(separator: " ").count)
            for form in [EntityName.key(name), EntityName.folded(name)] {
                var beginning = String.UnicodeScalarView()
                for s in form.unicodeScalars {
                    beginning.append(s)
                    keyBeginnings.insert(String(beginning))
                }
            }
        }
    }

    /// True when `folded` (words' folded forms run together) begins some key or some spelling's
    /// folded form, or is one.
    func beginsAKey(_ folded: String) -> Bool {
        keyBeginnings.contains(folded) || keyBeginnings.contains(EntityName.normalizedEnding(folded))
    }

    public func entry(for name: String) -> Entry? { entries[EntityName.key(name)] }

    /// The entry for an already computed key.
    public func entry(forKey key: String) -> Entry? { entries[key] }

    static func e(_ canonical: String, _ kind: EntityKind, _ aliases: String...) -> Entry {
        Entry(canonical: canonical, kind: kind, aliases: aliases)
    }

    public static let builtIn: [Entry] = [
        // Countries and regions.
        e("Indonesia", .place, "RI", "Republik Indonesia"),
        e("Korea Utara", .place, "Korut", "North Korea", "DPRK", "Republik Rakyat Demokratik Korea"),
        e("Korea Selatan", .place, "Korsel", "South Korea", "Republic of Korea"),
        e("Rusia", .place, "Russia", "Federasi Rusia", "Russian Federation"),
        e("Ukraina", .place, "Ukraine"),
        e("Amerika Serikat", .place, "AS", "USA", "United States", "Amerika", "US"),
        e("China", .place, "Tiongkok", "Cina", "RRT", "RRC"),
        e("Jepang", .place, "Japan"),
        e("Inggris", .place, "Britania Raya", "United Kingdom", "UK", "Britain"),
        e("Prancis", .place, "Perancis", "France"),
        e("Jerman", .place, "Germany"),
        e("India", .place), e("Pakistan", .place), e("Iran", .place), e("Irak", .place, "Iraq"),
        e("Israel", .place), e("Palestina", .place, "Palestine"), e("Suriah", .place, "Syria"),
        e("Arab Saudi", .place, "Saudi Arabia", "Saudi"), e("Turki", .place, "Turkey", "Türkiye"),
        e("Mesir", .place, "Egypt"), e("Malaysia", .place), e("Singapura", .place, "Singapore"),
        e("Thailand", .place), e("Filipina", .place, "Philippines"), e("Vietnam", .place),
        e("Australia", .place), e("Belanda", .place, "Netherlands"), e("Italia", .place, "Italy"),
        e("Spanyol", .place, "Spain"), e("Brasil", .place, "Brazil"), e("Kanada", .place, "Canada"),
        e("Meksiko", .place, "Mexico"), e("Belarus", .place, "Belarusia"), e("Polandia", .place, "Poland"),
        e("Taiwan", .place), e("Azerbaijan", .place), e("Qatar", .place), e("Yaman", .place, "Yemen"),
        e("Libanon", .place, "Lebanon"), e("Afghanistan", .place), e("Timor Leste", .place),
        e("Eropa", .place, "Europe"), e("Asia", .place), e("Afrika", .place, "Africa"),
        e("Timur Tengah", .place, "Middle East"), e("Gaza", .place, "Jalur Gaza", "Gaza Strip"),
        e("Tepi Barat", .place, "West Bank"), e("Krimea", .place, "Crimea"),
        e("Donbas", .place, "Donbass"), e("Donetsk", .place), e("Luhansk", .place, "Lugansk"),
        e("Kharkiv", .place, "Kharkov"), e("Odesa", .place, "Odessa"),
        // Capitals and cities.
        e("Kyiv", .place, "Kiev", "Kyiv"), e("Moskwa", .place, "Moskow", "Moscow", "Moskva"),
        e("Pyongyang", .place), e("Seoul", .place), e("Beijing", .place, "Peking"), e("Tokyo", .place),
        e("Washington", .place, "Washington DC", "Washington D.C."), e("New York", .place),
        e("London", .place), e("Paris", .place), e("Berlin", .place), e("Jakarta", .place, "DKI Jakarta"),
        e("Bandung", .place), e("Surabaya", .place), e("Medan", .place), e("Makassar", .place),
        e("Yogyakarta", .place, "Jogja", "Yogya", "DIY"), e("Semarang", .place), e("Denpasar", .place),
        e("Bali", .place), e("Jawa Barat", .place, "Jabar"), e("Jawa Tengah", .place, "Jateng"),
        e("Jawa Timur", .place, "Jatim"), e("Sumatera Utara", .place, "Sumut"), e("Papua", .place),
        e("Tel Aviv", .place), e("Teheran", .place, "Tehran"), e("Kremlin", .organisation),
        e("Gedung Putih", .organisation, "White House"), e("Pentagon", .organisation),
        // International bodies.
        e("PBB", .organisation, "Perserikatan Bangsa-Bangsa", "Perserikatan Bangsa Bangsa", "UN", "United Nations"),
        e("NATO", .organisation, "Pakta Pertahanan Atlantik Utara"), e("Uni Eropa", .organisation, "UE", "EU", "European Union"),
        e("ASEAN", .organisation), e("WHO", .organisation, "Organisasi Kesehatan Dunia", "World Health Organization"),
        e("IMF", .organisation, "Dana Moneter Internasional"), e("Bank Dunia", .organisation, "World Bank"),
        e("Dewan Keamanan PBB", .organisation, "DK PBB", "UN Security Council", "Dewan Keamanan Perserikatan Bangsa-Bangsa",
          "Dewan Keamanan Perserikatan Bangsa Bangsa"),
        e("Grup Wagner", .organisation, "Wagner Group", "Wagner", "Kelompok Wagner"),
        e("MI6", .organisation), e("CIA", .organisation), e("KCNA", .organisation),
        // Indonesian institutions.
        e("KPK", .organisation, "Komisi Pemberantasan Korupsi"), e("DPR", .organisation, "Dewan Perwakilan Rakyat", "DPR RI"),
        e("MPR", .organisation), e("Mahkamah Agung", .organisation, "MA"), e("Mahkamah Konstitusi", .organisation, "MK"),
        e("Polri", .organisation, "Kepolisian Republik Indonesia", "Kepolisian RI"), e("TNI", .organisation, "Tentara Nasional Indonesia"),
        e("Kejaksaan Agung", .organisation, "Kejagung"), e("Bank Indonesia", .organisation, "BI"),
        e("BMKG", .organisation, "Badan Meteorologi Klimatologi dan Geofisika", "Badan Meteorologi, Klimatologi, dan Geofisika"),
        e("Basarnas", .organisation, "Badan SAR Nasional"), e("BNPB", .organisation, "Badan Nasional Penanggulangan Bencana"),
        e("BPS", .organisation, "Badan Pusat Statistik"), e("OJK", .organisation, "Otoritas Jasa Keuangan"),
        e("Kemenkeu", .organisation, "Kementerian Keuangan"), e("Kemlu", .organisation, "Kementerian Luar Negeri", "Kemlu RI"),
        e("Kemenhub", .organisation, "Kementerian Perhubungan"), e("Kemenkes", .organisation, "Kementerian Kesehatan"),
        e("Pertamina", .organisation, "PT Pertamina"), e("PLN", .organisation, "PT PLN"),
        e("BPK", .organisation, "Badan Pemeriksa Keuangan"), e("KPU", .organisation, "Komisi Pemilihan Umum"),
        e("Bawaslu", .organisation), e("BPJS", .organisation), e("BRIN", .organisation), e("BNN", .organisation, "Badan Narkotika Nasional"),
        e("BNPT", .organisation), e("BPOM", .organisation), e("LPSK", .organisation), e("Komnas HAM", .organisation),
        e("Komisi Yudisial", .organisation, "KY"), e("MUI", .organisation, "Majelis Ulama Indonesia"), e("NU", .organisation, "Nahdlatul Ulama", "PBNU"),
        e("Muhammadiyah", .organisation), e("PDI-P", .organisation, "PDIP", "PDI Perjuangan"), e("Golkar", .organisation, "Partai Golkar"),
        e("Gerindra", .organisation, "Partai Gerindra"), e("NasDem", .organisation, "Partai NasDem", "Nasdem"), e("PKS", .organisation),
        e("PKB", .organisation), e("PAN", .organisation), e("Demokrat", .organisation, "Partai Demokrat"), e("PSI", .organisation),
        e("BRI", .organisation, "Bank Rakyat Indonesia"), e("BNI", .organisation), e("BCA", .organisation), e("Bank Mandiri", .organisation),
        e("Garuda Indonesia", .organisation), e("Telkom", .organisation), e("ASDP", .organisation, "PT ASDP"), e("Bulog", .organisation),
        e("KAI", .organisation, "PT KAI"), e("KNKT", .organisation), e("Kemensos", .organisation, "Kementerian Sosial"),
        e("Kemendagri", .organisation, "Kementerian Dalam Negeri"), e("Kemenhan", .organisation, "Kementerian Pertahanan"),
        e("Istana", .place, "Istana Kepresidenan", "Istana Negara"), e("BPBD", .organisation), e("Pemprov DKI", .organisation),
        // Media and news agencies.
        e("Kompas", .organisation, "Kompas.com", "KOMPAS.com"), e("Liputan6", .organisation, "Liputan6.com"),
        e("VIVA", .organisation, "VIVA.co.id", "Viva"), e("Detik", .organisation, "detikcom", "Detik.com"),
        e("Tempo", .organisation, "TEMPO.CO", "Tempo.co"), e("CNN Indonesia", .organisation), e("Okezone", .organisation),
        e("Tribunnews", .organisation, "Tribunnews.com"), e("Republika", .organisation), e("CNBC Indonesia", .organisation),
        e("Medcom", .organisation, "Medcom.id"), e("Antara", .organisation, "ANTARA", "Kantor Berita Antara"),
        e("Reuters", .organisation), e("AFP", .organisation, "Agence France-Presse"), e("Associated Press", .organisation, "AP"),
        e("BBC", .organisation), e("CNN", .organisation), e("Al Jazeera", .organisation, "Aljazeera"),
        e("New York Post", .organisation), e("New York Times", .organisation, "The New York Times"),
        e("South China Morning Post", .organisation, "SCMP"), e("The Independent", .organisation, "Independent"),
        e("Newsweek", .organisation), e("Time", .organisation, "TIME"), e("Daily NK", .organisation),
        e("EurAsian Times", .organisation), e("Channel One Russia", .organisation, "Channel One", "Russian Channel One", "Russian Channel"),
        e("Channel News Asia", .organisation, "CNA"),
        e("Yonhap", .organisation), e("TASS", .organisation), e("Insider", .organisation, "Business Insider"),
        // People of world news, with their transliterations.
        e("Volodymyr Zelensky", .person, "Zelensky", "Zelenskiy", "Zelenskyy", "Volodymyr Zelenskiy", "Volodymyr Zelenskyy"),
        e("Vladimir Putin", .person, "Putin"), e("Kim Jong-un", .person, "Kim Jong Un", "Kim Jong-Un"),
        e("Joe Biden", .person, "Biden"), e("Donald Trump", .person, "Trump"), e("Xi Jinping", .person),
        e("Prabowo Subianto", .person, "Prabowo"), e("Joko Widodo", .person, "Jokowi"),
        e("Susilo Bambang Yudhoyono", .person, "SBY"), e("Jusuf Kalla", .person, "JK"),
        e("Basuki Tjahaja Purnama", .person, "Ahok"), e("Megawati Soekarnoputri", .person, "Megawati"),
        e("Sri Mulyani Indrawati", .person, "Sri Mulyani"), e("Gibran Rakabuming Raka", .person, "Gibran"),
        e("Anies Baswedan", .person, "Anies"), e("Luhut Binsar Pandjaitan", .person, "Luhut"),
        e("Sergei Lavrov", .person, "Sergey Lavrov", "Lavrov"), e("Sergei Shoigu", .person, "Sergey Shoigu", "Shoigu"),
    ]
}
