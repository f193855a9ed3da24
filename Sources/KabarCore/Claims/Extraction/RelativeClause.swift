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

    /// Prepositions that show a segment is a clause about the noun phrase at its end ("sepakat dengan …").
    static let clausePrepositions = WordSet(words: ["dengan", "kepada", "oleh", "bersama", "terhadap", "atas"])

    /// The claim of a relative clause set off by commas before `claim`, the sentence's main claim
    /// ("Ketua DPRD, yang menilai perlunya kajian ulang, meminta …"); nil when there is none.
    mutating func relativeClause(beside claim: Claim, in sentence: Range<Int>, quotes: ArraySlice<Range<Int>>) -> Claim? {
        let a = text.tokenIndex(atOrAfter: sentence.lowerBound), b = text.tokenIndex(atOrAfter: claim.range.lowerBound)
        guard b - a >= 5, (a..<b).contains(where: { t[$0].hash == ClaimRun.yang && $0 > a && !t[$0 - 1].isWord && t[$0 - 1].mark == "," }) else { return nil }
        let s = CueSentence(a: a, b: b, start: skipConnectors(from: a, to: b), hedged: false, quotes: quotes)
        guard let aside = relativeClause(s), aside.range.upperBound <= claim.range.lowerBound else { return nil }
        return aside
    }

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
            // "Ia sepakat dengan anggota DPR Mercy Lestari, yang meminta …": the noun phrase is the role and name
            // closing the segment, not the clause it ends.
            var k = hi
            while k > lo, t[k - 1].isWord, t[k - 1].isCapitalized || CueLexicon.roleWords.contains(t[k - 1].hash) { k -= 1 }
            if k > lo, k < hi, CueLexicon.pronouns.contains(t[lo].hash) || (lo..<k).contains(where: {
                t[$0].isWord && !t[$0].isCapitalized && (ClaimRun.looksLikeVerb(text, t[$0]) || ClaimRun.clausePrepositions.contains(t[$0].hash))
            }) { lo = k }
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
        // The one named in a relative clause is not who "ia" and "-nya" point at next: the sentence's subject is.
        let saved = (lastSpeaker, lastPerson)
        defer { (lastSpeaker, lastPerson) = saved }
        return attributed(.indirect, phrase: phrase, cue: v, content: content,
                          via: SourceChain.via(text, tokens: s.a, b, excluding: phrase.range), venue: nil, hedged: hedged)
    }
}
