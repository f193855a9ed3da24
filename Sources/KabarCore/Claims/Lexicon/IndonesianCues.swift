/// The Indonesian reporting verbs (verba pewarta) kabar reads as cues, grouped by what the
/// speaker does. Active forms with the speaker before them ("X mengatakan (bahwa) …"); the short
/// forms that follow a quotation ("…," kata X) and their "-nya" forms are `postCueWords`; the
/// passive di- forms ("Hal itu disampaikan X") are `passiveCueWords`; hedges with no speaker are
/// `hedgeWords`. English cues are in `EnglishCues.swift`.
enum IndonesianCues {
    /// Speech verbs with the speaker before them, by group.
    static let reportingVerbGroups: [(meaning: String, words: [String])] = [
        ("saying and stating", [
            "mengatakan", "menyatakan", "menuturkan", "berkata", "berujar", "bertutur", "menyampaikan",
            "mengutarakan", "mengemukakan", "bilang",
        ]),
        ("explaining, describing, telling, disclosing", [
            "menjelaskan", "menerangkan", "memaparkan", "menjabarkan", "menguraikan", "menggambarkan",
            "menceritakan", "bercerita", "berkisah", "mengisahkan", "membeberkan", "mengungkapkan", "mengungkap", "merinci",
            "mencontohkan",
        ]),
        ("adding, going on", [
            "menambahkan", "melanjutkan", "meneruskan",
        ]),
        ("emphasising", [
            "menegaskan", "menekankan", "menandaskan", "menggarisbawahi",
        ]),
        ("announcing, reporting, confirming", [
            "mengumumkan", "melaporkan", "menginformasikan", "mengonfirmasi", "mengkonfirmasi", "mengabarkan",
            "mewartakan", "memberitakan",
        ]),
        ("naming and raising a subject", [
            "menyebut", "menyebutkan", "menyinggung", "menyoroti", "mengisyaratkan",
        ]),
        ("claiming, admitting, agreeing", [
            "mengklaim", "mengeklaim", "mengakui", "mengaku", "membenarkan", "mengamini",
        ]),
        ("denying and accusing", [
            "membantah", "menepis", "menuduh", "menuding",
        ]),
        ("judging and responding: opinions, praise, criticism", [
            "menilai", "berpendapat", "menganggap", "meyakini", "yakin", "percaya", "memuji", "mengkritik",
            "mengapresiasi", "menyayangkan", "mengomentari", "menanggapi", "merespons", "memandang", "meragukan",
            "menyesalkan", "mengeluhkan", "mempertanyakan",
        ]),
        ("hoping and fearing", [
            "berharap", "mengharapkan", "optimistis", "optimis", "pesimistis", "khawatir", "mengkhawatirkan",
        ]),
        ("supposing, estimating, predicting", [
            "menduga", "memperkirakan", "memprediksi", "memproyeksikan", "mengestimasi", "menaksir", "meramalkan", "mensinyalir",
        ]),
        ("warning, urging, inviting, proposing", [
            "mengingatkan", "memperingatkan", "mengimbau", "mengajak", "mengusulkan", "menyarankan", "merekomendasikan",
            "menyerukan", "berpesan", "menganjurkan", "mewanti-wanti",
        ]),
        ("answering and assuring", [
            "menjawab", "memastikan", "menjamin", "mengklarifikasi",
        ]),
        ("concluding, noting, insisting", [
            "menyimpulkan", "mencatat", "bersikukuh", "menampik", "menyangkal",
        ]),
        ("requesting, urging and ordering", [
            "meminta", "mendesak", "menuntut", "memohon", "memerintahkan", "menginstruksikan",
        ]),
    ]
    static let reportingVerbs: [String] = reportingVerbGroups.flatMap(\.words)

    /// Verbs that report speech only with a clause after them ("meminta agar …", "mencatat, …",
    /// "menampik bahwa …", "Bahlil melanjutkan, …"); with a noun object they report an act ("meminta maaf",
    /// "mencatat rekor", "melanjutkan perjalanan").
    static let clauseOnlyVerbs = ["menyimpulkan", "mencatat", "menampik", "menyangkal", "meminta", "mendesak", "menuntut", "memohon",
                                  "memerintahkan", "menginstruksikan", "memandang", "meragukan", "menyesalkan", "mengeluhkan",
                                  "mempertanyakan", "menjamin",
                                  "melanjutkan", "meneruskan"]
    /// What opens the clause of a clause-only verb: "bahwa", "agar", "supaya", "untuk" ("meminta kepala daerah untuk …").
    static let clauseOpeners = ["bahwa", "agar", "supaya", "untuk"]
    /// Requests whose object is followed by what is asked of it: "meminta Fadli segera meminta maaf",
    /// "meminta seluruh rakyat berperan aktif", "mendesak pemerintah tidak menaikkan harga".
    static let requestVerbs = ["meminta", "mendesak", "menuntut", "memohon", "memerintahkan", "menginstruksikan"]
    /// Words that open what a request asks after its object ("segera", "jangan", "tidak"), besides a verb.
    static let requestOpeners = ["segera", "jangan", "tidak", "tak", "harus", "terus"]

    /// Short cue words after a quotation: "…," kata X. Their "-nya" forms point back at the speaker.
    static let postCueWords = ["kata", "ujar", "ucap", "tutur", "ungkap", "jelas", "papar", "tegas", "sebut", "terang",
                               "lanjut", "tambah", "imbuh", "pungkas", "sambung", "tandas", "tukas", "seru", "bilang",
                               "timpal", "kilah", "cetus", "beber", "urai", "jawab", "tulis", "katakan", "sahut", "klaim",
                               "aku", "paparan", "ungkapnya", "tanya", "cecar"]

    /// Passive speech verbs: "Klaim tersebut disampaikan X", "Hal senada diungkapkan X".
    static let passiveCueWords = ["disampaikan", "diungkapkan", "dinyatakan", "dilontarkan", "diutarakan", "dikemukakan",
                                  "dikatakan", "diucapkan", "dibeberkan", "dituturkan", "disinggung", "ditegaskan",
                                  "dijelaskan", "dipaparkan"]

    /// Hedges: a statement reported with no source ("Korea Utara dikabarkan …").
    static let hedgeWords = ["dikabarkan", "dilaporkan", "disebut-sebut", "diduga", "kabarnya", "konon", "disebutkan",
                             "dikatakan", "diklaim", "diisukan", "ditengarai", "disebut", "diyakini", "disinyalir",
                             "diproyeksikan"]
}
