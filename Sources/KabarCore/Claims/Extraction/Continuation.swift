/// Continuation: press-conference reports name a source once ("Juru bicara itu mengatakan, …")
/// and then go on with that account over several sentences with no new cue ("Kemudian …",
/// "Selain itu, …", "Padahal, …"). Such a sentence is a claim of the same speaker, marked
/// `continues`, until another source is named, someone else is quoted, or the text turns to the
/// reporter's own framing. The account runs on within its paragraph; into the next paragraph only
/// when that paragraph opens with a connective that carries an argument on ("Selain itu", "Pasalnya").
extension ClaimRun {
    /// Connectives that carry an account into the next paragraph.
    static let continuationOpeners = WordSet(words: ["kemudian", "selain", "sedangkan", "adapun", "pasalnya", "padahal", "bahkan",
                                                     "apalagi", "terlebih", "karena", "sebab", "sehingga", "makanya", "karenanya",
                                                     "selanjutnya", "lalu", "termasuk", "diantaranya", "di antaranya"])

    /// True when the paragraph at token `a` opens with a connective that carries an account on.
    func opensWithContinuation(_ paragraph: Range<Int>) -> Bool {
        let a = text.tokenIndex(atOrAfter: paragraph.lowerBound)
        return a < t.count && t[a].isWord && ClaimRun.continuationOpeners.contains(t[a].hash)
    }

    /// The claim continuing `account` in `sentence`, which holds no quotation and no claim of its
    /// own; nil when the sentence is not part of the account (then the account ends).
    /// With `allowingHedge` a hedge may stand in it ("… yang diduga masih tertimbun"): the speaker's
    /// account hedges, the claim is the speaker's and hedged.
    /// With `sandwiched` the sentence stands between two claims of the speaker (`Sandwich.swift`):
    /// it needs no word of a stated position, and a time may open it.
    func continuation(of account: Claim, in sentence: Range<Int>, allowingHedge: Bool = false, sandwiched: Bool = false) -> Claim? {
        var a = text.tokenIndex(atOrAfter: sentence.lowerBound)
        let b = text.tokenIndex(atOrAfter: sentence.upperBound)
        // "2. Tanggung Jawab yang Tidak Adil: Pengemudi dapat …": an item of a list the account announced
        // ("… merinci beberapa masalah: 1. …"); its number and heading are no part of the claim.
        if let item = listItemText(from: a, to: b) {
            guard announcesAList(account) else { return nil }
            a = item
        }
        // Only a speaker the article names ("Bambang Brodjonegoro", "Kementerian Keuangan") carries an account.
        guard let speaker = account.speaker, account.kind != .unattributed, let initial = speaker.unicodeScalars.first,
              (initial.value >= 0x41 && initial.value <= 0x5A) || (initial.value >= 0x80 && initial.properties.isUppercase) else { return nil }
        // "Pilihan Editor: …", "Baca juga: …": a label, not the account.
        if let colon = (a..<min(b, a + 5)).first(where: { !t[$0].isWord && t[$0].mark == ":" }), colon > a { return nil }
        var words = 0
        for k in a..<b where t[k].isWord { words += 1 }
        guard words >= 5 else { return nil }
        // A heading left by the scraper ("Kuota Haji … Dipangkas 50 Persen" between "Baca Juga" links) has no full stop.
        if sandwiched {
            var end = sentence.upperBound
            while end > sentence.lowerBound, text.scalars[end - 1].properties.isWhitespace { end -= 1 }
            guard end > sentence.lowerBound, ClaimRun.sentenceEnds.contains(text.scalars[end - 1]) else { return nil }
        }
        // "Diketahui, …", "Sebagai informasi, …", "Sebelumnya, …": the reporter's framing.
        if t[a].isWord, ClaimRun.framingOpeners.contains(t[a].hash) || (t[a].hash == ClaimRun.sebagai && a + 1 < b && t[a + 1].hash == ClaimRun.informasi) {
            return nil
        }
        // "Ia juga merujuk pada …": the speaker as the subject in the third person, the reporter narrating.
        let subject = skipConnectors(from: a, to: b)
        if subject < b, t[subject].isCapitalized || subject > a, ClaimRun.thirdPersonSubjects.contains(t[subject].hash) { return nil }
        // "Ini menjadi tanda kerja sama yang semakin erat …": the reporter reading what was said, between two claims.
        if sandwiched, subject + 1 < b, t[subject].hash == SpeakerPhrase.ini || (t[subject].hash == ClaimRun.hal && t[subject + 1].hash == SpeakerPhrase.ini) {
            let verb = t[subject].hash == SpeakerPhrase.ini ? subject + 1 : subject + 2
            if verb < b, ClaimRun.readingVerbs.contains(t[verb].hash) { return nil }
        }
        // "Hingga berita ini diturunkan, …": the reporter speaking of the report.
        if (a..<b - 1).contains(where: { t[$0].hash == ClaimRun.berita && t[$0 + 1].hash == SpeakerPhrase.ini }) { return nil }
        // A cue that attributed nothing, a passive report or a hedge: not a plain continuation.
        let cueMask = CueLexicon.Flag.speechVerb | CueLexicon.Flag.postCue | CueLexicon.Flag.nyaCue | CueLexicon.Flag.menurut
            | CueLexicon.Flag.passive | (allowingHedge ? 0 : CueLexicon.Flag.hedge)
        // ("… dan melanjutkan pendakian hingga puncak": "melanjutkan" with its object goes on doing, not speaking.)
        if any(cueMask, a, b), (a..<b).contains(where: { t[$0].isWord && t[$0].claimFlags & cueMask != 0 && !goesOnDoing($0, b) }) { return nil }
        // The reporter's framing: the speaker in the third person ("Meski begitu, Rizal tetap bersikukuh"),
        // a day or month opening the sentence ("Pada Senin, …", "Mei lalu, …"), or no word of a stated position at all.
        var stance = false
        let names = speakerWords(speaker)
        // An explanation or a witness's narrative ("Ia menceritakan, …") goes on through the times it tells.
        // So does a witness's account given as the source ("Menurut keterangan Avika, …", "Berdasarkan penuturan saksi, …").
        let explaining = account.cueRange.map({ ClaimRun.explainingCues.contains(t[text.tokenIndex(atOrAfter: $0.lowerBound)].hash) }) == true
            || account.speakerRange.map({ ClaimRun.narrativeSources.contains(t[text.tokenIndex(atOrAfter: $0.lowerBound)].hash) }) == true
        for k in a..<b where t[k].isWord {
            // A day that opens the sentence dates the reporter's own narration ("Pada Senin, …"); one further
            // on is part of the account ("…, 18 orang sisanya akan dipulangkan pada 28 dan 29 Juni").
            if k <= a + 2, !sandwiched, CueLexicon.calendarWords.contains(t[k].hash), !explaining { return nil }
            if t[k].isCapitalized, names.contains(t[k].hash) { return nil }
            if !stance, !sandwiched, ClaimRun.stanceWords.contains(t[k].hash) { stance = true }
        }
        // An explanation ("Ia menjelaskan, fase TKP merupakan …") goes on in plain statements of fact.
        // A sentence opened by a connective that carries the account on ("Misalnya, …", "Selain itu, …") needs no such word.
        let carried = ClaimRun.carryingConnectives.contains(t[a].hash) || ClaimRun.argumentOpeners.contains(t[a].hash)
        guard stance || carried || explaining || sandwiched else { return nil }
        var start = skipConnectors(from: a, to: b)
        // "Pasalnya, …", "Padahal, …": the connective is no part of the claim.
        if start + 1 < b, ClaimRun.continuationOpeners.contains(t[start].hash), !t[start + 1].isWord, t[start + 1].mark == "," {
            start = skipConnectors(from: start + 2, to: b)
        }
        let content = contentRange(from: start, to: b)
        guard content.count >= 20 else { return nil }
        var claim = Claim(kind: .indirect, speakerMention: nil, speaker: account.speaker, role: account.role, cue: nil,
                          content: text.string(content), range: content, via: account.via, hedged: allowingHedge)
        claim.roleRange = nil
        claim.continues = true
        return claim
    }

    /// After "1. Heading:" opening tokens `a..<b`, the first token of the item's text; nil when the
    /// sentence opens no numbered item with a heading.
    func listItemText(from a: Int, to b: Int) -> Int? {
        guard a + 3 < b, t[a].isWord, t[a].range.count <= 2, text.scalars[t[a].range].allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }),
              !t[a + 1].isWord, t[a + 1].mark == ".",
              let colon = (a + 2..<min(b, a + 14)).first(where: { !t[$0].isWord && t[$0].mark == ":" }), colon + 1 < b,
              (a + 2..<colon).allSatisfy({ t[$0].isWord }) else { return nil }
        return colon + 1
    }

    /// True when the text at `range` (a paragraph or a sentence) opens with a numbered item: "2. Tanggung Jawab …: …".
    func opensWithListItem(_ range: Range<Int>) -> Bool {
        listItemText(from: text.tokenIndex(atOrAfter: range.lowerBound), to: text.tokenIndex(atOrAfter: range.upperBound)) != nil
    }

    /// True when a colon closes the claim's sentence: "Laporan itu merinci beberapa masalah: 1. …".
    func announcesAList(_ claim: Claim) -> Bool {
        var k = claim.range.upperBound
        while k < text.scalars.count, text.scalars[k] == " " { k += 1 }
        return k < text.scalars.count && text.scalars[k] == ":"
    }

    static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?"]

    /// Words that open the reporter's own framing, which ends an account.
    static let framingOpeners = WordSet(words: ["diketahui", "sebelumnya"])
    static let sebagai = TokenizedText.hash("sebagai"), informasi = TokenizedText.hash("informasi")
    static let berita = TokenizedText.hash("berita")

    /// Connectives that carry an argument on ("Selain …, pemerintah juga …", "Pasalnya, …"), unlike those
    /// that only sequence events ("Kemudian", "Lalu"), which the reporter's narration uses too.
    static let argumentOpeners = WordSet(words: ["sedangkan", "adapun", "pasalnya", "padahal", "bahkan", "apalagi",
                                                 "terlebih", "karena", "sebab", "sehingga", "makanya", "karenanya", "termasuk"])

    /// Connectives that go on with what was said ("Misalnya", "Namun"), beside `continuationOpeners`.
    static let carryingConnectives = WordSet(words: ["misalnya", "contohnya", "artinya", "intinya"])

    /// Cues that open an explanation or a narrative over several sentences.
    static let explainingCues = WordSet(words: ["menjelaskan", "memaparkan", "merinci", "menguraikan", "menerangkan", "membeberkan",
                                                "menjabarkan", "dijelaskan", "dipaparkan", "menceritakan", "bercerita", "mengisahkan",
                                                "menuturkan", "dituturkan", "diceritakan"])

    /// True when the speech verb at `k` is "melanjutkan" or "meneruskan" with a lowercase object:
    /// going on with something ("melanjutkan pendakian"), not going on speaking ("Ia melanjutkan, …").
    func goesOnDoing(_ k: Int, _ b: Int) -> Bool {
        guard ClaimRun.goingOnVerbs.contains(t[k].hash), k + 1 < b, t[k + 1].isWord, !t[k + 1].isCapitalized else { return false }
        return t[k + 1].hash != CueLexicon.bahwa
    }
    static let goingOnVerbs = WordSet(words: ["melanjutkan", "meneruskan"])

    static let hal = TokenizedText.hash("hal")
    /// Verbs of a reading of what happened ("Ini menandakan …").
    static let readingVerbs = WordSet(words: ["menjadi", "menunjukkan", "menandakan", "menyiratkan", "mengindikasikan", "berarti"])

    /// Pronouns for a person as a sentence's subject.
    static let thirdPersonSubjects = WordSet(words: ["ia", "dia", "beliau"])

    /// Words naming a witness's account as the source of what follows.
    static let narrativeSources = WordSet(words: ["keterangan", "penuturan", "kesaksian", "cerita", "pengakuan", "kronologi"])

    /// Words of a stated position rather than of narrated events: what will, must or cannot be,
    /// judgements, and the speaker's own voice ("kami", "pihaknya").
    static let stanceWords = WordSet(words: ["akan", "harus", "perlu", "bisa", "dapat", "mampu", "seharusnya", "sebaiknya",
                                             "mesti", "wajib", "tidak", "tak", "belum", "bukan", "sangat", "justru", "memang",
                                             "penting", "diharapkan", "kami", "kita", "saya", "pihaknya", "jangan", "semestinya",
                                             "hendaknya", "mungkin", "tentu", "pasti", "cukup", "terlalu", "lebih", "ingin",
                                             "berharap", "agar", "supaya", "masih", "sudah", "telah", "bakal", "mau", "boleh",
                                             "idealnya", "ternyata", "malah", "sayangnya",
                                             // A plan the source states ("Prabowo dijadwalkan bertemu …").
                                             "dijadwalkan", "direncanakan", "rencananya", "dijadwalkannya"])

    /// Hashes of the words of a speaker's name ("Igor Korotchenko" → igor, korotchenko).
    func speakerWords(_ speaker: String) -> [UInt64] {
        let memo = speakerWordsMemo
        if memo.speaker == speaker, !speaker.isEmpty { return memo.words }
        var words: [UInt64] = []
        _ = TokenizedText.containsWord(speaker) { words.append($0); return false }
        memo.speaker = speaker
        memo.words = words
        return words
    }
}
