/// A source announcing what follows: "PVMBG mengeluarkan sejumlah rekomendasi penting kepada
/// masyarakat." and then, in the next paragraph, "Masyarakat dan pendaki dilarang memasuki radius
/// 3 kilometer …". The announcement itself states nothing (no claim); the sentences after it, to the
/// end of the next paragraph, are the source's recommendations, warnings or findings, until one breaks
/// the account (a cue or a quotation of its own, the reporter's framing, the source in the third person).
extension ClaimRun {
    /// Verbs that put out what follows.
    static let announcingVerbs = WordSet(words: ["mengeluarkan", "menyampaikan", "memberikan", "merilis", "menerbitkan", "mengumumkan",
                                                 "membeberkan", "memaparkan", "merinci", "menyebutkan", "mencatat", "menyampaikannya"])
    /// What is put out: directives, warnings, findings, points.
    static let announcedThings = WordSet(words: ["rekomendasi", "imbauan", "himbauan", "peringatan", "arahan", "saran", "instruksi",
                                                 "larangan", "poin", "catatan", "langkah", "tips", "kiat", "syarat", "ketentuan",
                                                 "temuan", "pesan", "permintaan", "tuntutan", "rekomendasinya", "imbauannya"])
    /// Words that count them ("sejumlah rekomendasi", "tiga imbauan").
    static let countingWords = WordSet(words: ["sejumlah", "beberapa", "berbagai", "serangkaian", "sederet", "dua", "tiga", "empat",
                                               "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "beragam", "banyak"])

    /// The source of an announcement in `sentence`, as a claim that is not emitted (its content the
    /// announced thing); nil when the sentence announces nothing.
    mutating func announcement(in sentence: Range<Int>) -> Claim? {
        let a = text.tokenIndex(atOrAfter: sentence.lowerBound), b = text.tokenIndex(atOrAfter: sentence.upperBound)
        let start = skipConnectors(from: a, to: b)
        guard let v = (start + 1..<max(start + 1, min(b, start + 12))).first(where: { t[$0].isWord && ClaimRun.announcingVerbs.contains(t[$0].hash) })
        else { return nil }
        var k = v + 1
        while k < b, t[k].isWord, ClaimRun.countingWords.contains(t[k].hash) || t[k].hasDigit { k += 1 }
        guard k < b, t[k].isWord, ClaimRun.announcedThings.contains(t[k].hash) else { return nil }
        // The announcement closes its sentence: a few words on whom it is for, then the full stop or a colon.
        var words = 0
        for j in k..<b where t[j].isWord { words += 1 }
        guard words <= 10 else { return nil }
        guard let subject = subject(from: start, to: v), let phrase = SpeakerPhrase.parse(text, tokens: subject.0, subject.1),
              !phrase.isPronoun || phrase.isGroup == false else { return nil }
        let content = contentRange(from: k, to: b)
        guard !content.isEmpty else { return nil }
        let claim = attributed(.indirect, phrase: phrase, cue: v, content: content, via: [], venue: nil, hedged: false)
        guard let speaker = claim.speaker, let initial = speaker.unicodeScalars.first, (initial.value >= 0x41 && initial.value <= 0x5A || (initial.value >= 0x80 && initial.properties.isUppercase)) else { return nil }
        return claim
    }
}
