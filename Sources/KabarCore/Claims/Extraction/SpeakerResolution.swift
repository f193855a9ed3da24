/// Who a claim's attribution points to: a name to the fullest form the article uses, a pronoun or
/// "-nya" to the last person who spoke, a bare role to the named speaker who held it.
extension ClaimRun {
    /// A claim attributed through `phrase` at cue token `cue`: the speaker resolved (which updates
    /// the "last speaker" memory) and the phrase's speaker, role, name and organisation ranges kept.
    mutating func attributed(_ kind: ClaimKind, phrase: SpeakerPhrase?, nyaCue: Bool = false, cue: Int?, content: Range<Int>,
                             quote: Range<Int>? = nil, via: [String], venue: String?, hedged: Bool) -> Claim {
        let (mention, speaker, role) = resolve(phrase, nyaCue: nyaCue)
        return Claim(kind: kind, speakerMention: mention, speaker: speaker, role: role, cue: cue.map { text.string(t[$0].range) },
                     content: text.string(content), range: content, quoteRange: quote, cueRange: cue.map { t[$0].range },
                     speakerRange: phrase?.range, roleRange: phrase?.roleRange, nameRange: phrase?.nameRange,
                     affiliationRange: phrase?.affiliationRange, via: via, venue: venue, hedged: hedged)
    }

    /// The resolved speaker for a phrase; updates the "last speaker" memory.
    /// The last person to speak, or else the nearest person named before the current sentence.
    var pointedPerson: String? {
        lastPerson ?? nameMentions.last(where: { $0.lowerBound < cursor }).map { text.string(nicknames.count > 0 ? nicknames[text.hash(of: $0)] ?? $0 : $0) } ?? lastSpeaker
    }

    mutating func resolve(_ phrase: SpeakerPhrase?, nyaCue: Bool = false) -> (mention: String?, speaker: String?, role: String?) {
        if nyaCue || phrase == nil {
            return (nil, pointedPerson, nil)
        }
        let p = phrase!
        let mention = text.string(p.range)
        let role = p.roleRange.map(text.string)
        if p.isPronoun {
            // "Mereka" right after a sentence that opened with an organisation is that organisation.
            if p.isGroup, let group = previousGroup, p.range.lowerBound == cursor || text.tokenIndex(atOrAfter: cursor) == text.tokenIndex(atOrAfter: p.range.lowerBound) {
                return (mention, text.string(group), nil)
            }
            return (mention, p.isGroup ? lastSpeaker : pointedPerson, nil)
        }
        // "Mantan direktur liga itu": the last speaker, or before anyone spoke, the person named last.
        // Before anyone is named, a person described at length is that description ("Pria berbaju biru navy itu").
        if p.isAnaphor {
            let person = isPersonAnaphor(p.range)
            return (mention, lastSpeaker ?? (person ? pointedPerson ?? description(p.range) : nil), nil)
        }
        if p.nameRange == nil, let match = speakerByRole(p.range) {
            lastSpeaker = match
            lastPerson = match
            return (mention, match, role)
        }
        // "ujar Menkeu", "menurut Menko Kemaritiman": a title or field read as a name, when it is the
        // role of a speaker named before ("Menteri Keuangan Bambang …", "Menteri Koordinator bidang
        // Kemaritiman …, Rizal Ramli").
        if let nameRange = p.nameRange, let match = speakerByTitleReadAsName(p.range, name: nameRange) {
            lastSpeaker = match
            lastPerson = match
            return (mention, match, role)
        }
        if let nameRange = p.nameRange {
            let written = text.string(nameRange)
            var name = written
            let nameTokens = text.tokenIndex(atOrAfter: nameRange.lowerBound)
            let lastToken = text.tokenIndex(atOrAfter: nameRange.upperBound) - 1
            if nicknames.count > 0, let nicknamed = nicknames[text.hash(of: nameRange)] {
                name = text.string(nicknamed)
            } else if lastToken >= nameTokens, let fullRange = fullNames[t[lastToken].hash], fullRange.count > nameRange.count {
                let full = text.string(fullRange)
                if full.hasSuffix(name) || lastToken == nameTokens { name = full }
            } else if let fullRange = firstNames[t[nameTokens].hash], fullRange.count > nameRange.count {
                // "Sri Mulyani" after "Sri Mulyani Indrawati": the full name it begins.
                let full = text.string(fullRange)
                if lastToken == nameTokens || full.hasPrefix(name + " ") { name = full }
            }
            // A full name stated at an attribution is the surest form: later first names point to it
            // ("Ketua KPU Kota Metro Nurris Septa Pratama mengatakan" … "kata Nurris").
            // (A resolved name is always longer than the written one: the same length means unchanged.)
            if lastToken > nameTokens, name.utf8.count == written.utf8.count {
                firstNames[t[nameTokens].hash] = nameRange
                if (fullNames[t[lastToken].hash]?.count ?? 0) < nameRange.count { fullNames[t[lastToken].hash] = nameRange }
            }
            lastSpeaker = name
            // A lone sentence-opening word ("Apalagi") is no person for "-nya" to point back at.
            let followedByComma = lastToken + 1 < t.count && !t[lastToken + 1].isWord && t[lastToken + 1].mark == ","
            if name.utf8.contains(0x20) || isCapitalisedMidSentence(t[nameTokens].hash) || p.roleRange != nil || followedByComma {
                lastPerson = name
            }
            if let r = p.roleRange {
                rolesOfSpeakers.append((roleWords(r), name))
                // The role stated here goes to this speaker's later claims that state none.
                if lastToken > nameTokens, name.utf8.count == written.utf8.count, introducedRoles[t[lastToken].hash] == nil {
                    introducedRoles[t[lastToken].hash] = (nameRange, r, p.affiliationRange)
                }
            }
            return (mention, name, role)
        }
        // A group or institution speaks too, but "-nya" and "dia" keep pointing at the last person.
        lastSpeaker = mention
        return (mention, mention, role)
    }

    /// A person's description without its closing demonstrative, when it runs to three words or more
    /// ("Pria berbaju biru navy dan celana jeans itu" → "Pria berbaju biru navy dan celana jeans").
    func description(_ range: Range<Int>) -> String? {
        let a = text.tokenIndex(atOrAfter: range.lowerBound), b = text.tokenIndex(atOrAfter: range.upperBound)
        guard b - a >= 4, t[b - 1].isWord, ClaimRun.demonstratives.contains(t[b - 1].hash) else { return nil }
        return text.string(t[a].range.lowerBound..<t[b - 2].range.upperBound)
    }

    /// An anaphor for a person ("Sosok yang biasa disapa ADS tersebut", "Wakil Ketua DPW Jabar ini"),
    /// not for a document or a thing ("aturan itu"): its first word is a role or a noun for a person.
    func isPersonAnaphor(_ range: Range<Int>) -> Bool {
        let k = text.tokenIndex(atOrAfter: range.lowerBound)
        return k < t.count && t[k].isWord && (CueLexicon.roleWords.contains(t[k].hash) || ClaimRun.personNouns.contains(t[k].hash))
    }

    /// The capitalised words of a role, with abbreviations spelled out ("Menkeu" → menteri, keuangan).
    func capitalisedWords(_ range: Range<Int>) -> [UInt64] {
        var words: [UInt64] = []
        var i = text.tokenIndex(atOrAfter: range.lowerBound)
        while i < t.count, t[i].range.lowerBound < range.upperBound {
            if t[i].isWord, t[i].isCapitalized {
                if let expanded = CueLexicon.roleAbbreviations[t[i].hash] { words += expanded } else { words.append(t[i].hash) }
            }
            i += 1
        }
        return words
    }

    /// All words of a role (lowercase ones too: "Menteri Koordinator bidang Kemaritiman"), for matching titles.
    func roleWords(_ range: Range<Int>) -> [UInt64] {
        var words: [UInt64] = []
        var i = text.tokenIndex(atOrAfter: range.lowerBound)
        while i < t.count, t[i].range.lowerBound < range.upperBound {
            if t[i].isWord { words.append(t[i].hash) }
            i += 1
        }
        return words
    }

    /// A nameless, capitalised role phrase sharing two words with a named speaker's role is that speaker.
    func speakerByRole(_ range: Range<Int>) -> String? {
        // A place alone ("Korea Utara") is no role, though a role named it ("Pemimpin Korea Utara").
        let phraseWords = roleWords(range)
        guard phraseWords.contains(where: { CueLexicon.roleWords.contains($0) || CueLexicon.roleAbbreviations[$0] != nil }) else { return nil }
        let words = capitalisedWords(range)
        guard words.count >= 2 || (words.count == 1 && rolesOfSpeakers.contains { $0.words.contains(words[0]) }) else { return nil }
        if words.count == 1 {
            // A lone title ("Menkeu" → menteri keuangan was expanded above; "Gubernur"): the last speaker with it.
            return rolesOfSpeakers.last { $0.words.contains(words[0]) }?.speaker
        }
        for entry in rolesOfSpeakers.reversed() where entry.words.filter(words.contains).count >= 2 { return entry.speaker }
        return nil
    }

    /// The named speaker whose role holds every word of `name` (a title among them; abbreviations
    /// spelled out) and two words of the whole phrase: "Menkeu" is the Menteri Keuangan named before.
    func speakerByTitleReadAsName(_ range: Range<Int>, name: Range<Int>) -> String? {
        // The name must hold a title ("Menkeu", "Menko"): a place named in a role ("pakar militer Rusia") is no title.
        var i = text.tokenIndex(atOrAfter: name.lowerBound), titled = false
        while i < t.count, t[i].range.lowerBound < name.upperBound {
            if t[i].isWord, CueLexicon.roleAbbreviations[t[i].hash] != nil || CueLexicon.roleWords.contains(t[i].hash) { titled = true }
            i += 1
        }
        guard titled else { return nil }
        let nameWords = capitalisedWords(name)
        guard !nameWords.isEmpty, nameWords.count <= 3, !rolesOfSpeakers.isEmpty else { return nil }
        let words = capitalisedWords(range)
        for entry in rolesOfSpeakers.reversed() {
            // The role's abbreviations spelled out too ("Kapolda Metro Jaya" holds kepala, kepolisian, daerah).
            let roleWords = entry.words + entry.words.flatMap { CueLexicon.roleAbbreviations[$0] ?? [] }
            if nameWords.allSatisfy(roleWords.contains) && words.filter(roleWords.contains).count >= min(2, words.count) {
                return entry.speaker
            }
        }
        return nil
    }

    /// People kabar knows by more than one name (`EntityLexicon.builtIn`).
    static let knownPeople = EntityLexicon()
    /// Their other names, by hash of the whole name ("jokowi", "sri mulyani"), to the full name.
    static let knownPersonNames: WordMap<String> = {
        var names = WordMap<String>()
        for e in EntityLexicon.builtIn where e.kind == .person {
            for alias in e.aliases where alias != e.canonical { names[TokenizedText.hash(alias)] = e.canonical }
        }
        return names
    }()

    /// "Jokowi" → "Joko Widodo", "SBY" → "Susilo Bambang Yudhoyono": a speaker the article names
    /// only by another name of a person kabar knows gets that person's full name.
    mutating func nameKnownPeople() {
        for k in claims.indices {
            guard let speaker = claims[k].speaker, speaker.utf8.count <= 24,
                  let full = ClaimRun.knownPersonNames[TokenizedText.hash(speaker)], full != speaker else { continue }
            claims[k].speaker = full
        }
    }
}
