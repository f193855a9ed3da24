/// Reported speech: the patterns with a cue inside the sentence, one function each, tried in
/// order by `cuedSpeech`; then a sentence opened by its attribution (`OpenerAttribution.swift`).
extension ClaimRun {
    /// A sentence being read for reported speech: its tokens `a..<b`, the first after any
    /// connective (`start`), whether it holds a hedge, and the quotations in it.
    struct CueSentence {
        var a: Int, b: Int, start: Int
        var hedged: Bool
        var quotes: ArraySlice<Range<Int>>
    }

    /// True when token `k` lies inside one of the sentence's quotations.
    func inQuote(_ k: Int, _ s: CueSentence) -> Bool { s.quotes.contains { $0.contains(t[k].range.lowerBound) } }

    /// Reported speech in a sentence: the patterns with a cue inside the sentence, then a sentence
    /// opened by its attribution (`OpenerAttribution.swift`).
    mutating func reportedSpeech(in sentence: Range<Int>, quotes: ArraySlice<Range<Int>>, recordSpeaker: Bool = true) -> Claim? {
        if let claim = cuedSpeech(in: sentence, quotes: quotes, recordSpeaker: recordSpeaker) { return claim }
        let saved = (lastSpeaker, lastPerson)
        defer { if !recordSpeaker { (lastSpeaker, lastPerson) = saved } }
        return openerAttribution(in: sentence)
    }

    mutating func cuedSpeech(in sentence: Range<Int>, quotes: ArraySlice<Range<Int>>, recordSpeaker: Bool) -> Claim? {
        let a = text.tokenIndex(atOrAfter: sentence.lowerBound)
        let b = text.tokenIndex(atOrAfter: sentence.upperBound)
        // Most sentences hold no cue, hedge or "menurut": nothing to do.
        guard b - a >= 3, any(CueLexicon.Flag.speechVerb | CueLexicon.Flag.postCue | CueLexicon.Flag.nyaCue
                               | CueLexicon.Flag.hedge | CueLexicon.Flag.menurut | CueLexicon.Flag.passive, a, b) else { return nil }
        let s = CueSentence(a: a, b: b, start: skipConnectors(from: a, to: b), hedged: sentenceHasHedge(sentence), quotes: quotes)
        let saved = (lastSpeaker, lastPerson)
        defer { if !recordSpeaker { (lastSpeaker, lastPerson) = saved } }
        // Each pattern runs only when the sentence holds a word it needs.
        typealias F = CueLexicon.Flag
        let f = flags(a, b)
        let verb = f & F.speechVerb != 0, menurut = f & F.menurut != 0
        if menurut, let c = menurutOpener(s) { return c }
        if f & (F.postCue | F.nyaCue | F.menurut) != 0, let c = trailingCue(s) { return c }
        if menurut, let c = trailingMenurut(s) { return c }
        if verb, let c = closingSpeaker(s) { return c }
        if verb, readsEnglish, let c = englishPassiveHedge(s) ?? englishSaying(s) { return c }
        if verb, let c = subjectCue(s) ?? relativeClause(s) { return c }
        if f & (F.passive | F.hedge) != 0, let c = closingDemikian(s) ?? passiveAttribution(s) { return c }
        guard f & F.hedge != 0 else { return nil }
        // "Berdasarkan informasi yang dihimpun dari posko …, terdata 11 orang yang diduga …": a source named
        // at the opening outranks the hedge, and its claim is hedged.
        if let c = openerAttribution(in: sentence) { return c }
        return hedgedStatement(s)
    }

    /// "Menurut X, …" / "According to X, …": the source first, the claim after its comma.
    mutating func menurutOpener(_ s: CueSentence) -> Claim? {
        let (b, start, hedged) = (s.b, s.start, s.hedged)
        if start < b, t[start].hash == CueLexicon.menurut || t[start].hash == CueLexicon.accordingTo {
            var nameFrom = start + 1
            if t[start].hash == CueLexicon.accordingTo, nameFrom < b, t[nameFrom].hash == SourceChain.to { nameFrom += 1 }
            // ("Menurut anggota dari daerah pemilihan Jawa Barat I (Kota Bandung dan Kota Cimahi), …": a role runs long.)
            if let comma = (nameFrom..<b).first(where: { !t[$0].isWord && t[$0].mark == "," }),
               comma - nameFrom <= (CueLexicon.roleWords.contains(t[nameFrom].hash) ? 20 : 12),
               var phrase = SpeakerPhrase.parse(text, tokens: nameFrom, comma) {
                var contentStart = comma + 1
                // "Menurut keterangan Syahbandar Tanjung Lombar, Kapten Hendra Saputra, …": the name after the role.
                if phrase.nameRange == nil, !phrase.isPronoun,
                   let second = (contentStart..<min(b, contentStart + 7)).first(where: { !t[$0].isWord && t[$0].mark == "," }),
                   second > contentStart, (contentStart..<second).allSatisfy({ t[$0].isWord && t[$0].isCapitalized }),
                   let extended = SpeakerPhrase.parse(text, tokens: nameFrom, second), extended.nameRange != nil {
                    phrase = extended
                    contentStart = second + 1
                }
                // "Menurut Irma Hidayana, salah satu pendiri Laporcovid19.org, …": the role between commas.
                if phrase.nameRange != nil, phrase.roleRange == nil, contentStart < b, t[contentStart].isWord,
                   !t[contentStart].isCapitalized || CueLexicon.roleWords.contains(t[contentStart].hash),
                   let second = (contentStart..<min(b, contentStart + 10)).first(where: { !t[$0].isWord && t[$0].mark == "," }) {
                    let roleEnd = subjectEnd(from: contentStart, to: second)
                    if roleEnd > contentStart {
                        phrase.roleRange = t[contentStart].range.lowerBound..<t[roleEnd - 1].range.upperBound
                        phrase.affiliationRange = SpeakerPhrase.affiliation(in: t, role: contentStart, roleEnd)
                        contentStart = second + 1
                    }
                }
                let content = contentRange(from: contentStart, to: b)
                guard !content.isEmpty else { return nil }
                return attributed(.indirect, phrase: phrase, cue: start, content: content,
                                  via: SourceChain.via(text, tokens: comma + 1, b, excluding: phrase.range), venue: nil, hedged: hedged)
            }
            // "Menurut Bambang ini disebabkan …": no comma, a name the article has given, then the clause.
            var k = nameFrom
            while k < b, k - nameFrom < 3, t[k].isWord, t[k].isCapitalized, !CueLexicon.roleWords.contains(t[k].hash) { k += 1 }
            if k > nameFrom, k + 2 < b, t[k].isWord, !t[k].isCapitalized,
               fullNames[t[k - 1].hash] != nil || firstNames[t[k - 1].hash] != nil,
               let phrase = SpeakerPhrase.parse(text, tokens: nameFrom, k), phrase.nameRange != nil {
                let content = contentRange(from: k, to: b)
                guard content.count >= 16 else { return nil }
                return attributed(.indirect, phrase: phrase, cue: start, content: content,
                                  via: SourceChain.via(text, tokens: k, b, excluding: phrase.range), venue: nil, hedged: hedged)
            }
        }
        return nil
    }

    /// "…, kata X." / "…, menurut X." / "…, katanya.": the cue after the claim, with no quotation marks.
    mutating func trailingCue(_ s: CueSentence) -> Claim? {
        let (b, start, hedged) = (s.b, s.start, s.hedged)
        // "…, according to Statistics Indonesia, the weakest pace …": the source need not close the sentence.
        let according = !readsEnglish ? nil : (start..<b).first(where: { !t[$0].isWord && t[$0].mark == "," && $0 + 2 < b && t[$0 + 1].hash == CueLexicon.accordingTo
                                                    && t[$0 + 2].hash == EnglishCues.to && !inQuote($0, s) })
        // The comma before the cue, the last such: "…, kata Amran ditemui usai rapat …, Jakarta, Selasa (25/8)."
        let cueFlags = CueLexicon.Flag.postCue | CueLexicon.Flag.nyaCue
        func isComma(_ k: Int) -> Bool { !t[k].isWord && t[k].mark == "," && !inQuote(k, s) }
        func opensCue(_ k: Int) -> Bool { k + 1 < b && (t[k + 1].claimFlags & cueFlags != 0 || t[k + 1].hash == CueLexicon.menurut) }
        // Only when the cue closes its sentence, the name followed by an aside ("ditemui usai rapat …", "di
        // Jakarta") at most. An inserted cue ("Hasto, kata Cecep, memilih …", "…, menurut Rustamadji petang
        // tadi, bermula …", "…, menurut Hamim adalah …") is read elsewhere.
        var beforeCue = (start..<b).last(where: { isComma($0) && opensCue($0) })
        if let c = beforeCue {
            let e = phraseEnd(from: c + 2, to: b)
            let aside = e < b && t[e].isWord && ClaimRun.asideStarts.contains(t[e].hash)
            // "…, kata Jimly seperti dikutip dari laman Sekretariat Kabinet, Setkab.go.id.": a media chain after the name.
            let chain = e < b && t[e].isWord && (CueLexicon.viaWords.contains(t[e].hash)
                                                 || CueLexicon.viaFillers.contains(t[e].hash) && e + 1 < b && CueLexicon.viaWords.contains(t[e + 1].hash))
            // "…, kata Direktur Niaga AirAsia Indonesia, Marco Umbas, Senin": a role, then the name after its comma
            // (parsed only when nothing else kept the cue).
            if !aside, !chain, !(e < b && !t[e].isWord && t[e].mark == ","
                                 && SpeakerPhrase.parse(text, tokens: c + 2, e).flatMap({ nameAfterComma($0, from: c + 2, end: e, to: b) }) != nil) {
                beforeCue = nil
            }
        }
        if let comma = according ?? beforeCue ?? (start..<b).last(where: isComma), comma + 1 < b,
           t[comma + 1].isWord, (t[comma + 1].claimFlags & CueLexicon.Flag.postCue != 0) || t[comma + 1].hash == CueLexicon.menurut
            || (t[comma + 1].claimFlags & CueLexicon.Flag.nyaCue != 0) || according != nil,
           // "…, told Reuters" names who was told, never the speaker.
           t[comma + 1].hash != EnglishCues.told {
            let cue = comma + 1
            let nya = (t[cue].claimFlags & CueLexicon.Flag.nyaCue != 0)
            let nameFrom = according != nil ? cue + 2 : cue + 1
            var end = phraseEnd(from: nameFrom, to: b)
            var phrase = nya ? nil : SpeakerPhrase.parse(text, tokens: nameFrom, end)
            // "…, kata Direktur Niaga AirAsia Indonesia, Marco Umbas, Senin": the name after the role's comma.
            if let p = phrase, let (named, n) = nameAfterComma(p, from: nameFrom, end: end, to: b) {
                phrase = named
                end = n
            }
            // "…, said he would not …" is a clause, no speaker: "…, he said" is.
            // So is "…, said the win would lift …": an English clause has its auxiliary verb.
            if let p = phrase, CueLexicon.pronouns.contains(t[nameFrom].hash) || CueLexicon.groupPronouns.contains(t[nameFrom].hash),
               text.tokenIndex(atOrAfter: p.range.upperBound) > nameFrom + 1 || end < b && t[end].isWord {
                phrase = nil
            } else if EnglishCues.postCueSet.contains(t[cue].hash), (nameFrom..<end).contains(where: { EnglishCues.auxiliaries.contains(t[$0].hash) }) {
                phrase = nil
            }
            let content = contentRange(from: start, to: comma)
            if !content.isEmpty, nya || phrase != nil {
                var via = SourceChain.via(text, tokens: end, b, excluding: phrase?.range)
                via += SourceChain.via(text, tokens: start, comma, excluding: nil).filter { !via.contains($0) }
                return attributed(.indirect, phrase: phrase, nyaCue: nya, cue: cue, content: content,
                                  via: via, venue: SourceChain.venue(text, tokens: end, b), hedged: hedged)
            }
        }
        return nil
    }

    /// "… mencapai 94,3% menurut data resmi Kementerian Perhubungan pada 2024.": "menurut" with no comma before it.
    mutating func trailingMenurut(_ s: CueSentence) -> Claim? {
        let (b, start, hedged) = (s.b, s.start, s.hedged)
        // "Sebagian besar komponen … menurut dia juga masih mengimpor …": "menurut" and a pronoun set into
        // the sentence with no commas; the sentence is the last person's.
        if let m = (start + 2..<max(start + 2, b - 3)).first(where: { t[$0].claimFlags & CueLexicon.Flag.menurut != 0 && !inQuote($0, s) }),
           t[m - 1].isWord, t[m + 1].isWord, CueLexicon.pronouns.contains(t[m + 1].hash), t[m + 2].isWord {
            let content = contentRange(from: start, to: b)
            if content.count >= 16 {
                return attributed(.indirect, phrase: nil, nyaCue: true, cue: m, content: content, via: [], venue: nil, hedged: hedged)
            }
        }
        if let m = (start..<b).last(where: { t[$0].claimFlags & CueLexicon.Flag.menurut != 0 && !inQuote($0, s) }), m > start + 3,
           !(m > 0 && !t[m - 1].isWord && t[m - 1].mark == ","), b - m <= 9 {
            let end = phraseEnd(from: m + 1, to: b)
            if end > m + 1, let phrase = SpeakerPhrase.parse(text, tokens: m + 1, end) {
                let content = contentRange(from: start, to: m)
                if content.count >= 8 {
                    return attributed(.indirect, phrase: phrase, cue: m, content: content, via: [], venue: nil, hedged: hedged)
                }
            }
        }
        return nil
    }

    /// "…, para ahli mengungkapkan.": the speaker and verb close the sentence.
    mutating func closingSpeaker(_ s: CueSentence) -> Claim? {
        let (b, start, hedged) = (s.b, s.start, s.hedged)
        if let comma = (start..<b).last(where: { !t[$0].isWord && t[$0].mark == "," && !inQuote($0, s) }) {
            var last = b - 1
            while last > comma, !t[last].isWord { last -= 1 }
            // ("…, katanya melanjutkan." is a "-nya" cue, read with the quotation.)
            if last > comma + 1, last - comma <= 6, t[last].claimFlags & CueLexicon.Flag.speechVerb != 0,
               t[comma + 1].claimFlags & CueLexicon.Flag.nyaCue == 0,
               let phrase = SpeakerPhrase.parse(text, tokens: comma + 1, last) {
                let content = contentRange(from: start, to: comma)
                // "Meski begitu, Rizal tetap bersikukuh.": a connective alone is no content.
                if content.count >= 8, wordTokens(start..<comma).count >= 3 {
                    return attributed(.indirect, phrase: phrase, cue: last, content: content,
                                      via: SourceChain.via(text, tokens: start, comma, excluding: nil), venue: nil, hedged: hedged)
                }
            }
        }
        return nil
    }

    /// "Kapolres Karawang AKBP Fiki N. Ardiansyah melalui Kasi Humas Ipda Solikhin membenarkan": the
    /// one who speaks is the one named after "melalui" (or "lewat"); the token where that name starts.
    func spokesperson(from a: Int, to v: Int) -> Int? {
        guard let m = (a..<v).last(where: { t[$0].isWord && !t[$0].isCapitalized && ClaimRun.through.contains(t[$0].hash) }),
              m > a, t[m - 1].isWord, t[m - 1].isCapitalized, m + 2 < v, t[m + 1].isWord, t[m + 1].isCapitalized,
              (m + 1..<v).allSatisfy({ !t[$0].isWord || t[$0].isCapitalized }) else { return nil }
        return m + 1
    }

    /// "X mengatakan (bahwa) …": a subject, its speech verb, the reported clause.
    mutating func subjectCue(_ s: CueSentence) -> Claim? {
        let (a, b, start, hedged) = (s.a, s.b, s.start, s.hedged)
        // A verb in a relative clause ("… yang mengakui …") reports nobody's speech.
        // A capitalised "Said" before another capitalised word is a name ("Said Aqil Siroj mengatakan").
        // ("Menanggapi hal itu, Trump enteng berujar bahwa …": a cue opening the sentence has no subject; a later one may.)
        if let v = (start + 1..<max(start + 1, b)).first(where: { t[$0].isWord && (t[$0].claimFlags & CueLexicon.Flag.speechVerb != 0) && !inQuote($0, s)
                                               && !($0 > start && $0 + 1 < b && t[$0].isCapitalized && t[$0 + 1].isCapitalized)
                                               && !($0 > start && t[$0 - 1].hash == ClaimRun.yang)
                                               // "… untuk melakukan penyedotan serta memastikan …": a purpose, not speech.
                                               && !($0 > start && ClaimRun.purposeLinks.contains(t[$0 - 1].hash)
                                                    && !($0 + 1 < b && (t[$0 + 1].hash == CueLexicon.bahwa || !t[$0 + 1].isWord)))
                                               && t[$0].hash != EnglishCues.saying
                                               && !filesAComplaint(at: $0, b)
                                               && (!ClaimRun.clauseOnlyVerbs.contains(t[$0].hash) || opensClause(after: $0, b)) }), v > start,
           let subject = subject(from: spokesperson(from: start, to: v) ?? start, to: v) {
            var (subjectStart, subjectEnd, appositive) = subject
            // "Warga setempat, Siti (45), mengatakan": the age in brackets is not part of the name.
            if subjectEnd - subjectStart >= 4, !t[subjectEnd - 1].isWord, t[subjectEnd - 1].mark == ")", t[subjectEnd - 2].isWord,
               t[subjectEnd - 2].hasDigit, t[subjectEnd - 2].range.count <= 3,
               t[subjectEnd - 2].range.allSatisfy({ text.scalars[$0].properties.numericType != nil }),
               !t[subjectEnd - 3].isWord, t[subjectEnd - 3].mark == "(" {
                subjectEnd -= 3
            }
            if let phrase = SpeakerPhrase.parse(text, tokens: subjectStart, subjectEnd) {
                var c = v + 1
                if EnglishCues.reportingVerbSet.contains(t[v].hash) {
                    // "said on Sunday it was …", "told Reuters the board had …", "said in a statement that …".
                    c = englishClauseStart(from: c, to: b, told: t[v].hash == EnglishCues.told)
                    if let before = englishClosingAttribution(start: start, subjectStart: subjectStart, clauseStart: c, b: b) {
                        return attributed(.indirect, phrase: phrase, cue: v, content: before,
                                          via: SourceChain.via(text, tokens: a, b, excluding: phrase.range), venue: nil, hedged: hedged)
                    }
                } else if c < b, t[c].hash == CueLexicon.bahwa || t[c].hash == CueLexicon.that {
                    c += 1
                } else if c < b, ClaimRun.adverbialStarts.contains(t[c].hash),
                          let bahwa = (c..<min(b, c + 5)).first(where: { t[$0].hash == CueLexicon.bahwa || t[$0].hash == CueLexicon.that }) {
                    c = bahwa + 1
                }
                let content = contentRange(from: c, to: b)
                if content.count >= 8, !isTopicOnly(from: c, to: b) {
                    let leadingVenue = SourceChain.venue(text, tokens: start, subjectStart)
                    var claim = attributed(.indirect, phrase: phrase, cue: v, content: content,
                                           via: SourceChain.via(text, tokens: a, b, excluding: phrase.range),
                                           venue: leadingVenue ?? SourceChain.venue(text, tokens: subjectEnd, v), hedged: hedged)
                    if claim.role == nil, let ap = appositive {
                        // "Teguh P. Nugroho, Kepala Ombudsman RI Perwakilan Jakarta Raya, menjelaskan": the role after the name.
                        let lo = CueLexicon.determiners.contains(t[ap.lowerBound].hash) && ap.count > 1 ? ap.lowerBound + 1 : ap.lowerBound
                        let role = t[lo].range.lowerBound..<t[ap.upperBound - 1].range.upperBound
                        claim.role = text.string(role)
                        claim.roleRange = role
                        claim.affiliationRange = SpeakerPhrase.affiliation(in: t, role: lo, ap.upperBound)
                    }
                    return claim
                }
            }
        }
        return nil
    }

    /// True when the words after a speech verb name only what was spoken about or done, in at most
    /// three words ("menyampaikan belasungkawa.", "menjawab soal etika."): an act, no statement.
    func isTopicOnly(from c: Int, to b: Int) -> Bool {
        var first: Int?, count = 0
        for k in c..<b where t[k].isWord {
            if first == nil { first = k }
            count += 1
            if count > 3 { return false }
        }
        guard let first else { return false }
        return ClaimRun.topicObjects.contains(t[first].hash)
    }

    /// A hedged statement with no source: "Korea Utara dikabarkan tengah bersiap …".
    mutating func hedgedStatement(_ s: CueSentence) -> Claim? {
        let (b, start, hedged) = (s.b, s.start, s.hedged)
        // "Hal itu dikatakan oleh X": no hedge, the source of what came before.
        if hedged, !opensWithBackReference(start, b) {
            let content = contentRange(from: start, to: b)
            guard !content.isEmpty else { return nil }
            let hedge = (start..<b).first { (t[$0].claimFlags & CueLexicon.Flag.hedge != 0) }
            // "Tradisi itu disebut Rebo Wekasan.": "disebut" naming something, no hedge.
            if let h = hedge, t[h].hash == ClaimRun.disebut, h + 1 < b, t[h + 1].isWord, t[h + 1].isCapitalized,
               (h + 1..<b).allSatisfy({ !t[$0].isWord || t[$0].isCapitalized }) { return nil }
            // "Kejadian itu dilaporkan ke Polsek Depok": a complaint filed, not a report nobody is named for.
            if let h = hedge, t[h].hash == ClaimRun.dilaporkan, h + 2 < b, t[h + 1].hash == ClaimRun.ke || t[h + 1].hash == ClaimRun.kepada,
               ClaimRun.authorities.contains(t[h + 2].hash) { return nil }
            let via = SourceChain.via(text, tokens: start, b, excluding: nil)
            return Claim(kind: .unattributed, cue: hedge.map { text.string(t[$0].range) }, content: text.string(content), range: content,
                         cueRange: hedge.map { t[$0].range }, via: via, hedged: true)
        }
        return nil
    }

    /// "meminta agar …", "mencatat, …", "meminta pemerintah segera …, agar": a clause-only verb's
    /// clause, within a few words ("meminta maaf" and "mencatat rekor" report no speech).
    /// "BMKG kemudian melaporkan GRIB Jaya ke Polda Metro Jaya": a complaint filed with the police or
    /// another authority, not a report of what someone said (unless "bahwa" follows).
    func filesAComplaint(at v: Int, _ b: Int) -> Bool {
        guard t[v].hash == ClaimRun.melaporkan else { return false }
        let window = (v + 1)..<min(b, v + 10)
        guard !window.contains(where: { t[$0].hash == CueLexicon.bahwa }) else { return false }
        return window.contains { $0 + 1 < b && (t[$0].hash == ClaimRun.ke || t[$0].hash == ClaimRun.kepada) && ClaimRun.authorities.contains(t[$0 + 1].hash) }
    }
    static let melaporkan = TokenizedText.hash("melaporkan"), ke = TokenizedText.hash("ke"), kepada = TokenizedText.hash("kepada")
    static let dilaporkan = TokenizedText.hash("dilaporkan")
    static let authorities = WordSet(words: ["polda", "polres", "polresta", "polrestabes", "polsek", "polri", "polisi", "kepolisian",
                                             "bareskrim", "mabes", "kpk", "kejaksaan", "kejari", "kejati", "kejagung", "bawaslu",
                                             "ombudsman", "komnas", "dkpp", "mkd", "propam", "pengadilan", "pihak"])

    func opensClause(after v: Int, _ b: Int) -> Bool {
        guard v + 1 < b else { return false }
        if !t[v + 1].isWord { return t[v + 1].mark == "," || t[v + 1].mark == ":" }
        var k = v + 1
        let request = ClaimRun.requestVerbs.contains(t[v].hash)
        while k < min(b, v + 11) {
            if !t[k].isWord, t[k].mark != "-" { return false }
            if ClaimRun.clauseOpeners.contains(t[k].hash) { return true }
            // "BPBD mencatat ada satu RT …", "mencatat sebanyak 120 penerbangan …": a reported fact.
            if k == v + 1, ClaimRun.existentialOpeners.contains(t[k].hash) || t[k].hasDigit { return true }
            // "meminta Fadli Zon segera meminta maaf", "meminta seluruh rakyat Indonesia berperan aktif": after the
            // object, what is asked of it.
            if request, k > v + 1, !t[k].isCapitalized,
               ClaimRun.requestOpeners.contains(t[k].hash) || ClaimRun.looksLikeVerb(text, t[k]) && t[k].range.count >= 6 { return true }
            k += 1
        }
        return false
    }
}
