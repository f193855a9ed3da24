/// Attribution inside a relative clause or a noun phrase: "Ketua DPRD, yang menilai perlunya kajian
/// ulang, meminta …", "… masukan Menteri Keuangan yang meminta agar anggaran dipangkas". The
/// speaker is the noun phrase before "yang"; the content the clause after the verb, up to the
/// comma that closes the relative clause.
extension ClaimRun {
    /// Verbs of speech that stay speech in a relative clause ("yang mengakui dua entitas" recognises, not says).
    static let relativeClauseVerbs = WordSet(words: ["mengatakan", "menyatakan", "menilai", "meminta", "mendesak", "menegaskan",
                                                     "mengusulkan", "menyarankan", "berpendapat", "memperingatkan", "mengingatkan",
                                                     "menduga", "memperkirakan", "menuding", "menuduh", "membantah", "mengklaim",
                                                     "menyebut", "menyebutkan", "mengungkapkan", "menjelaskan", "berharap"])

    mutating func relativeClause(_ s: CueSentence) -> Claim? {
        let (b, start, hedged) = (s.b, s.start, s.hedged)
        guard let v = (start + 2..<max(start + 2, b)).first(where: {
            t[$0].isWord && ClaimRun.relativeClauseVerbs.contains(t[$0].hash) && t[$0 - 1].hash == ClaimRun.yang && !inQuote($0, s)
                && (!ClaimRun.clauseOnlyVerbs.contains(t[$0].hash) || opensClause(after: $0, b))
        }) else { return nil }
        let yang = v - 1
        // The noun phrase: the segment before ", yang", or the capitalised run right before "yang".
        var lo = yang, hi = yang
        if !t[yang - 1].isWord, t[yang - 1].mark == "," {
            hi = yang - 1
            lo = clauseStart(from: start, to: hi)
        } else {
            while lo > start, yang - lo < 8, t[lo - 1].isWord, t[lo - 1].isCapitalized || CueLexicon.roleWords.contains(t[lo - 1].hash) { lo -= 1 }
        }
        guard lo < hi, hi - lo <= 12, t[lo].isWord, t[lo].isCapitalized || CueLexicon.roleWords.contains(t[lo].hash),
              let phrase = SpeakerPhrase.parse(text, tokens: lo, hi), !phrase.isPronoun else { return nil }
        var c = v + 1
        if c < b, t[c].hash == CueLexicon.bahwa { c += 1 }
        // A relative clause set off by commas ends at the next one.
        var end = b
        if hi < yang, let comma = (c..<b).first(where: { !t[$0].isWord && t[$0].mark == "," && !inQuote($0, s) }) { end = comma }
        let content = contentRange(from: c, to: end)
        guard content.count >= 12 else { return nil }
        return attributed(.indirect, phrase: phrase, cue: v, content: content,
                          via: SourceChain.via(text, tokens: s.a, b, excluding: phrase.range), venue: nil, hedged: hedged)
    }
}
