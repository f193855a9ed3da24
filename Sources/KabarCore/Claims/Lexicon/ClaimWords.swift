/// The word lists the extraction steps share (the cue lexicon itself is `CueLexicon.swift`).
extension ClaimRun {
    static let luar = TokenizedText.hash("luar")
    static let through = WordSet(words: ["melalui", "lewat"])
    static let negeri = TokenizedText.hash("negeri")
    static let sementara = TokenizedText.hash("sementara")
    /// English prepositions stay inside subjects ("Pembina Komunitas Bike to Work Toto Sugito").
    static let subjectBreakers: WordSet = CueLexicon.phraseBreakers.subtracting(["dan", "dari", "to", "in", "on", "at"])
    /// Nouns for a person that point back with "itu"/"tersebut" ("sosok yang biasa disapa ADS tersebut").
    static let personNouns = WordSet(words: ["sosok", "pria", "wanita", "perempuan", "lelaki", "laki-laki", "mantan", "tokoh",
                                             "politikus", "politisi", "figur", "pemuda", "ibu", "bapak", "kakek", "nenek"])
    static let demonstratives: WordSet = WordSet(["tersebut", "itu", "ini"].map(TokenizedText.hash))
    /// Words after a clause-only cue that open a reported fact ("mencatat ada …", "mencatat sebanyak …").
    static let existentialOpeners: WordSet = WordSet(["ada", "terdapat", "sebanyak", "sedikitnya", "setidaknya"].map(TokenizedText.hash))
    /// Words that make the verb after them a purpose or a second act, not a cue ("untuk memastikan", "serta memastikan").
    static let purposeLinks: WordSet = WordSet(["serta", "untuk", "guna", "agar", "supaya", "demi"].map(TokenizedText.hash))
    static let adverbialStarts: WordSet = WordSet(["pada", "kepada", "awal", "akhir", "di", "dalam", "saat", "ketika", "hari",
                                                   "minggu", "pekan", "bulan", "tahun", "sebelumnya", "kemarin", "lalu", "juga",
                                                   "secara", "dengan", "melalui", "lewat", "usai", "seusai", "on", "in", "at",
                                                   "last", "this", "earlier"].map(TokenizedText.hash))
    static let asideStarts: WordSet = WordSet(["saat", "ketika", "seusai", "usai", "sesudah", "setelah", "sebelum", "dalam", "di",
                                               "pada", "melalui", "lewat", "via", "kepada", "ditemui", "dihubungi", "dikonfirmasi",
                                               "speaking", "citing", "writing", "responding", "addressing"].map(TokenizedText.hash))
    static let adverbs: WordSet = WordSet(["sendiri", "juga", "turut", "pun", "lebih", "lanjut", "sempat", "telah", "sudah", "kemudian",
                                           "kembali", "bahkan", "secara", "langsung", "lalu", "sebelumnya", "dengan", "selama",
                                           "pernah", "masih", "tidak", "tak", "belum", "akan", "segera", "hanya", "cuma", "ingin", "also", "later",
                                           // Manner: "Trump enteng berujar", "Hercules telah tegas menyatakan".
                                           "tegas", "enteng", "santai", "singkat", "lantang", "lugas", "gamblang", "lantas", "pula", "lagi",
                                           "earlier", "previously", "now", "again", "still", "further", "separately"].map(TokenizedText.hash))
    static let firstPerson: WordSet = WordSet(["saya", "aku", "kami", "kita", "i", "we"].map(TokenizedText.hash))
    static let berkata = TokenizedText.hash("berkata")
    static let yang = TokenizedText.hash("yang")
    static let dan = TokenizedText.hash("dan")
    static let locationWords = WordSet(words: ["jalan", "jl", "gedung", "stasiun", "terminal", "pasar", "taman", "alun-alun",
                                               "jembatan", "masjid", "gereja", "bandara", "pelabuhan", "desa", "dusun", "kecamatan",
                                               "kelurahan", "kabupaten", "kota", "provinsi", "pulau", "gunung", "sungai", "danau",
                                               "kampung", "hotel", "rumah", "sekolah", "universitas", "kantor"])
    static let secara = TokenizedText.hash("secara")
    static let nameParticles: WordSet = WordSet(["bin", "binti", "van", "de", "der", "al", "el", "da", "von", "dan", "dello", "della",
                                                 "del", "degli", "dos", "das", "du", "des"].map(TokenizedText.hash))
    /// Particles inside a name written in lowercase between two capitalised words ("Corriere dello Sport",
    /// "Ludwig van Beethoven"); "dan" joins two names, so it is not one.
    static let innerNameParticles: WordSet = WordSet(["bin", "binti", "van", "de", "der", "al", "el", "da", "von", "dello", "della",
                                                      "del", "degli", "dos", "das", "du", "des"].map(TokenizedText.hash))
    static let oleh = TokenizedText.hash("oleh")
    static let claimNouns: WordSet = WordSet(["klaim", "pernyataan", "informasi", "hal", "kabar", "laporan", "keterangan",
                                              "tudingan", "tuduhan", "komentar", "ucapan"].map(TokenizedText.hash))
    static let passiveCues = WordSet(words: CueLexicon.passiveCueWords)
    static let clauseOnlyVerbs = WordSet(words: IndonesianCues.clauseOnlyVerbs)
    static let clauseOpeners = WordSet(words: IndonesianCues.clauseOpeners)
    static let requestVerbs = WordSet(words: IndonesianCues.requestVerbs)
    static let requestOpeners = WordSet(words: IndonesianCues.requestOpeners)
    static let demikian = TokenizedText.hash("demikian")
    /// "demikian bunyi putusan itu", "demikian isi surat edaran tersebut".
    static let documentContentNouns = WordSet(words: ["bunyi", "isi", "petikan", "kutipan", "penggalan"])
    /// "demikian pernyataan LeMan", "demikian keterangan resmi Polda", "demikian pernyataan resmi tersebut":
    /// a statement whose author follows it, or, with no name, the one last named.
    static let statementNouns = WordSet(words: ["pernyataan", "keterangan", "penjelasan", "rilis", "tulisan", "unggahan", "cuitan"])
    /// Words between a statement noun and its author ("pernyataan resmi dari …", "keterangan tertulis …").
    static let statementModifiers = WordSet(words: ["resmi", "tertulis", "pers", "singkat", "lengkap", "dari", "oleh", "yang",
                                                    "dikutip", "diterima", "tersebut", "itu", "ini"])
    /// Objects that make a speech verb an act or a topic, not a statement, when they are all the
    /// sentence says: "menyampaikan belasungkawa", "menjawab soal etika", "mengungkapkan alasannya mundur".
    static let topicObjects = WordSet(words: ["soal", "tentang", "mengenai", "perihal", "terkait", "alasan", "alasannya",
                                              "belasungkawa", "dukacita", "duka", "apresiasi", "selamat", "salam", "maaf",
                                              "permintaan", "permohonan", "terima", "harapannya", "keprihatinan"])
    /// Hedge words that only name or report when a relative clause holds them ("yang disebut likopen").
    static let namingHedges = WordSet(words: ["disebut", "disebutkan", "dilaporkan"])
    static let lebih = TokenizedText.hash("lebih")
    static let apa = TokenizedText.hash("apa")
    static let lanjut = TokenizedText.hash("lanjut")
}
