/// A quotation's source: named after it ("…," kata X), before it (X mengatakan, "…"), a partial
/// quote inside reported speech, or a quotation standing alone that continues the last speaker.
extension ClaimRun {
    // MARK: Quotes

    /// Up to five words, each capitalised, with no mark but commas between them ("Ayah Terlibat, Keluarga Kuat").
    func isQuotedTitle(_ range: Range<Int>) -> Bool {
        var k = text.tokenIndex(atOrAfter: range.lowerBound), words = 0
        while k < t.count, t[k].range.lowerBound < range.upperBound {
            if t[k].isWord {
                guard t[k].isCapitalized else { return false }
                words += 1
            } else if t[k].mark != "," {
                return false
            }
            k += 1
        }
        return words >= 1 && words <= 5
    }

    mutating func attributeQuote(_ q: QuoteScanner.Quote, paragraph: Range<Int>, sentence: Range<Int>) -> Claim? {
        let span = q.span(paragraphEnd: paragraph.upperBound)
        let contentRange = trimmed(q.content(paragraphEnd: paragraph.upperBound))
        guard !contentRange.isEmpty else { return nil }
        let contentTokens = text.tokenIndex(atOrAfter: contentRange.upperBound) - text.tokenIndex(atOrAfter: contentRange.lowerBound)
        let openToken = text.tokenIndex(atOrAfter: q.open)
        var afterToken = text.tokenIndex(atOrAfter: span.upperBound)
        // Stray marks ("ini.“ “Kami …") can pair a quotation across the sentence it was found in:
        // the sentence then stretches to hold the whole quotation.
        let sentenceEndToken = max(text.tokenIndex(atOrAfter: sentence.upperBound), afterToken)
        let sentenceStartToken = min(text.tokenIndex(atOrAfter: sentence.lowerBound), openToken)
        while afterToken < sentenceEndToken, !t[afterToken].isWord, t[afterToken].mark == "," || t[afterToken].mark == "—" || t[afterToken].mark == "-" {
            afterToken += 1
        }
        // "kelas parenting “Ayah Hebat Surabaya” bertema …": a title in quotation marks inside a sentence
        // (up to five words, each capitalised, no full stop) is a name, not a statement.
        if openToken > sentenceStartToken, contentTokens <= 9, isQuotedTitle(contentRange) { return nil }
        let hedged = sentenceHasHedge(sentence)

        // 1. After the quotation: "…," kata X / katanya / X menambahkan / X said.
        if let post = postAttribution(from: afterToken, to: sentenceEndToken) {
            var via = SourceChain.via(text, tokens: post.phraseEnd, sentenceEndToken, excluding: post.phrase?.range)
            via += SourceChain.via(text, tokens: sentenceStartToken, openToken, excluding: nil).filter { !via.contains($0) }
            return attributed(.direct, phrase: post.phrase, nyaCue: post.nya, cue: post.cue, content: contentRange, quote: span,
                              via: via, venue: SourceChain.venue(text, tokens: post.phraseEnd, sentenceEndToken), hedged: hedged)
        }
        let wordsAfter = (afterToken..<sentenceEndToken).contains { t[$0].isWord }
        // 2. Before the quotation: X mengatakan, “…” / X: “…” / Kata X, “…”.
        if let pre = preAttribution(from: sentenceStartToken, to: openToken) {
            return attributed(wordsAfter ? .partial : .direct, phrase: pre.phrase, cue: pre.cue, content: contentRange, quote: span,
                              via: SourceChain.via(text, tokens: sentenceStartToken, sentenceEndToken, excluding: pre.phrase?.range),
                              venue: nil, hedged: hedged)
        }
        // 3. A partial quote inside reported speech: X memuji “…” militer Korea Utara, lapor …
        // One claim: the reported clause, marked partial, with the quoted words as its quote range.
        if wordsAfter || openToken > sentenceStartToken {
            if contentTokens >= 3, var reported = reportedSpeech(in: sentence, quotes: []), reported.kind == .indirect {
                reported.kind = .partial
                reported.quoteRange = span
                return reported
            }
            // "X called the plan “reckless and unworkable”".
            return readsEnglish ? namingPartialQuote(q, content: contentRange, span: span, sentence: sentence, hedged: hedged) : nil
        }
        // 4. A quotation standing alone continues the previous speaker.
        guard contentTokens >= 2 else { return nil }
        return Claim(kind: .direct, speakerMention: nil, speaker: q.close == nil ? nil : pointedPerson, role: nil, cue: nil,
                     content: text.string(contentRange), range: contentRange, quoteRange: span, hedged: hedged)
    }

    /// ‘…’ inside a quotation with its speaker stated inside the outer quote: Saya berkata, ‘…’.
    mutating func attributeInner(_ q: QuoteScanner.Quote, outer: Claim) -> Claim? {
        guard let close = q.close else { return nil }
        let contentRange = trimmed((q.open + 1)..<close)
        guard !contentRange.isEmpty else { return nil }
        let openToken = text.tokenIndex(atOrAfter: q.open)
        let outerStart = text.tokenIndex(atOrAfter: outer.range.lowerBound)
        // Find "X berkata," right before the inner quote.
        var v = openToken - 1
        while v >= outerStart, !t[v].isWord { v -= 1 }
        guard v >= outerStart, (t[v].claimFlags & CueLexicon.Flag.speechVerb != 0) || (t[v].claimFlags & CueLexicon.Flag.postCue != 0)
                || t[v].hash == ClaimRun.berkata else { return nil }
        var s = v - 1
        while s >= outerStart, t[s].isWord, v - s <= 3 { s -= 1 }
        guard let phrase = SpeakerPhrase.parse(text, tokens: s + 1, v) else { return nil }
        let mention = text.string(phrase.range)
        let firstPerson = ClaimRun.firstPerson.contains(TokenizedText.hash(mention))
        return Claim(kind: .direct, speakerMention: mention, speaker: firstPerson ? outer.speaker : mention, role: nil,
                     cue: text.string(t[v].range), content: text.string(contentRange), range: contentRange,
                     quoteRange: q.open..<(close + 1), cueRange: t[v].range, speakerRange: phrase.range, via: outer.via, hedged: false)
    }

    struct PostAttribution {
        var cue: Int
        var phrase: SpeakerPhrase?
        var nya: Bool
        var phraseEnd: Int
    }

    func postAttribution(from a: Int, to b: Int) -> PostAttribution? {
        guard a < b, t[a].isWord else { return nil }
        // "…," demikian bunyi putusan tersebut / demikian isi surat edaran itu / demikian disampaikan X.
        if t[a].hash == ClaimRun.demikian, a + 2 < b, t[a + 1].isWord {
            let cue = a + 1
            var from = a + 2
            if ClaimRun.documentContentNouns.contains(t[cue].hash) || (t[cue].claimFlags & CueLexicon.Flag.passive != 0) {
                // "demikian bunyi putusan …", "demikian disampaikan oleh X", "demikian keterangan dari putusan …".
                if from < b, t[from].hash == ClaimRun.oleh || t[from].hash == SpeakerPhrase.dari { from += 1 }
                var end = from
                while end < b, t[end].isWord || t[end].mark == "(" || t[end].mark == ")" || t[end].mark == "-" { end += 1 }
                guard var phrase = SpeakerPhrase.parse(text, tokens: from, end) else { return nil }
                if ClaimRun.documentContentNouns.contains(t[cue].hash) { phrase.isAnaphor = false }   // "putusan tersebut" speaks
                return PostAttribution(cue: cue, phrase: phrase, nya: false, phraseEnd: end)
            }
            if ClaimRun.statementNouns.contains(t[cue].hash) {
                var from = a + 2
                while from < b, t[from].isWord, !t[from].isCapitalized, ClaimRun.statementModifiers.contains(t[from].hash) { from += 1 }
                // The author named: "demikian pernyataan LeMan", "… resmi dari Angkatan Udara Ukraina",
                // "… pernyataan pemerintah Israel" (not "… dalam unggahan tersebut").
                if from < b, t[from].isWord, t[from].isCapitalized || !CueLexicon.phraseBreakers.contains(t[from].hash) {
                    let end = phraseEnd(from: from, to: b)
                    if let phrase = SpeakerPhrase.parse(text, tokens: from, end), !phrase.isAnaphor, !phrase.isPronoun {
                        return PostAttribution(cue: cue, phrase: phrase, nya: false, phraseEnd: end)
                    }
                }
                // No author after it ("demikian pernyataan resmi tersebut"): the statement of the one last named.
                return PostAttribution(cue: cue, phrase: nil, nya: true, phraseEnd: cue + 1)
            }
            if (t[cue].claimFlags & CueLexicon.Flag.postCue != 0) { return postAttribution(from: cue, to: b) }
        }
        let h = t[a].hash
        if CueLexicon.nyaCues.contains(h) {
            return PostAttribution(cue: a, phrase: nil, nya: true, phraseEnd: a + 1)
        }
        if CueLexicon.postCues.contains(h) || (CueLexicon.speechVerbs.contains(h) && a + 1 < b && t[a + 1].isCapitalized) {
            var end = phraseEnd(from: a + 1, to: b)
            var phrase = SpeakerPhrase.parse(text, tokens: a + 1, end)
            // "kata pakar epidemiologi Universitas Indonesia, Pandu Riono": the name after a comma.
            // Also over commas inside a title: "kata Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD".
            var segment = 0
            while let p = phrase, p.nameRange == nil, !p.isPronoun, segment < 3, end + 1 < b, !t[end].isWord, t[end].mark == "," {
                segment += 1
                var n = end + 1
                if n < b, t[n].hash == ClaimRun.dan { n += 1 }
                let segmentStart = n
                while n < b, n - segmentStart < 5, t[n].isWord, t[n].isCapitalized, !CueLexicon.calendarWords.contains(t[n].hash) { n += 1 }
                guard n > segmentStart, n == b || !t[n].isWord || CueLexicon.phraseBreakers.contains(t[n].hash),
                      let extended = SpeakerPhrase.parse(text, tokens: a + 1, n) else { break }
                phrase = extended
                end = n
            }
            if let p = phrase, p.nameRange == nil, segment > 0 {
                // No name after all: keep the phrase up to its first comma.
                let first = phraseEnd(from: a + 1, to: b)
                phrase = SpeakerPhrase.parse(text, tokens: a + 1, first)
                end = first
                _ = p
            }
            if let p = phrase, let (named, n) = nameAfterRoleBreak(p, from: a + 1, end: end, to: b) {
                phrase = named
                end = n
            }
            // "ungkap Direktur Penuntutan Jampidsus Kejagung, Sutikno saat …": the name after the role's comma.
            if let p = phrase, let (named, n) = nameAfterComma(p, from: a + 1, end: end, to: b) {
                phrase = named
                end = n
            }
            // "kata Aziz Yanuar, anggota tim kuasa hukum.": a role after the name.
            if var p = phrase, p.nameRange != nil, p.roleRange == nil, end + 1 < b, !t[end].isWord, t[end].mark == ",",
               t[end + 1].isWord, !t[end + 1].isCapitalized || CueLexicon.roleWords.contains(t[end + 1].hash),
               // "ucap Korotchenko, sebagaimana dilansir The Independent": the media chain, not a role.
               !CueLexicon.phraseBreakers.contains(t[end + 1].hash), !CueLexicon.viaWords.contains(t[end + 1].hash) {
                let roleEnd = subjectEnd(from: end + 1, to: phraseEnd(from: end + 1, to: b))
                if roleEnd > end + 1 {
                    p.roleRange = t[end + 1].range.lowerBound..<t[roleEnd - 1].range.upperBound
                    p.affiliationRange = SpeakerPhrase.affiliation(in: t, role: end + 1, roleEnd)
                    phrase = p
                    end = roleEnd
                }
            }
            return PostAttribution(cue: a, phrase: phrase, nya: false, phraseEnd: end)
        }
        // "Korotchenko menambahkan." / "Moore said." / "he added": a short subject, then the verb.
        var k = a
        while k < b, k - a < 6, t[k].isWord, t[k].isCapitalized || CueLexicon.pronouns.contains(t[k].hash) { k += 1 }
        if k > a, k < b, t[k].isWord, (t[k].claimFlags & CueLexicon.Flag.postCue != 0) || (t[k].claimFlags & CueLexicon.Flag.speechVerb != 0) {
            return PostAttribution(cue: k, phrase: SpeakerPhrase.parse(text, tokens: a, k), nya: false, phraseEnd: k + 1)
        }
        // "…," Bishnu Prasad Dhakal, a spokesman for the Home Ministry, told Reuters. / the Sandiganbayan said /
        // Southern Cross chief executive Fiona Gallagher told a news conference: a longer English subject.
        if readsEnglish, let v = (a..<min(b, a + 24)).first(where: { t[$0].isWord && EnglishCues.postCueSet.contains(t[$0].hash) }), v > a,
           let (from, end, appositive) = subject(from: a, to: v), from == a, var phrase = SpeakerPhrase.parse(text, tokens: from, end) {
            if phrase.roleRange == nil, let ap = appositive {
                let lo = CueLexicon.determiners.contains(t[ap.lowerBound].hash) && ap.count > 1 ? ap.lowerBound + 1 : ap.lowerBound
                phrase.roleRange = t[lo].range.lowerBound..<t[ap.upperBound - 1].range.upperBound
                phrase.affiliationRange = SpeakerPhrase.affiliation(in: t, role: lo, ap.upperBound)
            }
            return PostAttribution(cue: v, phrase: phrase, nya: false, phraseEnd: v + 1)
        }
        return nil
    }

    struct PreAttribution {
        var cue: Int?
        var phrase: SpeakerPhrase?
    }

    /// Attribution in the words before a quotation in the same sentence.
    func preAttribution(from a: Int, to open: Int) -> PreAttribution? {
        guard open > a else { return nil }
        var last = open - 1
        while last >= a, !t[last].isWord, t[last].mark == " " { last -= 1 }
        guard last >= a else { return nil }
        // "X: “…”"
        if !t[last].isWord, t[last].mark == ":" {
            let start = clauseStart(from: a, to: last)
            // "Haugland told a news conference in Oslo: “…”": the subject of the verb, not its audience.
            if readsEnglish, let v = (start..<last).first(where: { t[$0].isWord && EnglishCues.postCueSet.contains(t[$0].hash) }), v > start,
               let (from, end, _) = subject(from: start, to: v), let phrase = SpeakerPhrase.parse(text, tokens: from, end) {
                return PreAttribution(cue: v, phrase: phrase)
            }
            if last - start <= 10, let phrase = SpeakerPhrase.parse(text, tokens: start, last) { return PreAttribution(cue: nil, phrase: phrase) }
            return nil
        }
        // "X mengatakan, “…”", "X menegaskan bahwa “…”", "Kata X, “…”".
        var k = last
        while k >= a, !t[k].isWord { k -= 1 }
        if k >= a, t[k].hash == CueLexicon.bahwa || t[k].hash == CueLexicon.that { k -= 1 }
        while k >= a, !t[k].isWord { k -= 1 }
        guard k >= a else { return nil }
        if (t[k].claimFlags & CueLexicon.Flag.speechVerb != 0) || t[k].hash == ClaimRun.berkata {
            let start = clauseStart(from: a, to: k)
            let subjectEnd = subjectEnd(from: start, to: k)
            return PreAttribution(cue: k, phrase: SpeakerPhrase.parse(text, tokens: start, subjectEnd))
        }
        // "Kata X, “…”" / "Menurut X, “…”"
        let start = clauseStart(from: a, to: k + 1)
        if start < k, (t[start].claimFlags & CueLexicon.Flag.postCue != 0) || t[start].hash == CueLexicon.menurut {
            return PreAttribution(cue: start, phrase: SpeakerPhrase.parse(text, tokens: start + 1, k + 1))
        }
        return nil
    }
}
