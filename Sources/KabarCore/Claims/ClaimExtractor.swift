/// Finds every attributed claim in a cleaned body: direct quotes (attribution after or before
/// the quotation, or continuing the previous speaker), partial quotes inside reported speech,
/// reported speech (X mengatakan bahwa …; menurut X, …; …, kata X), and hedged statements with
/// no source. Speakers are resolved within the article: pronouns and "-nya" cues to the
/// nearest earlier speaker, surnames to the full name used earlier.
public struct ClaimExtractor: Sendable {
    public init() {}

    /// - Parameter dateline: the dateline's scalars in `body` ("MOSKWA, KOMPAS.com – "), which are not claim text.
    public func extract(from body: String, dateline: Range<Int>? = nil) -> [Claim] {
        var run = ClaimRun(text: TokenizedText(body))
        run.dateline = dateline
        run.collectNames()
        run.extractAll()
        run.addIntroducedRoles()
        run.markVoxPop()
        return run.claims
    }
}

struct ClaimRun {
    let text: TokenizedText
    var claims: [Claim] = []
    /// Surname (hash of the last name word) → full name, from capitalised runs in the article.
    var fullNames = WordMap<Range<Int>>()
    /// First name → full name ("Hendra" → "Hendra Saputra"): Indonesian news often uses the first name.
    var firstNames = WordMap<Range<Int>>()
    /// Names followed by an age in brackets ("Rina (40)") anywhere in the article: members of the public.
    var agedNames = Set<UInt64>()
    /// Every full-name mention (scalar range), for "-nya" with no earlier speaker.
    var nameMentions: [Range<Int>] = []
    /// Surname → the role and organisation stated where the person is first named with one
    /// ("Wali Kota Seruni Bambang Aryaseta mempersilakan …"), for claims whose attribution names no role.
    var introducedRoles = WordMap<(name: Range<Int>, role: Range<Int>, affiliation: Range<Int>?)>()
    /// Start of the sentence being read.
    var cursor = 0
    /// The dateline in the body, skipped.
    var dateline: Range<Int>?
    /// Capitalised role words of named speakers, to resolve "Kepala Dinas Intelijen Rahasia (MI6)" to
    /// the "Kepala MI6 Richard Moore" met before.
    var rolesOfSpeakers: [(words: [UInt64], speaker: String)] = []
    /// The claim-word flags of the last token range asked about: each sentence is asked several
    /// times (cues, hedges, passive verbs), and its tokens are read once.
    final class FlagsMemo { var a = -1, b = -1; var flags: UInt8 = 0 }
    let flagsMemo = FlagsMemo()
    var lastSpeaker: String?
    var lastPerson: String?
    /// Words capitalised in the middle of a sentence somewhere in the article (made when first needed).
    var capitalisedMidSentence: Set<UInt64>?
    /// An unclosed quotation at a paragraph end, waiting for the next paragraph's attribution.
    var pending: [Claim] = []

    init(text: TokenizedText) {
        self.text = text
    }

    /// True when the word `hash` is capitalised somewhere in the middle of a sentence: evidence
    /// that it is a name, not just a sentence opener ("Apalagi", "Kedua").
    /// The words are listed in one pass over the article, the first time one is asked about.
    mutating func isCapitalisedMidSentence(_ hash: UInt64) -> Bool {
        if capitalisedMidSentence == nil {
            let tokens = text.tokens
            var found = Set<UInt64>()
            var k = 1
            while k < tokens.count {
                if tokens[k].isCapitalized, tokens[k - 1].isWord || tokens[k - 1].mark == "," { found.insert(tokens[k].hash) }
                k += 1
            }
            capitalisedMidSentence = found
        }
        return capitalisedMidSentence!.contains(hash)
    }

    /// True when some token in `a..<b` carries one of `mask`'s flags.
    func any(_ mask: UInt8, _ a: Int, _ b: Int) -> Bool {
        let memo = flagsMemo
        if memo.a != a || memo.b != b {
            var flags: UInt8 = 0
            text.tokens.withUnsafeBufferPointer { tokens in
                var k = a
                while k < b { flags |= tokens[k].claimFlags; k &+= 1 }
            }
            memo.a = a; memo.b = b; memo.flags = flags
        }
        return memo.flags & mask != 0
    }

    var t: [TokenizedText.Token] { text.tokens }

    // MARK: Names

    /// Records every run of two or more capitalised words (role words and places stripped from
    /// its front) under its last word, keeping the longest: "Igor Korotchenko" for "Korotchenko".
    mutating func collectNames() {
        var i = 0
        let tokens = text.tokens
        while i < tokens.count {
            guard tokens[i].isCapitalized else { i += 1; continue }
            var j = i + 1
            while j < tokens.count, tokens[j].isCapitalized, !tokens[j].hasDigit { j += 1 }
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
                if tokens[lo - 1].claimFlags & CueLexicon.Flag.notName != 0 || tokens[lo - 1].isAllCaps { break }
                lo -= 1
            }
            // A capitalised common noun opening a sentence ("Penyalahgunaan") is not part of a name.
            let sentenceInitial = i == 0 || (!tokens[i - 1].isWord && (tokens[i - 1].mark == "." || QuoteScanner.isDouble(tokens[i - 1].mark)))
            if lo == i, sentenceInitial, j - i >= 2, text.looksLikeCommonNoun(tokens[i]) { lo += 1 }
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
    }

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
        lastPerson ?? nameMentions.last(where: { $0.lowerBound < cursor }).map(text.string) ?? lastSpeaker
    }

    mutating func resolve(_ phrase: SpeakerPhrase?, nyaCue: Bool = false) -> (mention: String?, speaker: String?, role: String?) {
        if nyaCue || phrase == nil {
            return (nil, pointedPerson, nil)
        }
        let p = phrase!
        let mention = text.string(p.range)
        let role = p.roleRange.map(text.string)
        if p.isPronoun {
            return (mention, p.isGroup ? lastSpeaker : pointedPerson, nil)
        }
        if p.isAnaphor { return (mention, lastSpeaker, nil) }
        if p.nameRange == nil, let match = speakerByRole(p.range) {
            lastSpeaker = match
            lastPerson = match
            return (mention, match, role)
        }
        if let nameRange = p.nameRange {
            let written = text.string(nameRange)
            var name = written
            let nameTokens = text.tokenIndex(atOrAfter: nameRange.lowerBound)
            let lastToken = text.tokenIndex(atOrAfter: nameRange.upperBound) - 1
            if lastToken >= nameTokens, let fullRange = fullNames[t[lastToken].hash], fullRange.count > nameRange.count {
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

    // MARK: Members of the public

    mutating func markVoxPop() {
        guard !claims.isEmpty else { return }
        let aged = agedNames
        func publicWord(_ range: Range<Int>?) -> Bool {
            guard let range else { return false }
            var i = text.tokenIndex(atOrAfter: range.lowerBound)
            while i < t.count, t[i].range.lowerBound < range.upperBound {
                if t[i].isWord, aged.contains(t[i].hash) || ClaimRun.publicRoles.contains(t[i].hash) { return true }
                i += 1
            }
            return false
        }
        /// A role of the public opens with its word ("warga Pekayon"); an official's does not
        /// ("Ketua Harian … Kesatuan Nelayan Tradisional Indonesia").
        func publicRole(_ range: Range<Int>?) -> Bool {
            guard let range else { return false }
            let i = text.tokenIndex(atOrAfter: range.lowerBound)
            return i < t.count && t[i].isWord && ClaimRun.publicRoles.contains(t[i].hash)
        }
        for k in claims.indices {
            // The resolved name too: "Ayu" at the quote, "Ayu Rahmatika (26)" earlier.
            let named = claims[k].speaker.map { TokenizedText.containsWord($0) { aged.contains($0) || ClaimRun.publicRoles.contains($0) } } ?? false
            claims[k].voxPop = named || publicWord(claims[k].speakerRange) || publicRole(claims[k].roleRange)
        }
    }

    static let publicRoles: WordSet = WordSet(["warga", "pedagang", "penumpang", "orangtua", "pengunjung", "pengemudi",
                                               "petani", "nelayan", "buruh", "siswa", "mahasiswa", "pelajar", "karyawan",
                                               "sopir", "korban", "tetangga", "penduduk", "pembeli", "pelanggan", "peserta",
                                               "pemudik", "penonton", "pesepeda", "pengendara", "ojek", "pasien"].map(TokenizedText.hash))

    // MARK: Walk

    mutating func extractAll() {
        for fullParagraph in text.paragraphs {
            // A dateline ("Liputan6.com, Pyongyang - ") opens the first paragraphs; it is not claim text.
            var paragraph = fullParagraph
            if let d = dateline, d.lowerBound == fullParagraph.lowerBound, d.upperBound < fullParagraph.upperBound {
                paragraph = d.upperBound..<fullParagraph.upperBound
            }
            let quotes = QuoteScanner.scan(text, paragraph)
            let quoteSpans = quotes.map { $0.span(paragraphEnd: paragraph.upperBound) }
            let sentences = SentenceSplitter.split(text, paragraph, quotes: quoteSpans)
            var unattributedAtStart: [Claim] = []
            // Quotes and sentences both run in text order: each sentence's quotes are the next ones
            // (never a scan of the paragraph's quotes per sentence).
            var firstQuote = 0, firstSpan = 0
            for sentence in sentences {
                cursor = sentence.lowerBound
                var sentenceCovered = false
                while firstQuote < quotes.count, quotes[firstQuote].open < sentence.lowerBound { firstQuote += 1 }
                var lastQuote = firstQuote
                while lastQuote < quotes.count, sentence.contains(quotes[lastQuote].open) { lastQuote += 1 }
                while firstSpan < quoteSpans.count, quoteSpans[firstSpan].upperBound <= sentence.lowerBound { firstSpan += 1 }
                var lastSpan = firstSpan
                while lastSpan < quoteSpans.count, quoteSpans[lastSpan].lowerBound < sentence.upperBound { lastSpan += 1 }
                for quote in quotes[firstQuote..<lastQuote] {
                    if let claim = attributeQuote(quote, paragraph: paragraph, sentence: sentence) {
                        if claim.speaker == nil && quote.close == nil && claim.kind == .direct {
                            unattributedAtStart.append(claim)   // may be resolved by the next paragraph
                        } else {
                            claims.append(claim)
                        }
                        sentenceCovered = sentenceCovered || claim.kind == .direct || claim.kind == .partial
                        for inner in quote.inner { if let c = attributeInner(inner, outer: claim) { claims.append(c) } }
                    }
                }
                if !sentenceCovered {
                    if let claim = reportedSpeech(in: sentence, quotes: quoteSpans[firstSpan..<lastSpan]) {
                        claims.append(claim)
                    } else if !attributeBackReference(sentence) {
                        introduceSpeaker(sentence)
                    }
                }
            }
            // A quotation continued over paragraphs takes the speaker named at its end.
            if !pending.isEmpty, let first = claims.last(where: { $0.range.lowerBound >= paragraph.lowerBound }), first.kind == .direct {
                for var p in pending {
                    p.speaker = first.speaker; p.speakerMention = nil; p.role = first.role
                    claims.append(p)
                }
                pending.removeAll()
            } else if !pending.isEmpty {
                claims.append(contentsOf: pending)
                pending.removeAll()
            }
            pending = unattributedAtStart
        }
        claims.append(contentsOf: pending)
        claims.sort { $0.range.lowerBound < $1.range.lowerBound }
    }

    // MARK: Quotes

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
            guard contentTokens >= 3, var reported = reportedSpeech(in: sentence, quotes: []), reported.kind == .indirect else { return nil }
            reported.kind = .partial
            reported.quoteRange = span
            return reported
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
        guard v >= outerStart, CueLexicon.speechVerbs.contains(t[v].hash) || CueLexicon.postCues.contains(t[v].hash)
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
        if k > a, k < b, t[k].isWord, CueLexicon.postCues.contains(t[k].hash) || CueLexicon.speechVerbs.contains(t[k].hash) {
            return PostAttribution(cue: k, phrase: SpeakerPhrase.parse(text, tokens: a, k), nya: false, phraseEnd: k + 1)
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
            if last - start <= 10, let phrase = SpeakerPhrase.parse(text, tokens: start, last) { return PreAttribution(cue: nil, phrase: phrase) }
            return nil
        }
        // "X mengatakan, “…”", "X menegaskan bahwa “…”", "Kata X, “…”".
        var k = last
        while k >= a, !t[k].isWord { k -= 1 }
        if k >= a, t[k].hash == CueLexicon.bahwa || t[k].hash == CueLexicon.that { k -= 1 }
        while k >= a, !t[k].isWord { k -= 1 }
        guard k >= a else { return nil }
        if CueLexicon.speechVerbs.contains(t[k].hash) || t[k].hash == ClaimRun.berkata {
            let start = clauseStart(from: a, to: k)
            let subjectEnd = subjectEnd(from: start, to: k)
            return PreAttribution(cue: k, phrase: SpeakerPhrase.parse(text, tokens: start, subjectEnd))
        }
        // "Kata X, “…”" / "Menurut X, “…”"
        let start = clauseStart(from: a, to: k + 1)
        if start < k, CueLexicon.postCues.contains(t[start].hash) || t[start].hash == CueLexicon.menurut {
            return PreAttribution(cue: start, phrase: SpeakerPhrase.parse(text, tokens: start + 1, k + 1))
        }
        return nil
    }

    // MARK: Reported speech

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
                               | CueLexicon.Flag.hedge | CueLexicon.Flag.menurut, a, b) else { return nil }
        func inQuote(_ k: Int) -> Bool { quotes.contains { $0.contains(t[k].range.lowerBound) } }
        let hedged = sentenceHasHedge(sentence)
        let start = skipConnectors(from: a, to: b)
        let saved = (lastSpeaker, lastPerson)
        defer { if !recordSpeaker { (lastSpeaker, lastPerson) = saved } }

        // "Menurut X, …" / "According to X, …"
        if start < b, t[start].hash == CueLexicon.menurut || t[start].hash == CueLexicon.accordingTo {
            var nameFrom = start + 1
            if t[start].hash == CueLexicon.accordingTo, nameFrom < b, t[nameFrom].hash == SourceChain.to { nameFrom += 1 }
            if let comma = (nameFrom..<b).first(where: { !t[$0].isWord && t[$0].mark == "," }), comma - nameFrom <= 12,
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
        }
        // "…, kata X." / "…, menurut X." (no quotation marks)
        if let comma = (start..<b).last(where: { !t[$0].isWord && t[$0].mark == "," && !inQuote($0) }), comma + 1 < b,
           t[comma + 1].isWord, CueLexicon.postCues.contains(t[comma + 1].hash) || t[comma + 1].hash == CueLexicon.menurut
            || CueLexicon.nyaCues.contains(t[comma + 1].hash) {
            let cue = comma + 1
            let nya = CueLexicon.nyaCues.contains(t[cue].hash)
            let end = phraseEnd(from: cue + 1, to: b)
            let phrase = nya ? nil : SpeakerPhrase.parse(text, tokens: cue + 1, end)
            let content = contentRange(from: start, to: comma)
            if !content.isEmpty, nya || phrase != nil {
                var via = SourceChain.via(text, tokens: end, b, excluding: phrase?.range)
                via += SourceChain.via(text, tokens: start, comma, excluding: nil).filter { !via.contains($0) }
                return attributed(.indirect, phrase: phrase, nyaCue: nya, cue: cue, content: content,
                                  via: via, venue: SourceChain.venue(text, tokens: end, b), hedged: hedged)
            }
        }
        // "… mencapai 94,3% menurut data resmi Kementerian Perhubungan pada 2024." — no comma before it.
        if let m = (start..<b).last(where: { t[$0].claimFlags & CueLexicon.Flag.menurut != 0 && !inQuote($0) }), m > start + 3,
           !(m > 0 && !t[m - 1].isWord && t[m - 1].mark == ","), b - m <= 9 {
            let end = phraseEnd(from: m + 1, to: b)
            if end > m + 1, let phrase = SpeakerPhrase.parse(text, tokens: m + 1, end) {
                let content = contentRange(from: start, to: m)
                if content.count >= 8 {
                    return attributed(.indirect, phrase: phrase, cue: m, content: content, via: [], venue: nil, hedged: hedged)
                }
            }
        }
        // "…, para ahli mengungkapkan." — the speaker and verb close the sentence.
        if let comma = (start..<b).last(where: { !t[$0].isWord && t[$0].mark == "," && !inQuote($0) }) {
            var last = b - 1
            while last > comma, !t[last].isWord { last -= 1 }
            if last > comma + 1, last - comma <= 6, t[last].claimFlags & CueLexicon.Flag.speechVerb != 0,
               let phrase = SpeakerPhrase.parse(text, tokens: comma + 1, last) {
                let content = contentRange(from: start, to: comma)
                if content.count >= 8 {
                    return attributed(.indirect, phrase: phrase, cue: last, content: content,
                                      via: SourceChain.via(text, tokens: start, comma, excluding: nil), venue: nil, hedged: hedged)
                }
            }
        }
        // "X mengatakan (bahwa) …"
        // A verb in a relative clause ("… yang mengakui …") reports nobody's speech.
        // A capitalised "Said" before another capitalised word is a name ("Said Aqil Siroj mengatakan").
        if let v = (start..<b).first(where: { t[$0].isWord && CueLexicon.speechVerbs.contains(t[$0].hash) && !inQuote($0)
                                               && !($0 > start && $0 + 1 < b && t[$0].isCapitalized && t[$0 + 1].isCapitalized)
                                               && !($0 > start && t[$0 - 1].hash == ClaimRun.yang) }), v > start,
           let subject = subject(from: start, to: v) {
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
                // "mengatakan pada hari Kamis bahwa …": skip a short adverbial up to "bahwa".
                if c < b, t[c].hash == CueLexicon.bahwa || t[c].hash == CueLexicon.that {
                    c += 1
                } else if c < b, ClaimRun.adverbialStarts.contains(t[c].hash),
                          let bahwa = (c..<min(b, c + 5)).first(where: { t[$0].hash == CueLexicon.bahwa || t[$0].hash == CueLexicon.that }) {
                    c = bahwa + 1
                }
                let content = contentRange(from: c, to: b)
                if content.count >= 8 {
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
        // Hedged, with no source: "Korea Utara dikabarkan tengah bersiap …"
        if hedged {
            let content = contentRange(from: start, to: b)
            guard !content.isEmpty else { return nil }
            let hedge = (start..<b).first { CueLexicon.hedges.contains(t[$0].hash) }
            let via = SourceChain.via(text, tokens: start, b, excluding: nil)
            return Claim(kind: .unattributed, cue: hedge.map { text.string(t[$0].range) }, content: text.string(content), range: content,
                         cueRange: hedge.map { t[$0].range }, via: via, hedged: true)
        }
        return nil
    }

    /// "Klaim tersebut disampaikan pakar pertahanan Rusia Igor Korotchenko …, sebagaimana diwartakan
    /// New York Post": the source of the previous, unattributed claim.
    mutating func attributeBackReference(_ sentence: Range<Int>) -> Bool {
        let a = text.tokenIndex(atOrAfter: sentence.lowerBound), b = text.tokenIndex(atOrAfter: sentence.upperBound)
        guard any(CueLexicon.Flag.passive, a, b) else { return false }
        let start = skipConnectors(from: a, to: b)
        guard start + 3 < b, ClaimRun.claimNouns.contains(t[start].hash), ClaimRun.demonstratives.contains(t[start + 1].hash),
              ClaimRun.passiveCues.contains(t[start + 2].hash), var previous = claims.last,
              previous.kind == .unattributed || previous.speaker == nil else { return false }
        var from = start + 3
        if from < b, t[from].hash == ClaimRun.oleh { from += 1 }
        let end = phraseEnd(from: from, to: b)
        guard let phrase = SpeakerPhrase.parse(text, tokens: from, end) else { return false }
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
        guard let p = (start..<min(b, start + 7)).first(where: { t[$0].isWord && ClaimRun.passiveCues.contains(t[$0].hash) }), p > start
        else { return }
        var from = p + 1
        if from < b, t[from].hash == ClaimRun.oleh { from += 1 }
        let end = phraseEnd(from: from, to: b)
        guard end > from, let phrase = SpeakerPhrase.parse(text, tokens: from, end), let name = phrase.nameRange,
              phrase.roleRange != nil || text.tokenIndex(atOrAfter: name.upperBound) - text.tokenIndex(atOrAfter: name.lowerBound) >= 2
        else { return }
        _ = resolve(phrase)
    }

    // MARK: Helpers

    /// Where a speaker phrase after a cue ends: at punctuation, a quotation mark or a breaker word.
    func phraseEnd(from a: Int, to b: Int) -> Int {
        var k = a
        var sawCapital = false
        while k < b, k - a < 12 {
            let tok = t[k]
            // Once a name has started, a lowercase word ends it: "ujar Argo menambahkan", "kata Anies tegas".
            if tok.isWord, sawCapital, t[a].isCapitalized, !tok.isCapitalized, !ClaimRun.nameParticles.contains(tok.hash) { break }
            if tok.isWord, tok.isCapitalized { sawCapital = true }
            if !tok.isWord { if tok.mark == "-" || tok.mark == "." && k + 1 < b && t[k + 1].isWord && tok.range.count == 1 && k > a && t[k - 1].range.count <= 3 { k += 1; continue }; break }
            if k > a, !tok.isCapitalized, CueLexicon.phraseBreakers.contains(tok.hash) || CueLexicon.viaWords.contains(tok.hash) {
                // "kata Seoul dan Washington": "dan" joins two names.
                if tok.hash == ClaimRun.dan, t[k - 1].isCapitalized, k + 1 < b, t[k + 1].isCapitalized { k += 1; continue }
                break
            }
            k += 1
        }
        return k
    }

    /// The first token of the clause holding `to`: after the last comma or semicolon before it.
    func clauseStart(from a: Int, to b: Int) -> Int {
        var k = b - 1
        while k >= a {
            if !t[k].isWord, t[k].mark == "," || t[k].mark == ";" || QuoteScanner.isDouble(t[k].mark) || t[k].mark == "(" {
                return skipConnectors(from: k + 1, to: b)
            }
            k -= 1
        }
        return skipConnectors(from: a, to: b)
    }

    /// The first and last word tokens of a token range, and how many words it holds.
    func wordTokens(_ r: Range<Int>) -> (first: Int?, last: Int?, count: Int) {
        var first: Int?, last: Int?, count = 0
        for k in r where t[k].isWord {
            if first == nil { first = k }
            last = k
            count += 1
        }
        return (first, last, count)
    }

    /// The subject of a speech verb at token `v`: the comma segment before it, walking back over
    /// appositives and asides ("Korotchenko, yang juga merupakan wartawan Rusia, turut menyebut";
    /// "Sladkov, mengutip sumber di Pyongyang, juga menyebutkan"; "Aleksander Sladkov, seorang
    /// jurnalis …, mengklaim"). Returns the subject's tokens and those of an appositive role after
    /// it; nil when a verb stands between subject and cue.
    func subject(from a: Int, to v: Int) -> (Int, Int, Range<Int>?)? {
        var segments: [Range<Int>] = []
        segments.reserveCapacity(4)
        var segStart = a
        for k in a..<v where !t[k].isWord && (t[k].mark == "," || t[k].mark == ";") {
            segments.append(segStart..<k)
            segStart = k + 1
        }
        segments.append(segStart..<v)
        var appositive: Range<Int>?
        var idx = segments.count - 1
        while idx >= 0 {
            let seg = segments[idx]
            let words = wordTokens(seg)
            let first = words.first
            let isAside = words.count == 0 || seg.allSatisfy { !t[$0].isWord || ClaimRun.adverbs.contains(t[$0].hash) || CueLexicon.hedges.contains(t[$0].hash)
                                                                 || CueLexicon.calendarWords.contains(t[$0].hash) || t[$0].hasDigit }
                || first.map { t[$0].hash == ClaimRun.yang || CueLexicon.viaWords.contains(t[$0].hash) || t[$0].hash == CueLexicon.mengutip } ?? true
                // "…, saat ditemui di kantornya, mengatakan", "…, seusai rapat kerja itu menjelaskan".
                || idx > 0 && first.map { !t[$0].isCapitalized && ClaimRun.asideStarts.contains(t[$0].hash) } == true
            if isAside && idx > 0 { idx -= 1; continue }
            // "Pengajar sosiologi Universitas Negeri Jakarta (UNJ), Rakhmat Hidayat, mengapresiasi": the role
            // stands in the segment before the name.
            if idx > 0, segments[(idx + 1)...].allSatisfy({ wordTokens($0).count == 0 }), (1...4).contains(words.count),
               seg.allSatisfy({ !t[$0].isWord || t[$0].isCapitalized && !CueLexicon.roleWords.contains(t[$0].hash) }) {
                let previous = segments[idx - 1]
                let roleStart = skipConnectors(from: previous.lowerBound, to: previous.upperBound)
                if roleStart < previous.upperBound, previous.upperBound - roleStart <= 24, t[roleStart].isWord,
                   CueLexicon.roleWords.contains(t[roleStart].hash), let last = words.last {
                    return (roleStart, last + 1, nil)
                }
            }
            // An appositive role after a name: "Aleksander Sladkov, seorang jurnalis berpengalaman Rusia …".
            if let f = first, idx > 0, !t[f].isCapitalized || CueLexicon.determiners.contains(t[f].hash) || CueLexicon.roleWords.contains(t[f].hash) {
                let previous = segments[idx - 1]
                let prev = wordTokens(previous)
                if let pf = prev.first, let pl = prev.last, prev.count <= 5, previous.allSatisfy({ !t[$0].isWord || t[$0].isCapitalized }) {
                    let end = subjectEnd(from: f, to: seg.upperBound)
                    if end > f { appositive = f..<end }
                    return (pf, pl + 1, appositive)
                }
            }
            guard let f = first else { return nil }
            let start = f
            let end = subjectEnd(from: start, to: seg.upperBound)
            // A role with its organisation runs long: "Direktur Eksekutif Institute for Development of Economics and
            // Finance (Indef) Tauhid Ahmad".
            guard end > start, end - start <= (t[start].isCapitalized && CueLexicon.roleWords.contains(t[start].hash) ? 22 : 12) else { return nil }
            // A verb between the subject and the cue means the subject belongs to that verb.
            if idx == segments.count - 1, !(end < v && t[end].hash == ClaimRun.yang) {
                for k in end..<v where t[k].isWord && ClaimRun.looksLikeVerb(text, t[k]) && !CueLexicon.hedges.contains(t[k].hash) {
                    // "selama berminggu-minggu", "secara terbuka" are adverbials, not verbs.
                    if text.scalars[t[k].range].contains("-") || (k > 0 && t[k - 1].hash == ClaimRun.secara) { continue }
                    return nil
                }
            }
            return (start, end, nil)
        }
        return nil
    }

    /// A subject stops before adverbs and verbs: "Korotchenko melanjutkan dengan", "Rusia minggu lalu".
    func subjectEnd(from a: Int, to b: Int) -> Int {
        var k = a
        while k < b {
            let tok = t[k]
            if tok.isWord, k > a {
                if ClaimRun.subjectBreakers.contains(tok.hash) || ClaimRun.adverbs.contains(tok.hash) { return k }
                if !tok.isCapitalized, ClaimRun.looksLikeVerb(text, tok), !CueLexicon.roleWords.contains(tok.hash), !ClaimRun.demonstratives.contains(tok.hash) { return k }
            }
            k += 1
        }
        return b
    }

    func skipConnectors(from a: Int, to b: Int) -> Int {
        var k = a
        while k < b, !t[k].isWord || CueLexicon.connectors.contains(t[k].hash) { k += 1 }
        return k < b ? k : a
    }

    /// Content from token `a` to `b` (exclusive), without edge quotes, spaces and final punctuation.
    func contentRange(from a: Int, to b: Int) -> Range<Int> {
        guard a < b else { return 0..<0 }
        return trimmed(t[a].range.lowerBound..<t[b - 1].range.upperBound)
    }

    func trimmed(_ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        let s = text.scalars
        func edge(_ c: Unicode.Scalar) -> Bool { c == " " || c == "," || c == "." || c == ";" || c == ":" || QuoteScanner.isDouble(c) || c == "‘" || c == "’" || c == "\n" }
        while lo < hi, edge(s[lo]) { lo += 1 }
        while hi > lo, edge(s[hi - 1]) { hi -= 1 }
        // Keep a closing ? or ! and the full stop of an abbreviation-free sentence out of the content.
        return lo..<hi
    }

    func sentenceHasHedge(_ sentence: Range<Int>) -> Bool {
        let a = text.tokenIndex(atOrAfter: sentence.lowerBound), b = text.tokenIndex(atOrAfter: sentence.upperBound)
        return any(CueLexicon.Flag.hedge, a, b)
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
        let words = capitalisedWords(range)
        guard words.count >= 2 || (words.count == 1 && rolesOfSpeakers.contains { $0.words.contains(words[0]) }) else { return nil }
        if words.count == 1 {
            // A lone title ("Menkeu" → menteri keuangan was expanded above; "Gubernur"): the last speaker with it.
            return rolesOfSpeakers.last { $0.words.contains(words[0]) }?.speaker
        }
        for entry in rolesOfSpeakers.reversed() where entry.words.filter(words.contains).count >= 2 { return entry.speaker }
        return nil
    }

    static func looksLikeVerb(_ text: TokenizedText, _ tok: TokenizedText.Token) -> Bool {
        guard tok.range.count >= 6 else { return false }
        let s = text.scalars
        let a = s[tok.range.lowerBound], b = s[tok.range.lowerBound + 1], c = s[tok.range.lowerBound + 2]
        return (a == "m" && b == "e") || (a == "b" && b == "e" && c == "r") || (a == "d" && b == "i") || (a == "t" && b == "e" && c == "r")
    }

    /// English prepositions stay inside subjects ("Pembina Komunitas Bike to Work Toto Sugito").
    static let subjectBreakers: WordSet = CueLexicon.phraseBreakers.subtracting(["dan", "dari", "to", "in", "on", "at"])
    static let demonstratives: WordSet = WordSet(["tersebut", "itu", "ini"].map(TokenizedText.hash))
    static let adverbialStarts: WordSet = WordSet(["pada", "kepada", "awal", "akhir", "di", "dalam", "saat", "ketika", "hari",
                                                   "minggu", "pekan", "bulan", "tahun", "sebelumnya", "kemarin", "lalu", "juga",
                                                   "secara", "dengan", "melalui", "lewat", "usai", "seusai", "on", "in", "at",
                                                   "last", "this", "earlier"].map(TokenizedText.hash))
    static let asideStarts: WordSet = WordSet(["saat", "ketika", "seusai", "usai", "sesudah", "setelah", "sebelum", "dalam", "di",
                                               "pada", "melalui", "lewat", "via", "kepada", "ditemui", "dihubungi", "dikonfirmasi"].map(TokenizedText.hash))
    static let adverbs: WordSet = WordSet(["sendiri", "juga", "turut", "pun", "lebih", "lanjut", "sempat", "telah", "sudah", "kemudian",
                                           "kembali", "bahkan", "secara", "langsung", "lalu", "sebelumnya", "dengan", "selama",
                                           "pernah", "masih", "tidak", "tak", "belum", "akan", "segera", "also", "later",
                                           "earlier", "previously"].map(TokenizedText.hash))
    static let firstPerson: WordSet = WordSet(["saya", "aku", "kami", "kita", "i", "we"].map(TokenizedText.hash))
    static let berkata = TokenizedText.hash("berkata")
    static let yang = TokenizedText.hash("yang")
    static let dan = TokenizedText.hash("dan")
    static let locationWords = WordSet(words: ["jalan", "jl", "gedung", "stasiun", "terminal", "pasar", "taman", "alun-alun",
                                               "jembatan", "masjid", "gereja", "bandara", "pelabuhan", "desa", "dusun", "kecamatan",
                                               "kelurahan", "kabupaten", "kota", "provinsi", "pulau", "gunung", "sungai", "danau",
                                               "kampung", "hotel", "rumah", "sekolah", "universitas", "kantor"])
    static let secara = TokenizedText.hash("secara")
    static let nameParticles: WordSet = WordSet(["bin", "binti", "van", "de", "der", "al", "el", "da", "von", "dan"].map(TokenizedText.hash))
    static let oleh = TokenizedText.hash("oleh")
    static let claimNouns: WordSet = WordSet(["klaim", "pernyataan", "informasi", "hal", "kabar", "laporan", "keterangan",
                                              "tudingan", "tuduhan", "komentar", "ucapan"].map(TokenizedText.hash))
    static let passiveCues = WordSet(words: CueLexicon.passiveCueWords)
}
