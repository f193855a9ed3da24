/// English agency copy: what follows an English speech verb before the reported clause ("said on
/// Sunday", "told Reuters by telephone", "said in a statement that", "told a news conference in
/// Bangkok"), the attribution that closes a sentence ("…, the ministry said in a statement on
/// Sunday."), passive hedges ("is believed to"), and naming verbs before a partial quote ("called
/// the plan "reckless and unworkable"").
extension ClaimRun {
    /// The first token after an English speech verb's audience, time and venue, and after "that":
    /// where the reported clause starts. `c` is the token after the verb.
    func englishClauseStart(from c: Int, to b: Int, told: Bool) -> Int {
        var k = c
        // "told Reuters", "told reporters", "told a news conference": the audience first.
        if told, k < b, t[k].isWord {
            if t[k].isCapitalized {
                while k < b, t[k].isWord, t[k].isCapitalized { k += 1 }
            } else if EnglishCues.audienceWords.contains(t[k].hash) {
                k += 1
            } else if CueLexicon.determiners.contains(t[k].hash) || EnglishCues.possessives.contains(t[k].hash) {
                k = englishPhraseObject(from: k + 1, to: b)
            }
        }
        // Time and venue: "on Sunday", "Thursday", "in a statement", "late on Friday", "last week".
        var phrases = 0
        while k < b, phrases < 4, t[k].isWord {
            let h = t[k].hash
            if CueLexicon.calendarWords.contains(h) || EnglishCues.timeAdverbs.contains(h) {
                k += 1
            } else if EnglishCues.prepositions.contains(h) || EnglishCues.timeOpeners.contains(h) {
                let end = englishPhraseObject(from: k + 1, to: b)
                guard end > k + 1 else { break }
                k = end
            } else {
                break
            }
            phrases += 1
        }
        if k < b, t[k].hash == CueLexicon.that { k += 1 }
        return k
    }

    /// The object of a preposition in an attribution's time or venue phrase: determiners,
    /// possessives, capitalised words, numbers and the words of venues and times
    /// ("a statement", "its 112-page decision", "state television", "Government House").
    func englishPhraseObject(from a: Int, to b: Int) -> Int {
        var k = a
        var nouns = 0
        while k < b, k - a < 6, t[k].isWord {
            let tok = t[k]
            if CueLexicon.determiners.contains(tok.hash) || EnglishCues.possessives.contains(tok.hash) {
                // "the" opens a new clause once the object has its noun: "on Sunday the bank would …".
                if nouns > 0 { break }
            } else if tok.isCapitalized || tok.hasDigit || EnglishCues.venueWords.contains(tok.hash)
                        || CueLexicon.calendarWords.contains(tok.hash) {
                nouns += 1
            } else {
                break
            }
            k += 1
        }
        return nouns > 0 ? k : a
    }

    /// "…, the Defence Ministry said in a statement on Sunday, days before …": an English
    /// attribution closing the sentence, with nothing reported after its verb. The content is the
    /// clause before the subject's comma.
    func englishClosingAttribution(start: Int, subjectStart: Int, clauseStart c: Int, b: Int) -> Range<Int>? {
        guard c == b || !t[c].isWord && (t[c].mark == "," || t[c].mark == "." || t[c].mark == ";"),
              subjectStart > start + 3, !t[subjectStart - 1].isWord, t[subjectStart - 1].mark == "," else { return nil }
        let content = contentRange(from: start, to: subjectStart - 1)
        return content.count >= 12 ? content : nil
    }

    /// "Kim is said to be considering …", "A fourth contractor is believed to have left …": a
    /// passive report with no source, an unattributed, hedged claim of the whole sentence.
    mutating func englishPassiveHedge(_ s: CueSentence) -> Claim? {
        let (b, start) = (s.b, s.start)
        guard let p = (start + 1..<max(start + 1, b - 1)).first(where: {
            t[$0].isWord && EnglishCues.passiveReportWords.contains(t[$0].hash) && t[$0 + 1].hash == EnglishCues.to
                && EnglishCues.beForms.contains(t[$0 - 1].hash) && !inQuote($0, s)
        }) else { return nil }
        let content = contentRange(from: start, to: b)
        guard content.count >= 12 else { return nil }
        return Claim(kind: .unattributed, cue: text.string(t[p].range), content: text.string(content), range: content,
                     cueRange: t[p].range, via: SourceChain.via(text, tokens: start, b, excluding: nil), hedged: true)
    }

    /// A partial quote after a naming verb: "X called the plan “reckless and unworkable”",
    /// "Rahmawati described the talks as “tough but fair”", "…, which Anong called “…”". The
    /// content is the quoted fragment; the speaker is the verb's subject.
    mutating func namingPartialQuote(_ q: QuoteScanner.Quote, content: Range<Int>, span: Range<Int>, sentence: Range<Int>,
                                     hedged: Bool) -> Claim? {
        let a = text.tokenIndex(atOrAfter: sentence.lowerBound)
        let open = text.tokenIndex(atOrAfter: q.open)
        guard let v = (a..<open).last(where: { t[$0].isWord && EnglishCues.namingVerbs.contains(t[$0].hash) }), open - v <= 10
        else { return nil }
        let start = skipConnectors(from: a, to: v)
        // The subject: after "which"/"who" or the last comma, else the sentence's start.
        var from = start
        if let r = (start..<v).last(where: { t[$0].isWord && EnglishCues.relativeWords.contains(t[$0].hash)
                                               || !t[$0].isWord && t[$0].mark == "," }) { from = r + 1 }
        let end = subjectEnd(from: from, to: v)
        guard end > from, end - from <= 12, let phrase = SpeakerPhrase.parse(text, tokens: from, end) else { return nil }
        return attributed(.partial, phrase: phrase, cue: v, content: content, quote: span,
                          via: SourceChain.via(text, tokens: a, text.tokenIndex(atOrAfter: sentence.upperBound), excluding: phrase.range),
                          venue: nil, hedged: hedged)
    }

    /// "The association welcomed the deal, saying it would lower costs": the sentence's subject
    /// says the clause after ", saying".
    mutating func englishSaying(_ s: CueSentence) -> Claim? {
        let (a, b, start, hedged) = (s.a, s.b, s.start, s.hedged)
        guard let k = (start + 2..<max(start + 2, b)).first(where: { t[$0].hash == EnglishCues.saying && !t[$0 - 1].isWord
                                                                   && t[$0 - 1].mark == "," && !inQuote($0, s) }) else { return nil }
        var end = start
        if CueLexicon.pronouns.contains(t[start].hash) || CueLexicon.groupPronouns.contains(t[start].hash) {
            end = start + 1
        } else {
            while end < k, end - start < 10, t[end].isWord, t[end].isCapitalized || CueLexicon.determiners.contains(t[end].hash)
                    || CueLexicon.roleWords.contains(t[end].hash) { end += 1 }
            guard (start..<end).contains(where: { t[$0].isCapitalized && !CueLexicon.determiners.contains(t[$0].hash) }) else { return nil }
        }
        guard end > start, let phrase = SpeakerPhrase.parse(text, tokens: start, end) else { return nil }
        var c = k + 1
        if c < b, t[c].hash == CueLexicon.that { c += 1 }
        let content = contentRange(from: c, to: b)
        guard content.count >= 12 else { return nil }
        return attributed(.indirect, phrase: phrase, cue: k, content: content,
                          via: SourceChain.via(text, tokens: a, b, excluding: phrase.range), venue: nil, hedged: hedged)
    }
}
