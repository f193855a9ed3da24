/// What a run learns about the article's people before and while it reads: full names by
/// surname and first name, names with an age ("Rina (40)"), and the role stated where a person is
/// first named, given to their later claims that state none.
extension ClaimRun {
    // MARK: Names

    /// Records every run of two or more capitalised words (role words and places stripped from
    /// its front) under its last word, keeping the longest: "Igor Korotchenko" for "Korotchenko".
    mutating func collectNames() {
        var i = 0
        let tokens = text.tokens
        // Where a nickname may be given ("disapa", "dipanggil") or a short form
        // stand in brackets: read by `collectNicknames` after the names are known.
        var nicknameCues: [Int] = [], brackets: [Int] = []
        let disapa = ClaimRun.disapa, dipanggil = ClaimRun.dipanggil
        while i < tokens.count {
            guard tokens[i].isCapitalized else {
                let h = tokens[i].hash
                if h == disapa || h == dipanggil {
                    nicknameCues.append(i)
                } else if h == 0, tokens[i].mark == "(" {
                    brackets.append(i)
                }
                i += 1
                continue
            }
            var j = i + 1
            while j < tokens.count {
                // A name never runs over a paragraph break ("… Warga Tertimpa" / "Dian menjelaskan …").
                if text.scalars[tokens[j - 1].range.upperBound..<tokens[j].range.lowerBound].contains("\n") { break }
                if tokens[j].isCapitalized, !tokens[j].hasDigit { j += 1; continue }
                // "Ronald A. Sinaga": an initial's full stop inside a name.
                if !tokens[j].isWord, tokens[j].mark == ".", j + 1 < tokens.count, tokens[j + 1].isCapitalized, tokens[j - 1].range.count == 1,
                   j - i >= 2, tokens[j + 1].range.lowerBound == tokens[j].range.upperBound + 1 { j += 1; continue }
                break
            }
            // A name followed by an age in brackets: "Rina (40)".
            if j + 2 < tokens.count, !tokens[j].isWord, tokens[j].mark == "(", tokens[j + 1].isWord, tokens[j + 1].hasDigit,
               tokens[j + 1].range.count <= 3, !tokens[j + 2].isWord, tokens[j + 2].mark == ")" {
                agedNames.insert(tokens[j - 1].hash)
            }
            if j - i < 2 { i = j; continue }   // a single capitalised word is not a full name
            // The name is the trailing part of the run, as in a speaker phrase: it stops at role,
            // place, institution and calendar words and acronyms ("Syahbandar Tanjung Lombar | Hendra Saputra").
            var lo = j
            while lo > i, j - lo < 4 {
                // "A" of "Ronald A. Sinaga" (a run may end the text: no token after it)
                let initial = tokens[lo - 1].range.count == 1 && lo < tokens.count && !tokens[lo].isWord
                if !tokens[lo - 1].isWord { lo -= 1; continue }
                if !initial, tokens[lo - 1].claimFlags & CueLexicon.Flag.notName != 0 || tokens[lo - 1].isAllCaps { break }
                lo -= 1
            }
            while lo < j, !tokens[lo].isWord { lo += 1 }
            // A capitalised common noun opening a sentence ("Penyalahgunaan") is not part of a name.
            let sentenceInitial = i == 0 || (!tokens[i - 1].isWord && (tokens[i - 1].mark == "." || QuoteScanner.isDouble(tokens[i - 1].mark)))
            if lo == i, sentenceInitial, j - i >= 2, text.looksLikeCommonNoun(tokens[i]) { lo += 1 }
            // "Komisi Pemberantasan Korupsi Budi Santoso": in a run of three words or more after a role or an
            // institution, words the article writes in lowercase elsewhere, or common nouns by their affixes, open no name.
            if lo > i { while j - lo > 2, text.looksLikeCommonNoun(tokens[lo]) || text.appearsLowercase(tokens[lo].hash) { lo += 1 } }
            // "bidang Kemaritiman Rudi Hartono": the word after "bidang" is a field, not a first name.
            if lo > 0, j - lo >= 3, tokens[lo - 1].isWord, tokens[lo - 1].hash == ClaimRun.bidang { lo += 1 }
            // "Koordinasi Penanaman Modal" is no person; nor is "Kapas Krampung" after "Jalan".
            let allCommon = (lo..<j).allSatisfy { text.looksLikeCommonNoun(tokens[$0]) }
            let afterPlaceWord = lo > 0 && tokens[lo - 1].isWord && ClaimRun.locationWords.contains(tokens[lo - 1].hash)
            if allCommon || afterPlaceWord { i = max(j, i + 1); continue }
            if j - lo >= 2 && j - lo <= 4 {
                let name = tokens[lo].range.lowerBound..<tokens[j - 1].range.upperBound
                let key = tokens[j - 1].hash
                if let existing = fullNames[key] { if name.count > existing.count { fullNames[key] = name } } else { fullNames[key] = name }
                if firstNames[tokens[lo].hash] == nil { firstNames[tokens[lo].hash] = name }
                nameMentions.append(name)
                if lo > i, introducedRoles[key] == nil, CueLexicon.roleWords.contains(tokens[i].hash),
                   let phrase = SpeakerPhrase.parse(text, tokens: i, j), let role = phrase.roleRange, phrase.nameRange == name {
                    introducedRoles[key] = (name, role, phrase.affiliationRange)
                }
                // "Joko Widodo (Jokowi)": the short form in brackets names the same person.
                if j + 2 < tokens.count, !tokens[j].isWord, tokens[j].mark == "(", tokens[j + 1].isWord, tokens[j + 1].isCapitalized,
                   !tokens[j + 2].isWord, tokens[j + 2].mark == ")" {
                    fullNames[tokens[j + 1].hash] = name
                }
            }
            i = max(j, i + 1)
        }
        if !nicknameCues.isEmpty || !brackets.isEmpty { collectNicknames(cues: nicknameCues, brackets: brackets) }
    }

    static let disapa = TokenizedText.hash("disapa"), dipanggil = TokenizedText.hash("dipanggil")
    static let nicknameLeads = WordSet(words: ["yang", "biasa", "akrab", "karib", "sering", "kerap"])

    /// "Ronald A. Sinaga atau yang akrab disapa Bro Ron", "… Andi Darussalam Tabussala. Sosok yang biasa
    /// disapa ADS …": the nickname (one or two capitalised words) names the person named just before.
    mutating func collectNicknames(cues: [Int], brackets: [Int]) {
        let tokens = text.tokens
        for k in cues where k > 0 && k + 1 < tokens.count {
            guard tokens[k - 1].isWord, ClaimRun.nicknameLeads.contains(tokens[k - 1].hash),
                  tokens[k + 1].isWord, tokens[k + 1].isCapitalized else { continue }
            var e = k + 1
            while e < tokens.count, e - k <= 2, tokens[e].isWord, tokens[e].isCapitalized { e += 1 }
            let at = tokens[k].range.lowerBound
            guard let name = nameMentions.last(where: { $0.upperBound <= at }),
                  k - text.tokenIndex(atOrAfter: name.upperBound) <= 10 else { continue }
            nicknames[text.hash(of: tokens[k + 1].range.lowerBound..<tokens[e - 1].range.upperBound)] = name
            // "Bro Ron" is "Ron" after a word read as a title.
            if e - k == 3 { nicknames[tokens[e - 1].hash] = name }
        }
        // "Tubagus (TB) Hasanuddin": a short form in brackets inside a name, when the article writes the
        // name whole elsewhere ("papar Tubagus Hasanuddin").
        for k in brackets where k > 0 && k + 3 < tokens.count {
            guard tokens[k - 1].isWord, tokens[k - 1].isCapitalized, !tokens[k - 1].isAllCaps, tokens[k + 1].isWord,
                  tokens[k + 1].isAllCaps, !tokens[k + 2].isWord, tokens[k + 2].mark == ")", tokens[k + 3].isWord,
                  tokens[k + 3].isCapitalized, !tokens[k + 3].isAllCaps, let whole = fullNames[tokens[k + 3].hash] else { continue }
            let first = text.tokenIndex(atOrAfter: whole.lowerBound)
            guard first < tokens.count, tokens[first].hash == tokens[k - 1].hash else { continue }
            nicknames[tokens[k + 1].hash] = whole
        }
    }

    static let bidang = TokenizedText.hash("bidang")

    /// Gives a claim whose attribution states no role the role stated where its speaker was introduced.
    mutating func addIntroducedRoles() {
        // Each speaker's introduction is looked up once.
        var found = WordMap<(name: Range<Int>, role: Range<Int>, affiliation: Range<Int>?)?>()
        for k in claims.indices where claims[k].roleRange == nil {
            guard let speaker = claims[k].speaker else { continue }
            let intro: (name: Range<Int>, role: Range<Int>, affiliation: Range<Int>?)?
            let key = TokenizedText.hash(speaker)
            if let known = found[key] {
                intro = known
            } else {
                if speaker.utf8.contains(0x20), let last = TokenizedText.lastWordHash(speaker) {
                    if let stated = introducedRoles[last], text.string(stated.name) == speaker {
                        intro = stated
                    } else {
                        intro = roleAtFirstMention(of: speaker, lastWord: last)
                    }
                } else {
                    intro = nil
                }
                found[key] = .some(intro)
            }
            guard let intro else { continue }
            claims[k].roleRange = intro.role
            claims[k].affiliationRange = intro.affiliation
            if claims[k].role == nil { claims[k].role = text.string(intro.role) }
        }
    }

    /// The role stated with the first mention of `speaker` (a full name), before it ("Kepala Dinas
    /// Pendidikan dan Kebudayaan Aceh Saminan Ismail") or between commas after it ("Tri Maharini,
    /// dokter emergensi dari Persatuan Dokter Emergensi Indonesia, memaparkan").
    func roleAtFirstMention(of speaker: String, lastWord: UInt64) -> (name: Range<Int>, role: Range<Int>, affiliation: Range<Int>?)? {
        var words = 1
        for b in speaker.utf8 where b == 0x20 { words += 1 }
        for mention in nameMentions {
            let end = text.tokenIndex(atOrAfter: mention.upperBound)
            guard end > 0, t[end - 1].hash == lastWord else { continue }
            // The name's first token: `words` words back from its last.
            var first = end, seen = 0
            while first > 0, seen < words { first -= 1; if t[first].isWord { seen += 1 } }
            let name = t[first].range.lowerBound..<t[end - 1].range.upperBound
            guard text.string(name) == speaker else { continue }
            // Before the name: back to the clause start, at most 22 tokens, from the first role word.
            var lo = first
            while lo > 0, first - lo < 22, t[lo - 1].isWord || t[lo - 1].mark == "(" || t[lo - 1].mark == ")" || t[lo - 1].mark == "/" {
                lo -= 1
            }
            if let r = (lo..<first).first(where: { t[$0].isWord && CueLexicon.roleWords.contains(t[$0].hash) }),
               let phrase = SpeakerPhrase.parse(text, tokens: r, end), phrase.nameRange == name, let role = phrase.roleRange {
                return (name, role, phrase.affiliationRange)
            }
            // After it, between commas.
            if end + 1 < t.count, !t[end].isWord, t[end].mark == ",", t[end + 1].isWord,
               CueLexicon.roleWords.contains(t[end + 1].hash) || !t[end + 1].isCapitalized && CueLexicon.determiners.contains(t[end + 1].hash),
               let comma = (end + 1..<min(t.count, end + 16)).first(where: { !t[$0].isWord && (t[$0].mark == "," || t[$0].mark == ".") }) {
                let roleLo = CueLexicon.determiners.contains(t[end + 1].hash) ? end + 2 : end + 1
                let roleHi = subjectEnd(from: roleLo, to: comma)
                if roleHi > roleLo {
                    return (name, t[roleLo].range.lowerBound..<t[roleHi - 1].range.upperBound,
                            SpeakerPhrase.affiliation(in: t, role: roleLo, roleHi))
                }
            }
            return nil
        }
        return nil
    }
}
