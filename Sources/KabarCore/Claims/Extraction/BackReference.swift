/// Sentences that point back at a claim or forward to a speaker without a claim of their own.
extension ClaimRun {
    /// "Klaim tersebut disampaikan pakar pertahanan Rusia Igor Korotchenko …, sebagaimana diwartakan
    /// New York Post": the source of the previous, unattributed claim.
    mutating func attributeBackReference(_ sentence: Range<Int>) -> Bool {
        let a = text.tokenIndex(atOrAfter: sentence.lowerBound), b = text.tokenIndex(atOrAfter: sentence.upperBound)
        guard any(CueLexicon.Flag.passive, a, b) else { return false }
        let start = skipConnectors(from: a, to: b)
        guard start + 3 < b, ClaimRun.claimNouns.contains(t[start].hash), ClaimRun.demonstratives.contains(t[start + 1].hash),
              (t[start + 2].claimFlags & CueLexicon.Flag.passive != 0) else { return false }
        var from = start + 3
        if from < b, t[from].hash == ClaimRun.oleh { from += 1 }
        var end = phraseEnd(from: from, to: b)
        guard var phrase = SpeakerPhrase.parse(text, tokens: from, end) else { return false }
        // "… oleh Wakil Ketua Komisi VIII DPR dari Fraksi PKS, Ledia Hanifa.": the name closing the sentence.
        if let comma = (end..<b).last(where: { !t[$0].isWord && t[$0].mark == "," }),
           let role = phrase.nameRange == nil || end < comma ? SpeakerPhrase.parse(text, tokens: from, comma) : phrase,
           let (named, n) = nameAfterComma(role, from: from, end: comma, to: b) {
            phrase = named
            end = n
        }
        guard var previous = claims.last, previous.kind == .unattributed || previous.speaker == nil,
              unclaimedSentences.isEmpty else {
            // "Pemerintah dianggap belum … . Perhatian pemerintah sangat minim. Hal itu dikatakan oleh X.":
            // the sentences with no claim just before are X's.
            guard !unclaimedSentences.isEmpty else { return false }
            let (mention, speaker, role) = resolve(phrase)
            for sentence in unclaimedSentences {
                let sa = text.tokenIndex(atOrAfter: sentence.lowerBound), sb = text.tokenIndex(atOrAfter: sentence.upperBound)
                let content = contentRange(from: skipConnectors(from: sa, to: sb), to: sb)
                guard content.count >= 16 else { continue }
                claims.append(Claim(kind: .indirect, speakerMention: mention, speaker: speaker, role: role, cue: text.string(t[start + 2].range),
                                    content: text.string(content), range: content, cueRange: t[start + 2].range,
                                    speakerRange: phrase.range, roleRange: phrase.roleRange, nameRange: phrase.nameRange,
                                    affiliationRange: phrase.affiliationRange,
                                    via: SourceChain.via(text, tokens: end, b, excluding: phrase.range), hedged: sentenceHasHedge(sentence)))
            }
            return true
        }
        let (mention, speaker, role) = resolve(phrase)
        previous.kind = .indirect
        previous.speakerMention = mention
        previous.speaker = speaker
        previous.role = role
        previous.cue = text.string(t[start + 2].range)
        previous.speakerRange = phrase.range
        previous.roleRange = phrase.roleRange
        previous.nameRange = phrase.nameRange
        previous.affiliationRange = phrase.affiliationRange
        previous.venue = SourceChain.venue(text, tokens: end, b)
        previous.via += SourceChain.via(text, tokens: end, b, excluding: phrase.range).filter { !previous.via.contains($0) }
        claims[claims.count - 1] = previous
        return true
    }

    /// "Hal senada diungkapkan Direktur Walhi Kalteng Dimas Novian Hartono.": no claim of its own, but
    /// the person named speaks next ("Menurutnya, …", a quotation with "-nya").
    mutating func introduceSpeaker(_ sentence: Range<Int>) {
        let a = text.tokenIndex(atOrAfter: sentence.lowerBound), b = text.tokenIndex(atOrAfter: sentence.upperBound)
        guard any(CueLexicon.Flag.passive, a, b) else { return }
        let start = skipConnectors(from: a, to: b)
        guard let p = (start..<min(b, start + 7)).first(where: { t[$0].isWord && (t[$0].claimFlags & CueLexicon.Flag.passive != 0) }), p > start
        else { return }
        var from = p + 1
        if from < b, t[from].hash == ClaimRun.oleh { from += 1 }
        let end = phraseEnd(from: from, to: b)
        guard end > from, let phrase = SpeakerPhrase.parse(text, tokens: from, end), let name = phrase.nameRange,
              phrase.roleRange != nil || text.tokenIndex(atOrAfter: name.upperBound) - text.tokenIndex(atOrAfter: name.lowerBound) >= 2
        else { return }
        _ = resolve(phrase)
    }
}
