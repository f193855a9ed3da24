/// A speaker as written at an attribution, split into role and name:
/// "pakar militer Rusia Igor Korotchenko" → role "pakar militer Rusia", name "Igor Korotchenko";
/// "Sekretaris Jenderal NATO Mark Rutte" → role "Sekretaris Jenderal NATO", name "Mark Rutte";
/// "para ahli pertahanan" → a group, no name; "dia" → a pronoun to resolve.
struct SpeakerPhrase: Sendable {
    var range: Range<Int>
    var nameRange: Range<Int>?
    var roleRange: Range<Int>?
    /// The organisation at the end of the role ("Polda Metro Jaya" in "Direktur Samapta Polda Metro Jaya").
    var affiliationRange: Range<Int>?
    var isPronoun: Bool
    /// Ends with the demonstrative "ini"/"itu" ("koresponden perang TV negara Rusia ini"): points back.
    var isAnaphor: Bool
    var isGroup: Bool

    /// Parses tokens `from..<to` (word tokens and inner punctuation) of `text`.
    static func parse(_ text: TokenizedText, tokens from: Int, _ to: Int) -> SpeakerPhrase? {
        var lo = from, hi = to
        let t = text.tokens
        while lo < hi, !t[lo].isWord || t[lo].hash == CueLexicon.menurut { lo += 1 }
        while hi > lo, !t[hi - 1].isWord { hi -= 1 }
        // "ujar dia lagi", "kata Budi pula": an adverb after the speaker is no part of it.
        while hi - lo >= 2, t[hi - 1].isWord, !t[hi - 1].isCapitalized, SpeakerPhrase.trailingAdverbs.contains(t[hi - 1].hash) { hi -= 1 }
        guard lo < hi else { return nil }
        if !t[hi - 1].isCapitalized, SpeakerPhrase.danglingWords.contains(t[hi - 1].hash) { return nil }
        // "kita perlu memastikan …", "mereka harus menyampaikan …": what someone must do, not what they said.
        if hi - lo == 2, CueLexicon.pronouns.contains(t[lo].hash) || CueLexicon.groupPronouns.contains(t[lo].hash),
           SpeakerPhrase.modals.contains(t[lo + 1].hash) { return nil }
        // "Forbes pada Senin", "Forbes on Monday": the day is no part of the speaker.
        if let day = (lo + 1..<hi).first(where: { t[$0].isWord && !t[$0].isCapitalized && SpeakerPhrase.dayJoiners.contains(t[$0].hash) }),
           day + 1 < hi, (day + 1..<hi).allSatisfy({ !t[$0].isWord || t[$0].hasDigit || CueLexicon.calendarWords.contains(t[$0].hash) }) {
            hi = day
        }
        // "tapi Rizal": a connective before the speaker.
        while lo + 1 < hi, !t[lo].isCapitalized, SpeakerPhrase.leadingConnectives.contains(t[lo].hash) { lo += 1 }
        // "Organisasi Kesehatan Dunia (WHO)": a bracket opened in the phrase keeps its close.
        var last = hi - 1
        if hi < to, !t[hi].isWord, t[hi].mark == ")", (lo..<hi).contains(where: { !t[$0].isWord && t[$0].mark == "(" }) { last = hi }
        let range = t[lo].range.lowerBound..<t[last].range.upperBound
        // "jika PT VSI", "misal Bike Hemat", "Langkah penting lainnya yakni": a clause, not a speaker.
        // ("Meski tidak secara eksplisit menyebutkan …": a clause word alone, capitalised at the sentence start.)
        if (!t[lo].isCapitalized || hi - lo == 1) && SpeakerPhrase.clauseWords.contains(t[lo].hash)
            || (lo..<hi).contains(where: { t[$0].hash == SpeakerPhrase.yakni || t[$0].hash == SpeakerPhrase.yaitu }) { return nil }
        // "… Penulisan Ulang Sejarah Dihentikan Ia mengatakan": a heading run into the text before the pronoun.
        if hi - lo > 1, t[hi - 1].isCapitalized, CueLexicon.pronouns.contains(t[hi - 1].hash), !t[hi - 2].isWord || t[hi - 2].isCapitalized {
            return SpeakerPhrase(range: t[hi - 1].range, nameRange: nil, roleRange: nil, affiliationRange: nil, isPronoun: true,
                                 isAnaphor: false, isGroup: false)
        }
        // "Pihaknya akan …": the side of the person last named.
        if hi - lo == 1, t[lo].hash == SpeakerPhrase.pihaknya {
            return SpeakerPhrase(range: range, nameRange: nil, roleRange: nil, affiliationRange: nil, isPronoun: true, isAnaphor: false,
                                 isGroup: false)
        }
        if hi - lo == 1, CueLexicon.pronouns.contains(t[lo].hash) || CueLexicon.groupPronouns.contains(t[lo].hash) {
            return SpeakerPhrase(range: range, nameRange: nil, roleRange: nil, affiliationRange: nil, isPronoun: true, isAnaphor: false,
                                 isGroup: CueLexicon.groupPronouns.contains(t[lo].hash))
        }
        // "the Defence Ministry", "the Council on Foreign Relations", "the U.S. Geological Survey": an English
        // organisation's name is the whole capitalised run after "the", role words and small words included.
        if hi - lo >= 2, t[lo].hash == SpeakerPhrase.the, t[lo + 1].isWord, t[lo + 1].isCapitalized, t[hi - 1].isCapitalized,
           (lo + 1..<hi).allSatisfy({ t[$0].isWord ? t[$0].isCapitalized || EnglishCues.nameJoiners.contains(t[$0].hash)
                                                   : t[$0].mark == "." || t[$0].mark == "-" || t[$0].mark == "'" }) {
            return SpeakerPhrase(range: range, nameRange: t[lo + 1].range.lowerBound..<t[hi - 1].range.upperBound, roleRange: nil,
                                 affiliationRange: nil, isPronoun: false, isAnaphor: false, isGroup: false)
        }
        // "Saiful Tomi selaku Ketua Tim Pemenangan": the name first, then the role.
        if let as_ = (lo + 1..<hi).first(where: { t[$0].hash == SpeakerPhrase.selaku }), as_ - lo <= 4, as_ + 1 < hi,
           (lo..<as_).allSatisfy({ t[$0].isWord && t[$0].isCapitalized && !CueLexicon.roleWords.contains(t[$0].hash) }) {
            var roleHi = hi
            while roleHi > as_ + 1, !t[roleHi - 1].isWord, t[roleHi - 1].mark != ")" { roleHi -= 1 }
            let role = t[as_ + 1].range.lowerBound..<t[roleHi - 1].range.upperBound
            let affiliation = affiliation(in: t, role: as_ + 1, roleHi)
            return SpeakerPhrase(range: range, nameRange: t[lo].range.lowerBound..<t[as_ - 1].range.upperBound, roleRange: role,
                                 affiliationRange: affiliation, isPronoun: false, isAnaphor: false, isGroup: false)
        }
        // "profesor Andrew Rudalevige dari Bowdoin College", "Senator Tim Kaine dari Virginia": a person's name
        // (two words or more, or one after a role) before a lowercase "dari" is the name; what follows "dari" is where they are from.
        if hi - lo >= 4, let d = (lo + 2..<hi).first(where: { t[$0].hash == SpeakerPhrase.dari && !t[$0].isCapitalized }), d + 1 < hi,
           t[d + 1].isWord, t[d + 1].isCapitalized, let inner = parse(text, tokens: lo, d), let name = inner.nameRange,
           text.tokenIndex(atOrAfter: name.lowerBound) + 1 < d || inner.roleRange != nil,
           (text.tokenIndex(atOrAfter: name.lowerBound)..<d).allSatisfy({ t[$0].isWord && !CueLexicon.institutionWords.contains(t[$0].hash)
                                                                          && !CueLexicon.places.contains(t[$0].hash) }) {
            return SpeakerPhrase(range: range, nameRange: name, roleRange: inner.roleRange,
                                 affiliationRange: t[d + 1].range.lowerBound..<t[hi - 1].range.upperBound, isPronoun: false,
                                 isAnaphor: false, isGroup: false)
        }
        let anaphor = hi - lo >= 2 && (t[hi - 1].hash == SpeakerPhrase.ini || t[hi - 1].hash == SpeakerPhrase.itu
                                       || t[hi - 1].hash == SpeakerPhrase.tersebut)
        // Name: the trailing run of capitalised words that are not role words, places or acronyms.
        var k = hi
        // "Nanang Sigit PH", "Budi Santoso SH": a short capital suffix after a name belongs to it.
        var suffix = 0
        if hi - lo >= 3, t[hi - 1].isWord, t[hi - 1].isAllCaps, t[hi - 1].range.count <= 3, t[hi - 2].isWord,
           t[hi - 2].isCapitalized, !t[hi - 2].isAllCaps, t[hi - 3].isWord, t[hi - 3].isCapitalized,
           !CueLexicon.roleWords.contains(t[hi - 2].hash), !CueLexicon.places.contains(t[hi - 2].hash),
           !CueLexicon.institutionWords.contains(t[hi - 2].hash), !CueLexicon.roleWords.contains(t[hi - 3].hash) {
            k -= 1
            suffix = 1
        }
        while k > lo, hi - k < 4 + suffix {
            let tok = t[k - 1]
            // "Corriere dello Sport", "Ludwig van Beethoven": a lowercase particle between capitalised words.
            if tok.isWord, !tok.isCapitalized, k < hi, k - 1 > lo, t[k - 2].isWord, t[k - 2].isCapitalized,
               ClaimRun.innerNameParticles.contains(tok.hash), !CueLexicon.roleWords.contains(t[k - 2].hash) { k -= 1; continue }
            guard tok.isWord, tok.isCapitalized, !tok.hasDigit else { break }
            if CueLexicon.roleWords.contains(tok.hash) || CueLexicon.places.contains(tok.hash)
                || CueLexicon.institutionWords.contains(tok.hash) || CueLexicon.calendarWords.contains(tok.hash)
                || CueLexicon.affiliationHeads.contains(tok.hash) { break }
            // ("TB Hasanuddin", "KH Ma'ruf Amin": a title that is part of a Javanese or Sundanese name is no acronym.)
            if tok.isAllCaps && tok.range.count <= 5 && !(k < hi && SpeakerPhrase.nameTitles.contains(tok.hash)) { break }
            // "Sekretaris Pers Gedung Putih Karoline Leavitt": the White House is no part of her name.
            if k - 2 >= lo, tok.hash == SpeakerPhrase.putih, t[k - 2].hash == SpeakerPhrase.gedung { break }
            // "Badan Penanggulangan Bencana Daerah (BPBD) Garut": one word after an institution's acronym is its place.
            if k == hi, hi - 2 > lo, !t[hi - 2].isWord, t[hi - 2].mark == ")", SpeakerPhrase.organisationHeads.contains(t[lo].hash) { break }
            k -= 1
        }
        var nameLo = k
        // "Kabupaten Pemalang", "Kota Kendari": the word after a region word is a place ("bidang Kemaritiman": a field).
        if nameLo > lo, nameLo < hi, SpeakerPhrase.regionWords.contains(t[nameLo - 1].hash) { nameLo += 1 }
        // "Bupati Banyumas Achmad Husein": after a regional head, a name of three words starts with the region.
        else if nameLo > lo, hi - nameLo >= 3, SpeakerPhrase.regionalHeads.contains(t[nameLo - 1].hash),
                (nameLo..<hi).allSatisfy({ t[$0].isWord }) { nameLo += 1 }
        // "Ketidakhadiran Rizieq": a capitalised common noun opening the phrase is not part of the name
        // (after a role only when a name of two words remains: "Menteri … Bidang Perekonomian Airlangga Hartarto",
        // but "Kepala Dinas … Aceh Saminan Ismail").
        while nameLo < hi - 1, nameLo == lo || hi - nameLo > 2, text.looksLikeCommonNoun(t[nameLo]) { nameLo += 1 }
        // "Komisi Pemberantasan Korupsi Taufiequrachman Ruki": a run of three words or more after a role opens with
        // common words when the article writes them in lowercase elsewhere ("korupsi").
        if nameLo > lo { while hi - nameLo > 2, text.appearsLowercase(t[nameLo].hash) { nameLo += 1 } }
        if nameLo == hi, hi - lo == 1, t[lo].isWord, t[lo].isCapitalized, !CueLexicon.calendarWords.contains(t[lo].hash) {
            nameLo = lo   // a lone capitalised word or acronym is the name ("KCNA", "Olga")
        } else if nameLo == hi, hi - lo == 2, t[lo].isWord, CueLexicon.determiners.contains(t[lo].hash), t[lo + 1].isWord,
                  t[lo + 1].isAllCaps {
            nameLo = lo + 1   // "The WHO", "the IMF"
        }
        // "Badan Geologi", "Dinas Pendidikan": an organisation's head word and one name word make its whole name.
        if nameLo == lo + 1, hi - lo == 2, SpeakerPhrase.organisationHeads.contains(t[lo].hash), t[lo].isCapitalized, t[hi - 1].isWord,
           !t[hi - 1].isAllCaps { nameLo = lo }
        let nameRange: Range<Int>? = nameLo < hi ? t[nameLo].range.lowerBound..<t[hi - 1].range.upperBound : nil
        var roleRange: Range<Int>?
        var affiliationRange: Range<Int>?
        if nameLo > lo, nameLo < hi {
            var roleLo = lo
            if CueLexicon.determiners.contains(t[roleLo].hash) && nameLo - roleLo > 1 { roleLo += 1 }
            var roleHi = nameLo
            // Keep a closing parenthesis: "… Jakarta (UNJ)".
            while roleHi > roleLo, !t[roleHi - 1].isWord, t[roleHi - 1].mark != ")" { roleHi -= 1 }
            // Titles before the name ("Rektor Unesa Prof Nurhasan") and dangling joiners ("Co-Founder dan") are no role.
            while roleHi > roleLo + 1, t[roleHi - 1].isWord, SpeakerPhrase.roleTail.contains(t[roleHi - 1].hash) {
                roleHi -= 1
                while roleHi > roleLo, !t[roleHi - 1].isWord, t[roleHi - 1].mark != ")" { roleHi -= 1 }
            }
            // A rank before the name is no part of the role: "Panglima TNI | Marsekal Hadi Tjahjanto",
            // "Kepala Polresta Manado | Ajun Komisaris Besar …".
            if let opener = (roleLo + 1..<roleHi).first(where: { t[$0].isWord && SpeakerPhrase.rankOpeners.contains(t[$0].hash) }),
               (opener..<roleHi).allSatisfy({ !t[$0].isWord || SpeakerPhrase.rankWords.contains(t[$0].hash) }) {
                roleHi = opener
                while roleHi > roleLo, !t[roleHi - 1].isWord, t[roleHi - 1].mark != ")" { roleHi -= 1 }
            }
            // A subheading run into the sentence ("Beban pengusaha Wakil Gubernur Bali …"): the role starts at its
            // first role word.
            if !CueLexicon.roleWords.contains(t[roleLo].hash),
               let first = (roleLo..<roleHi).first(where: { t[$0].isWord && t[$0].isCapitalized && CueLexicon.roleWords.contains(t[$0].hash) }),
               first - roleLo <= 6 {
                roleLo = first
            }
            if roleHi > roleLo, namesAPosition(t, roleLo, roleHi) {
                roleRange = t[roleLo].range.lowerBound..<t[roleHi - 1].range.upperBound
                affiliationRange = affiliation(in: t, role: roleLo, roleHi)
            }
        }
        let hasCapital = (lo..<hi).contains { t[$0].isCapitalized }
        return SpeakerPhrase(range: range, nameRange: anaphor ? nil : nameRange, roleRange: anaphor ? nil : roleRange,
                             affiliationRange: anaphor ? nil : affiliationRange,
                             isPronoun: false, isAnaphor: anaphor, isGroup: nameRange == nil && !anaphor && (!hasCapital || hi - lo > 1))
    }

    /// The organisation at the end of role tokens `lo..<hi`: the last organisation named, from
    /// "dari", an organisation word or an acronym ("Direktur Samapta | Polda Metro Jaya"; "Pakar hukum
    /// pidana | dari Universitas Islam Indonesia"; "Kepala Pusat Penerangan | Kementerian Dalam Negeri").
    /// A regional head's region belongs to the role ("Gubernur DKI Jakarta", "Panglima TNI"), and so
    /// does a numeral ("Deputi IV").
    static func affiliation(in t: [TokenizedText.Token], role lo: Int, _ hi: Int) -> Range<Int>? {
        guard lo + 1 < hi else { return nil }
        let first = t[lo].hash == wakil && lo + 2 < hi ? lo + 1 : lo
        if regionalHeads.contains(t[first].hash) { return nil }
        // "Direktur Utama | Garuda Indonesia", "Ketua Umum | Pengurus Besar Nahdlatul Ulama": after a chief's
        // title the next capitalised word that is no role word starts the organisation.
        // (A director general's directorate is part of the title: "Direktur Jenderal Penanganan Fakir Miskin".)
        if first + 2 < hi, chiefTitles.contains(t[first + 1].hash), !(t[first + 1].hash == jenderal && t[first].hash == direktur),
           t[first + 2].isWord, t[first + 2].isCapitalized,
           !CueLexicon.roleWords.contains(t[first + 2].hash), !((first + 2)..<hi).contains(where: { t[$0].hash == dari }) {
            return t[first + 2].range.lowerBound..<t[hi - 1].range.upperBound
        }
        var m: Int?
        for k in (lo + 1)..<hi where t[k].isWord {
            if t[k].hash == dari { m = k; break }
            guard t[k].isCapitalized else { continue }
            if CueLexicon.affiliationHeads.contains(t[k].hash) {
                // A later organisation word starts the organisation, unless it only continues this one
                // ("Badan Kepegawaian Daerah Pemprov DKI Jakarta": Pemprov).
                m = k
            } else if m == nil, t[k].isAllCaps, !romanNumerals.contains(t[k].hash), !CueLexicon.roleWords.contains(t[k].hash) {
                m = k   // an acronym ("KPU"), unless an organisation word follows
            }
        }
        guard var m else { return nil }
        // Organisation words in a row name one organisation: "Kepala Bareskrim | Mabes Polri".
        // So does an organisation word one name before it: "Kepala Bagian Penerangan Umum | Divisi Humas Polri".
        while m - 1 > lo, t[m - 1].isWord, t[m - 1].isCapitalized {
            if CueLexicon.affiliationHeads.contains(t[m - 1].hash) { m -= 1; continue }
            if m - 2 > lo, t[m - 2].isWord, t[m - 2].isCapitalized, CueLexicon.affiliationHeads.contains(t[m - 2].hash) { m -= 2; continue }
            break
        }
        // "Kepala Departemen Epidemiologi | Fakultas Kesehatan Masyarakat Universitas Indonesia": a faculty
        // belongs to the university named after it.
        if CueLexicon.affiliationHeads.contains(t[m].hash), let faculty = (lo + 1..<m).last(where: { t[$0].hash == fakultas }),
           (faculty..<m).allSatisfy({ t[$0].isWord && t[$0].isCapitalized }) { m = faculty }
        // A ministry's acronym is part of the minister's title ("Menteri PUPR").
        if m == lo + 1, t[m].isAllCaps, t[lo].hash == menteri { return nil }
        let from = m - 1 > lo && SpeakerPhrase.joiners.contains(t[m - 1].hash) ? m - 1 : m
        return t[from].range.lowerBound..<t[hi - 1].range.upperBound
    }

    /// True when tokens `lo..<hi` name a position: a role word that is neither a modifier ("Dalam
    /// laporannya", "Kendala cuaca" are no roles) nor only a rank or title ("Komjen", "Prof").
    static func namesAPosition(_ t: [TokenizedText.Token], _ lo: Int, _ hi: Int) -> Bool {
        (lo..<hi).contains { t[$0].isWord && CueLexicon.roleWords.contains(t[$0].hash) && !roleModifiers.contains(t[$0].hash) && !ranks.contains(t[$0].hash) }
    }

    static let roleModifiers = WordSet(words: ["dalam", "luar", "negeri", "umum", "hukum", "kota", "besar", "khusus", "perdana",
                                               "rakyat", "republik", "tentara", "militer", "pertahanan", "foreign", "transport",
                                               "defense", "defence", "senior", "general", "eksekutif", "operasional", "intelijen",
                                               "dinas", "kantor", "kementerian", "badan", "komisi", "lembaga", "organisasi",
                                               "kepolisian", "tim", "sar", "bicara", "mantan", "eks", "jenderal", "sumber", "vice", "managing"])
    /// Police and military ranks as abbreviated before a name.
    static let rankAbbreviations = ["irjen", "komjen", "brigjen", "kombes", "akbp", "letjen", "mayjen", "kompol", "ipda", "iptu",
                                    "aiptu", "bripka", "briptu"]
    /// Ranks and titles, which alone name no position.
    static let ranks = WordSet(words: rankAbbreviations + ["marsekal", "laksamana", "prof", "dr", "h", "hj", "ir", "ajun"])
    /// Words that open a rank written out before a name ("Ajun Komisaris Besar", "Marsekal").
    static let rankOpeners = WordSet(words: rankAbbreviations + ["marsekal", "laksamana", "brigadir", "inspektur", "komisaris",
                                                                 "ajun", "letnan", "kolonel", "mayor", "kapten"])
    /// Every word of such a rank.
    static let rankWords = WordSet(rankOpeners.members + ["jenderal", "besar", "polisi", "muda", "madya", "utama", "satu", "dua",
                                                          "pertama", "tni", "purn", "purnawirawan", "mar"].map(TokenizedText.hash))
    static let chiefTitles = WordSet(words: ["utama", "eksekutif", "umum", "jenderal"])
    static let jenderal = TokenizedText.hash("jenderal")
    static let direktur = TokenizedText.hash("direktur")
    static let fakultas = TokenizedText.hash("fakultas")
    static let menteri = TokenizedText.hash("menteri")
    /// Words joining a role to its organisation ("Head of LOKET", "Deputi … pada Lembaga …").
    static let joiners = WordSet(words: ["di", "pada", "of", "at", "for"])
    static let regionalHeads = WordSet(words: ["gubernur", "bupati", "wali", "walikota", "camat", "lurah", "panglima"])
    static let romanNumerals = WordSet(words: ["ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"])
    static let wakil = TokenizedText.hash("wakil")
    static let ini = TokenizedText.hash("ini")
    static let roleTail = WordSet(words: ["prof", "dr", "drs", "ir", "h", "hj", "kh", "dan", "serta", "sekaligus", "at", "of",
                                          "di", "dari", "pada", "yang", "and"])
    static let dari = TokenizedText.hash("dari")
    static let the = TokenizedText.hash("the")
    static let pihaknya = TokenizedText.hash("pihaknya")
    static let yakni = TokenizedText.hash("yakni")
    static let yaitu = TokenizedText.hash("yaitu")
    /// Words that open a clause, never a speaker phrase.
    static let clauseWords = WordSet(words: ["jika", "kalau", "apabila", "hingga", "sehingga", "misal", "misalnya", "agar",
                                            "supaya", "bahwa", "untuk", "karena", "meski", "meskipun", "walaupun", "bila",
                                            "bukan", "tidak", "tak", "if", "when", "because"])
    static let dayJoiners = WordSet(words: ["pada", "on", "hari", "tahun"])
    /// Words a speaker phrase never ends with ("Kemampuan untuk membaca emosi, merespons …").
    static let danglingWords = WordSet(words: ["untuk", "dengan", "dari", "ke", "di", "yang", "pada", "dan", "atau", "oleh",
                                              "bagi", "akan", "sebagai"])
    static let leadingConnectives = WordSet(words: ["tapi", "tetapi", "namun", "sedangkan", "sementara", "dan", "but", "and",
                                                    "kendati", "meski", "meskipun", "walaupun", "walau"])
    static let trailingAdverbs = WordSet(words: ["lagi", "pula", "juga", "pun", "kembali", "sendiri"])
    static let modals = WordSet(words: ["perlu", "harus", "mesti", "wajib", "bisa", "dapat", "akan", "mau", "ingin"])
    static let selaku = TokenizedText.hash("selaku")
    static let gedung = TokenizedText.hash("gedung"), putih = TokenizedText.hash("putih")
    static let itu = TokenizedText.hash("itu")
    static let tersebut = TokenizedText.hash("tersebut")
    /// Words whose next word names a place, or for "bidang" a field ("Menteri Koordinator bidang Kemaritiman").
    /// Titles written in capitals that belong to a name: Tubagus, Kyai Haji, Raden Mas, Raden Ajeng.
    static let nameTitles = WordSet(words: ["tb", "kh", "rm", "ra", "kgph", "gkr"])

    /// Words that open an organisation's name ("Badan Penanggulangan Bencana Daerah", "Dinas Kesehatan").
    static let organisationHeads = WordSet(words: ["badan", "dinas", "kementerian", "komisi", "lembaga", "dewan", "direktorat",
                                                   "balai", "pusat", "kantor", "satuan", "otoritas"])
    static let regionWords = WordSet(words: ["kabupaten", "kota", "provinsi", "kecamatan", "desa", "kelurahan", "dusun", "kab", "prov",
                                             "puskesmas", "bidang"])
}
