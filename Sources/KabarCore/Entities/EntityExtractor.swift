/// Finds the people, organisations and places an article names, from capitalised runs of words:
/// a lexicon of known names and spellings, role words before a name ("Presiden", "pakar militer
/// Rusia"), organisation words that open a name ("Kementerian", "Dewan", "PT"), the article's
/// claim speakers, and prepositions before places. Sentence-initial words the article also writes
/// in lowercase ("Namun", "Dalam"), month and day names, and lone words nothing identifies are
/// left out. Within the article a surname alone resolves to the full name written before it.
public struct EntityExtractor: Sendable {
    public var lexicon: EntityLexicon

    public init(lexicon: EntityLexicon = EntityLexicon()) {
        self.lexicon = lexicon
    }

    public func mentions(in article: Article) -> [EntityMention] {
        let body = article.body
        guard !body.isEmpty else { return [] }
        let words = WordSpans.of(body)
        let scalars = Array(body.unicodeScalars)
        let text = ScalarText(scalars: scalars)
        // Words the article also writes in lowercase are common words when they open a sentence.
        var lowercaseWords = Set<UInt64>()
        for w in words where !w.isCapitalized && !w.isNumber { lowercaseWords.insert(w.hash) }
        let speakers = Set(article.claims.compactMap { $0.speaker.map(EntityName.key) })
        // Short paragraphs written in Title Case (subheadings) name only what the lexicon knows.
        let paragraphs = article.paragraphs
        var titleCase = Set<Int>()
        var p = 0, total = 0, capital = 0
        for w in words {
            while p < paragraphs.count, paragraphs[p].upperBound <= w.range.lowerBound {
                if total <= 12, capital * 10 >= total * 6 { titleCase.insert(p) }
                p += 1; total = 0; capital = 0
            }
            total += 1
            if w.isCapitalized { capital += 1 }
        }
        if p < paragraphs.count, total <= 12, capital * 10 >= total * 6 { titleCase.insert(p) }

        var result: [EntityMention] = []
        var i = 0
        var paragraph = 0
        while i < words.count {
            // "KOMPAS.com", "TEMPO.CO": a word glued after a full stop is part of a web address.
            guard words[i].isCapitalized, words[i].range.lowerBound == 0 || scalars[words[i].range.lowerBound - 1] != "." else { i += 1; continue }
            // A run of capitalised words joined by spaces or hyphens ("Kim Jong-un"), with "bin" and the like inside.
            var run = [i]
            var j = i + 1
            while j < words.count, Self.joins(scalars, words[j - 1], words[j]) {
                // "Kim Jong-un", "Sin Hong-chol": after a hyphen the word belongs to the name whatever its case.
                if words[j].isCapitalized || scalars[words[j].range.lowerBound - 1] == "-" && !words[j].isNumber && !Self.clitics.contains(words[j].hash) {
                    run.append(j); j += 1
                } else if Self.connectors.contains(words[j].hash), j + 1 < words.count, words[j + 1].isCapitalized,
                          Self.joins(scalars, words[j], words[j + 1]) {
                    run.append(j); run.append(j + 1); j += 2
                } else { break }
            }
            let opensSentence = SentenceStart.opens(scalars, at: words[i].range.lowerBound)
            let beforeWord: UInt64? = i > 0 && Self.joins(scalars, words[i - 1], words[i]) ? words[i - 1].hash : nil
            // Runs come in text order: the paragraph holding this one is this or a later one.
            while paragraph < paragraphs.count, paragraphs[paragraph].upperBound <= words[i].range.lowerBound { paragraph += 1 }
            result += mentions(inRun: run.map { words[$0] }, text: text, opensSentence: opensSentence, before: beforeWord,
                               lowercaseWords: lowercaseWords, speakers: speakers,
                               titleCaseLine: paragraph < paragraphs.count && paragraphs[paragraph].contains(words[i].range.lowerBound) ? titleCase.contains(paragraph) : titleCase.contains(0))
            i = j
        }
        // "Dinas Pekerjaan Umum dan Penataan Ruang": an organisation's name goes on after "dan".
        var merged: [EntityMention] = []
        for m in result {
            if var last = merged.last, last.kind == .organisation, m.range.lowerBound == last.range.upperBound + 5,
               text(last.range.upperBound..<m.range.lowerBound) == " dan " {
                last.range = last.range.lowerBound..<m.range.upperBound
                last.surface = text(last.range)
                last.name = last.surface
                last.key = EntityName.key(last.name)
                merged[merged.count - 1] = last
            } else {
                merged.append(m)
            }
        }
        result = merged
        // An outlet naming itself (its dateline, its credits) says nothing about the story.
        let own = article.outlet.map { lexicon.entry(for: $0).map { EntityName.key($0.canonical) } ?? EntityName.key($0) }
        return resolveSurnames(result).filter { $0.key != own }
    }

    /// Splits a run into known names, roles, organisations and the rest, and classifies each part.
    func mentions(inRun run: [WordSpan], text: ScalarText, opensSentence: Bool, before: UInt64?,
                  lowercaseWords: Set<UInt64>, speakers: Set<String>, titleCaseLine: Bool = false) -> [EntityMention] {
        var words = run
        // A sentence's first word that the article writes in lowercase too, or a function word, is not a name.
        if opensSentence, let first = words.first, lowercaseWords.contains(first.hash) || Self.commonOpeners.contains(first.hash) {
            words.removeFirst()
        }
        words.removeAll { Self.dateWords.contains($0.hash) }
        var result: [EntityMention] = []
        var afterRole = before.map { Self.roleWords.contains($0) } ?? false
        // Each word's folded form, made once when a look-up first needs it.
        var folded = [String?](repeating: nil, count: words.count)
        var k = 0
        while k < words.count {
            // "Menteri Perhubungan Laut Bambang Aryaseta": after a role, "Laut" is part of the role, not a sea.
            if afterRole, Self.roleContinuations.contains(words[k].hash) { k += 1; continue }
            // An organisation or place word opens the rest of the run as one name ("Dewan Hubungan Luar
            // Negeri", "Kabupaten Garut"), unless the whole is a known name.
            let opensOrganisation = Self.organisationWords.contains(words[k].hash), opensPlace = Self.placeWords.contains(words[k].hash)
            if opensOrganisation || opensPlace, k + 1 < words.count {
                let part = Array(words[k...])
                let name = part.map { text($0) }.joined(separator: " ")
                let known = lexicon.entry(for: name)
                result.append(mention(part, name: known?.canonical ?? name, kind: known?.kind ?? (opensPlace ? .place : .organisation), text: text))
                break
            }
            // The longest known name starting here.
            if let (entry, length) = known(words, at: k, text: text, folded: &folded) {
                // "Jakarta Pusat", "Jakarta Selatan": a compass word after a known place names a part of it.
                if entry.kind == .place, k + length < words.count, Self.compassWords.contains(words[k + length].hash) {
                    let part = Array(words[k...(k + length)])
                    result.append(mention(part, name: entry.canonical + " " + text(words[k + length]), kind: .place, text: text))
                    k += length + 1
                    afterRole = false
                    continue
                }
                result.append(mention(Array(words[k..<(k + length)]), name: entry.canonical, kind: entry.kind, text: text))
                k += length
                afterRole = false
                continue
            }
            if Self.roleWords.contains(words[k].hash) { afterRole = true; k += 1; continue }
            // An event ("Perang Dunia Ketiga") is no entity.
            if Self.eventWords.contains(words[k].hash) { break }
            // The rest up to the next role word or known name.
            var end = k + 1
            while end < words.count, !Self.roleWords.contains(words[end].hash), known(words, at: end, text: text, folded: &folded) == nil { end += 1 }
            let part = Array(words[k..<end])
            k = end
            if titleCaseLine { afterRole = false; continue }   // a Title Case subheading names only what the lexicon knows
            if part.count == 1, Self.commonOpeners.contains(part[0].hash) || Self.compassWords.contains(part[0].hash) { afterRole = false; continue }
            let name = part.map { text($0) }.joined(separator: " ")
            let key = EntityName.key(name)
            let allCaps = name.unicodeScalars.allSatisfy { !($0.properties.isLowercase) }
            if Self.notEntities.contains(key) { afterRole = false; continue }
            let kind: EntityKind?
            if let last = part.last, Self.organisationSuffixes.contains(last.hash), part.count >= 2 { kind = .organisation }
            else if part.count >= 2, part.contains(where: { Self.organisationWords.contains($0.hash) }) { kind = .organisation }
            else if part.count == 1 && allCaps && name.count <= 3 { kind = nil }   // unknown short acronyms: initials, terms
            else if afterRole || speakers.contains(key) { kind = .person }
            else if part.count == 1 && allCaps && name.count >= 2 && name.count <= 6 { kind = .organisation }
            else if let b = before, part.count == 1 && Self.placePrepositions.contains(b) { kind = .place }
            else if part.count >= 2 && part.count <= 4 && !allCaps { kind = .person }
            else { kind = nil }
            afterRole = false
            if let kind, key.count >= 2 {
                result.append(mention(part, name: name, kind: kind, text: text))
            } else if part.count == 1, key.count >= 3, !allCaps {
                var m = mention(part, name: name, kind: .person, text: text)
                m.tentative = true
                result.append(m)
            }
        }
        return result
    }

    /// The longest lexicon name starting at word `k`, with its length in words. Keys are built from
    /// the words' folded forms (each made once, in `folded`), so no phrase string is made unless a
    /// name is found; words are added only while what they make begins some key.
    func known(_ words: [WordSpan], at k: Int, text: ScalarText, folded: inout [String?]) -> (EntityLexicon.Entry, Int)? {
        let most = min(lexicon.longestWords, words.count - k)
        guard most > 0 else { return nil }
        var prefixes: [String] = []
        prefixes.reserveCapacity(most)
        var joined = ""
        for length in 1...most {
            let w = k + length - 1
            if folded[w] == nil { folded[w] = EntityName.folded(text(words[w])) }
            joined += folded[w]!
            prefixes.append(joined)
            guard lexicon.beginsAKey(joined) else { break }
        }
        let longest = prefixes.count
        for length in stride(from: longest, through: 1, by: -1) {
            guard let entry = lexicon.entry(forKey: EntityName.normalizedEnding(prefixes[length - 1])) else { continue }
            let surface = words[k..<(k + length)].map { text($0) }.joined(separator: " ")
            if Self.acceptable(surface) { return (entry, length) }
        }
        return nil
    }

    func mention(_ part: [WordSpan], name: String, kind: EntityKind, text: ScalarText) -> EntityMention {
        let range = part.first!.range.lowerBound..<part.last!.range.upperBound
        // The name as written, hyphens kept ("Sin Hong-chol"), when it is not the lexicon's.
        let written = text(range)
        let canonical = name == part.map { text($0) }.joined(separator: " ") ? written : name
        return EntityMention(key: EntityName.key(canonical), name: canonical, kind: kind, surface: written, range: range)
    }

    /// A claim's speaker as an entity: a known name, or the person the article names that way
    /// (its full name, or the full name ending in the speaker's surname).
    public func speaker(_ speaker: String?, mentions: [EntityMention]) -> (key: String, name: String)? {
        self.speaker(speaker, in: MentionIndex(mentions))
    }

    /// The speaker among an article's indexed mentions (see `speaker(_:mentions:)`).
    func speaker(_ speaker: String?, in index: MentionIndex) -> (key: String, name: String)? {
        guard let speaker, !speaker.isEmpty else { return nil }
        if let e = lexicon.entry(for: speaker) { return (EntityName.key(e.canonical), e.canonical) }
        let key = EntityName.key(speaker)
        if let m = index.speaker(key: key, last: EntityName.lastWordKey(speaker)) { return (m.key, m.name) }
        return key.isEmpty ? nil : (key, speaker)
    }

    /// A surname alone takes the key of the person the article names in full (before or after);
    /// lone words that are no one's surname are dropped.
    func resolveSurnames(_ mentions: [EntityMention]) -> [EntityMention] {
        var fullNames: [String: EntityMention] = [:]   // last-word key → the person
        for m in mentions where m.kind == .person && !m.tentative && m.name.contains(where: { $0 == " " || $0 == "-" }) {
            let last = EntityName.lastWordKey(m.name)
            if fullNames[last] == nil { fullNames[last] = m }
        }
        var result: [EntityMention] = []
        for var m in mentions {
            if !m.name.contains(" "), let person = fullNames[m.key], person.key != m.key {
                m.key = person.key; m.name = person.name; m.kind = .person; m.tentative = false
            }
            if !m.tentative { result.append(m) }
        }
        return result
    }

    /// Acronyms of three letters or fewer ("AS", "MA", "BI") count only when written in capitals.
    static func acceptable(_ surface: String) -> Bool {
        let letters = surface.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count > 3 || letters.allSatisfy { $0.properties.isUppercase }
    }

    /// Two words are in one name when only a space or a hyphen separates them.
    static func joins(_ s: [Unicode.Scalar], _ a: WordSpan, _ b: WordSpan) -> Bool {
        let gap = a.range.upperBound..<b.range.lowerBound
        guard gap.count == 1 else { return false }
        return s[gap.lowerBound] == " " || s[gap.lowerBound] == "-"
    }

    static func hashes(_ words: [String]) -> Set<UInt64> { Set(words.map(TokenizedText.hash)) }

    /// "YouTube-nya", "Telegram-nya": the clitic is not part of the name.
    static let clitics = hashes(["nya", "ku", "mu"])

    static let connectors = hashes(["bin", "binti", "van", "der", "de", "da", "al", "el", "von", "di"]).subtracting(hashes(["di"]))
    static let dateWords = DateFinder.nameHashes
        .union(hashes(["wib", "wita", "wit", "utc", "gmt"]))
    /// Words that open sentences and are never names, even when the article has no lowercase copy.
    static let commonOpeners = hashes([
        "namun", "selain", "dia", "ia", "ini", "itu", "dalam", "pada", "saat", "menurut", "sementara", "kemudian", "para",
        "sebelumnya", "setelah", "sejak", "untuk", "dengan", "di", "ke", "dari", "jika", "kalau", "tetapi", "tapi", "dan",
        "meski", "walau", "bahkan", "adapun", "sedangkan", "selanjutnya", "sebab", "karena", "oleh", "ketika", "hingga",
        "baca", "lihat", "simak", "the", "a", "an", "in", "on", "at", "but", "and", "he", "she", "it", "they", "this",
        "that", "we", "our", "his", "her", "kami", "kita", "saya", "mereka", "beliau", "hal", "apa", "siapa", "bagaimana",
        "mengapa", "kapan", "tidak", "bukan", "ada", "juga", "lalu", "pun", "akan", "sudah", "telah", "masih", "agar",
        "supaya", "sebagai", "seperti", "yakni", "yaitu", "tak", "foto", "video", "berita", "sumber", "reporter", "penulis",
        "editor", "ilustrasi", "dilansir", "dikutip", "mengutip", "melansir", "menurutnya", "kini", "kala", "usai",
        "jelang", "pasca", "selama", "tahun", "hari", "pekan", "bulan", "semua", "seluruh", "setiap", "banyak", "pilihan",
    ])
    /// Compass words alone are not places ("Ukraina timur" written "Timur").
    static let compassWords = hashes(["timur", "barat", "utara", "selatan", "tengah", "pusat", "raya", "east", "west", "north", "south"])
    /// Capitalised terms that are not entities: laws, budgets, procedures, categories.
    static let notEntities: Set<String> = ["ott", "kuhp", "kuhap", "apbn", "apbd", "pdb", "gdp", "jpu", "paw", "ppk", "ppn", "pph",
        "bbm", "uu", "perpres", "perppu", "permen", "sim", "ktp", "wni", "wna", "asn", "pns", "umkm", "dpo", "ham", "sdm", "ipo",
        "ceo", "cfo", "phk", "rups", "rupst", "lpg", "cpo", "bumn", "bumd", "tbk", "rapbn", "ihsg", "covid", "pilkada", "pemilu",
        "pilpres", "ppkm", "thr", "nik", "npwp", "pilihaneditor", "dbh", "dak", "dau", "tkd", "sbn", "sun", "yoy", "rp", "negara",
        "nomor", "pasal", "ayat", "undangundang", "undangundangnomor", "peraturan", "keputusan", "kerugian"]
    /// Words that name events, not entities.
    static let eventWords = hashes(["perang", "konflik", "krisis", "tragedi", "insiden", "peristiwa", "pertempuran", "operasi", "war"])
    /// Last words that make a name an organisation ("Wagner Group", "New York Post").
    static let organisationSuffixes = hashes(["group", "grup", "post", "times", "news", "tv", "channel", "corp", "inc", "tbk",
                                               "ltd", "agency", "press", "daily", "journal", "institute", "foundation", "bank"])
    /// Titles and roles that come before a person's name.
    static let roleWords = hashes([
        "presiden", "wakil", "menteri", "menlu", "menkeu", "menhan", "kepala", "direktur", "dirut", "gubernur", "bupati",
        "wali", "walikota", "ketua", "sekretaris", "jenderal", "sekjen", "panglima", "kapolri", "kapolda", "kapolres", "juru",
        "bicara", "jubir", "duta", "besar", "dubes", "perdana", "raja", "ratu", "pangeran", "kapten", "kolonel", "letnan",
        "mayor", "brigjen", "irjen", "kombes", "akbp", "akp", "komjen", "jenderal", "laksamana", "marsekal", "inspektur",
        "hakim", "jaksa", "deputi", "asisten", "mantan", "eks", "senator", "anggota", "koresponden", "profesor", "prof",
        "dr", "ir", "haji", "hj", "kh", "syahbandar", "komisaris", "pakar", "pengamat", "analis", "pelaksana", "tugas",
        "plt", "direktorat", "camat", "lurah", "kades", "ustaz", "pendeta", "pastor", "paus", "president", "minister",
        "secretary", "general", "chief", "director", "governor", "spokesman", "spokesperson", "ambassador", "prime",
        "king", "queen", "prince", "mr", "mrs", "ms", "sir", "senior", "utama", "eksekutif", "umum", "pejabat", "pemimpin",
        "tokoh", "luar", "negeri", "pertahanan", "keuangan", "perhubungan", "kesehatan", "pendidikan", "agama", "sosial",
        "hukum", "koordinator", "bidang", "politik", "keamanan", "urusan", "perdagangan", "perindustrian", "pertanian",
        "kelautan", "perikanan", "ketenagakerjaan", "investasi", "energi", "pemerintahan", "penyidikan", "penindakan",
        "pembuat", "komitmen", "pengguna", "anggaran", "pejabat", "staf", "khusus", "tenaga", "ahli",
    ])
    /// Words that, right after a role word, belong to the role ("Perhubungan Laut", "Angkutan Udara").
    static let roleContinuations = hashes(["laut", "udara", "darat"])
    /// Words that open an organisation's name.
    static let organisationWords = hashes([
        "kementerian", "badan", "komisi", "dewan", "partai", "universitas", "institut", "pt", "bank", "kantor", "dinas",
        "pengadilan", "mahkamah", "polda", "polres", "polsek", "kejaksaan", "kejati", "kejari", "lembaga", "yayasan",
        "asosiasi", "federasi", "persatuan", "komite", "majelis", "angkatan", "korps", "otoritas", "perusahaan", "rumah",
        "sekolah", "fakultas", "satuan", "biro", "pemerintah", "grup", "kelompok", "group", "pemprov", "pemkot", "pemkab", "ministry",
        "agency", "university", "party", "committee", "council", "department", "bureau", "institute", "association",
    ])
    /// Words that open a place's name.
    static let placeWords = hashes(["kabupaten", "kota", "provinsi", "desa", "kecamatan", "kelurahan", "pulau", "selat",
                                    "gunung", "jalan", "bandara", "pelabuhan", "sungai", "danau", "teluk", "laut",
                                    "kampung", "stadion", "tanjung", "semenanjung", "republik", "gedung", "istana", "kompleks", "lapas", "rutan",
                                    "km", "kmp", "kri", "mv", "mt"])  // ships are named as the place where things happen

    /// Prepositions before a lone capitalised word that make it a place ("di Garut", "ke Seoul").
    static let placePrepositions = hashes(["di", "ke", "dari", "kota", "provinsi", "kabupaten", "desa", "kecamatan", "in", "to", "from"])
}
