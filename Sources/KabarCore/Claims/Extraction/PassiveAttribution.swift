/// Passive and inverted cues, the agent after the verb being the source: "P Diddy juga disebut oleh
/// saksi melakukan penyuapan …", "Penggunaan istilah itu disebut Kemenham cenderung …", "Seperti
/// disampaikan Kapolda, pelaku sudah …", "sudah dikatakan Kapolri bahwa …". ("Hal itu diungkapkan
/// X" points back at an earlier sentence: `BackReference.swift`.)
extension ClaimRun {
    static let passiveAttributionWords = WordSet(words: ["disebut", "disebutkan", "dikatakan", "disampaikan", "diungkapkan",
                                                         "diungkap", "dinilai", "diklaim", "ditegaskan", "dijelaskan",
                                                         "dipaparkan", "dinyatakan", "diakui", "dibantah", "dituturkan",
                                                         "diterangkan", "diutarakan", "dikemukakan"])
    static let disebut = TokenizedText.hash("disebut")
    static let likeWords = WordSet(words: ["seperti", "sebagaimana"])
    /// Lowercase sources after a passive verb: "disebut oleh saksi", "dikatakan polisi".
    static let agentNouns = WordSet(words: ["saksi", "polisi", "korban", "pelapor", "sumber", "penyidik", "petugas", "jaksa",
                                            "hakim", "warga", "tersangka", "terdakwa", "pengacara", "kuasa"])

    /// True when the sentence opens "Hal itu dikatakan …", "Pernyataan tersebut disampaikan …".
    func opensWithBackReference(_ start: Int, _ b: Int) -> Bool {
        start + 2 < b && ClaimRun.claimNouns.contains(t[start].hash) && ClaimRun.demonstratives.contains(t[start + 1].hash)
            && (t[start + 2].claimFlags & CueLexicon.Flag.passive != 0)
    }

    mutating func passiveAttribution(_ s: CueSentence) -> Claim? {
        let (b, start, hedged) = (s.b, s.start, s.hedged)
        guard !opensWithBackReference(start, b),
              let p = (start..<b).first(where: { t[$0].isWord && ClaimRun.passiveAttributionWords.contains(t[$0].hash) && !inQuote($0, s) })
        else { return nil }
        // "Dalam surat edaran itu disebutkan bahwa …", "Dalam perpres tersebut, dijelaskan bahwa …": the document speaks.
        if let claim = documentSource(s, passive: p) { return claim }
        var from = p + 1
        let byAgent = from < b && t[from].hash == ClaimRun.oleh
        if byAgent { from += 1 }
        guard from < b, t[from].isWord,
              t[from].isCapitalized || CueLexicon.roleWords.contains(t[from].hash) || ClaimRun.agentNouns.contains(t[from].hash),
              !CueLexicon.calendarWords.contains(t[from].hash),
              // "disebut dalam bursa transfer": a preposition, though "Dalam" is a word of titles ("Menteri Dalam Negeri").
              t[from].isCapitalized || !ClaimRun.adverbialStarts.contains(t[from].hash) else { return nil }
        var end = phraseEnd(from: from, to: b)
        // "oleh saksi melakukan …": a lowercase source is one noun (and the name after it).
        if !t[from].isCapitalized {
            end = from + 1
            while end < b, t[end].isWord, t[end].isCapitalized { end += 1 }
        }
        guard end > from, let phrase = SpeakerPhrase.parse(text, tokens: from, end), !phrase.isPronoun else { return nil }
        let opener = p > start && p - start <= 1 && ClaimRun.likeWords.contains(t[start].hash)
        var contentStart = start
        if opener {
            // "Seperti disampaikan Kapolda, pelaku sudah ditangkap."
            guard end < b, !t[end].isWord, t[end].mark == "," else { return nil }
            contentStart = end + 1
        } else if end < b, t[end].hash == CueLexicon.bahwa {
            contentStart = end + 1
        } else {
            // "… disebut Kemenham cenderung …": the agent is followed by the rest of the clause (never
            // "disebut Rebo Wekasan." alone, which names, or "disebut X oleh warga").
            guard end < b, t[end].isWord, !t[end].isCapitalized, t[end].hash != ClaimRun.oleh || byAgent else { return nil }
            if !byAgent, phrase.nameRange != nil, phrase.roleRange == nil,
               text.tokenIndex(atOrAfter: phrase.range.upperBound) - from > 1 && !t[from].isAllCaps && p > start + 6 {
                // A long subject then "disebut Nama Panjang …" reads as naming, not speech.
                return nil
            }
        }
        let content = contentRange(from: contentStart, to: b)
        guard content.count >= 16 else { return nil }
        return attributed(.indirect, phrase: phrase, cue: p, content: content,
                          via: SourceChain.via(text, tokens: s.a, b, excluding: phrase.range), venue: nil, hedged: hedged)
    }

    /// "…, demikian disampaikan Ketua DPRD Rudi Hartono.", "…, demikian dilaporkan Wall Street Journal (WSJ)
    /// mengutip pejabat AS.": the source closing the sentence after "demikian" and a passive cue.
    mutating func closingDemikian(_ s: CueSentence) -> Claim? {
        let (b, start, hedged) = (s.b, s.start, s.hedged)
        guard let k = (start + 4..<max(start + 4, b - 2)).first(where: { t[$0].hash == ClaimRun.demikian && !t[$0 - 1].isWord
                                                                         && t[$0 - 1].mark == "," && !inQuote($0, s) }),
              t[k + 1].isWord, t[k + 1].claimFlags & (CueLexicon.Flag.passive | CueLexicon.Flag.hedge) != 0
                || ClaimRun.passiveAttributionWords.contains(t[k + 1].hash) else { return nil }
        var from = k + 2
        if from < b, t[from].hash == ClaimRun.oleh { from += 1 }
        guard from < b, t[from].isWord, t[from].isCapitalized || CueLexicon.roleWords.contains(t[from].hash) else { return nil }
        var end = phraseEnd(from: from, to: b)
        // "Wall Street Journal (WSJ)": the acronym in brackets after the name.
        if end + 2 < b, !t[end].isWord, t[end].mark == "(", t[end + 1].isWord, !t[end + 2].isWord, t[end + 2].mark == ")" { end += 3 }
        guard let phrase = SpeakerPhrase.parse(text, tokens: from, end), !phrase.isPronoun else { return nil }
        let content = contentRange(from: start, to: k - 1)
        guard content.count >= 16 else { return nil }
        return attributed(.indirect, phrase: phrase, cue: k + 1, content: content,
                          via: SourceChain.via(text, tokens: end, b, excluding: phrase.range), venue: nil,
                          hedged: hedged && !(t[k + 1].claimFlags & CueLexicon.Flag.hedge != 0 && !sentenceHasOtherHedge(s, except: k + 1)))
    }

    /// True when the sentence holds a hedge word other than the one at `k`.
    func sentenceHasOtherHedge(_ s: CueSentence, except k: Int) -> Bool {
        (s.start..<s.b).contains { $0 != k && t[$0].isWord && t[$0].claimFlags & CueLexicon.Flag.hedge != 0 }
    }

    /// Nouns of documents and statements that speak for their authors.
    static let documentNouns = WordSet(words: ["surat", "putusan", "keterangan", "pernyataan", "rilis", "laporan", "dokumen",
                                               "edaran", "perpres", "pp", "permen", "perda", "undang-undang", "uu", "pasal",
                                               "amar", "dakwaan", "tuntutan", "siaran", "unggahan", "memo", "nota", "kesimpulan",
                                               "hasil", "rekomendasi", "instruksi", "keputusan", "peraturan", "aturan", "kontrak"])
    static let dalam = TokenizedText.hash("dalam")

    /// "Dalam <document>(,) <passive verb> bahwa …": the document is the source.
    mutating func documentSource(_ s: CueSentence, passive p: Int) -> Claim? {
        let (b, start, hedged) = (s.b, s.start, s.hedged)
        guard t[start].hash == ClaimRun.dalam, start + 1 < p, p - start <= 10, t[start + 1].isWord,
              ClaimRun.documentNouns.contains(t[start + 1].hash), p + 1 < b else { return nil }
        var c = p + 1
        if t[c].hash == CueLexicon.bahwa { c += 1 } else if !t[c].isWord, t[c].mark == "," || t[c].mark == ":" { c += 1 } else { return nil }
        var end = p
        while end > start + 1, !t[end - 1].isWord { end -= 1 }
        // "surat edaran itu" is the document itself, not a pointer back to the last speaker.
        guard var phrase = SpeakerPhrase.parse(text, tokens: start + 1, end) else { return nil }
        phrase.isAnaphor = false
        let content = contentRange(from: c, to: b)
        guard content.count >= 16 else { return nil }
        return attributed(.indirect, phrase: phrase, cue: p, content: content,
                          via: SourceChain.via(text, tokens: s.a, b, excluding: phrase.range), venue: nil, hedged: hedged)
    }
}
