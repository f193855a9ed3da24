/// Finds every attributed claim in a cleaned body: direct quotes (attribution after or before
/// the quotation, or continuing the previous speaker), partial quotes inside reported speech,
/// reported speech (X mengatakan bahwa …; menurut X, …; …, kata X), and hedged statements with
/// no source. Speakers are resolved within the article: pronouns and "-nya" cues to the
/// nearest earlier speaker, surnames to the full name used earlier.
///
/// The design, one file per step (all extensions of `ClaimRun`, the state of one article's run):
/// - `SentenceWalk.swift`: the walk over paragraphs and sentences;
/// - `QuoteAttribution.swift`: a quotation's source, after it, before it, or the last speaker;
/// - `ReportedSpeech.swift`: reported-speech patterns with a cue inside the sentence, one
///   function each, tried in order; `OpenerAttribution.swift`: sentences opened by their source;
/// - `BackReference.swift`: "Klaim tersebut disampaikan X", speakers introduced without a claim;
/// - `NameMemory.swift`, `SpeakerResolution.swift`, `VoxPop.swift`: who the speaker is;
/// - `ClauseBounds.swift`: where phrases, subjects and contents begin and end;
/// - `../Lexicon/`: the word lists; `../Text/`: tokens, sentences and quotation marks.
public struct ClaimExtractor: Sendable {
    public init() {}

    /// - Parameter dateline: the dateline's scalars in `body` ("MOSKWA, KOMPAS.com – "), which are not claim text.
    /// - Parameter language: the article's language; English patterns run for English and when
    ///   it is not known (nil), and are skipped for Indonesian text.
    public func extract(from body: String, dateline: Range<Int>? = nil, language: Language? = nil) -> [Claim] {
        var run = ClaimRun(text: TokenizedText(body))
        run.readsEnglish = language != .indonesian
        run.dateline = dateline
        run.collectNames()
        run.extractAll()
        run.addIntroducedRoles()
        run.nameKnownPeople()
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
    /// Nicknames the article gives ("yang akrab disapa Bro Ron"), by hash of the whole nickname, to the full name.
    var nicknames = WordMap<Range<Int>>()
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
    /// The words of the last speaker asked about (`speakerWords`): an account asks for them at every sentence.
    final class SpeakerWordsMemo { var speaker = ""; var words: [UInt64] = [] }
    let speakerWordsMemo = SpeakerWordsMemo()
    var lastSpeaker: String?
    var lastPerson: String?
    /// The organisation the sentence before opened with ("Garda Sipil Spanyol, lembaga …, masih
    /// menyelidiki …"), which a "Mereka" opening this sentence points to.
    var previousGroup: Range<Int>?
    /// Words capitalised in the middle of a sentence somewhere in the article (made when first needed).
    var capitalisedMidSentence: WordSet?
    /// An unclosed quotation at a paragraph end, waiting for the next paragraph's attribution.
    var pending: [Claim] = []
    /// Whether the English agency patterns run (`EnglishAttribution.swift`); off for Indonesian articles.
    var readsEnglish = true
    /// The sentences read since the last claim (this paragraph and the one before, at most three),
    /// which "Hal itu dikatakan oleh X" may attribute.
    var unclaimedSentences: [Range<Int>] = []

    init(text: TokenizedText) {
        self.text = text
    }

    /// True when the word `hash` is capitalised somewhere in the middle of a sentence: evidence
    /// that it is a name, not just a sentence opener ("Apalagi", "Kedua").
    /// The words are listed in one pass over the article, the first time one is asked about.
    mutating func isCapitalisedMidSentence(_ hash: UInt64) -> Bool {
        if capitalisedMidSentence == nil {
            let tokens = text.tokens
            var found: [UInt64] = []
            var k = 1
            while k < tokens.count {
                if tokens[k].isCapitalized, tokens[k - 1].isWord || tokens[k - 1].mark == "," { found.append(tokens[k].hash) }
                k += 1
            }
            capitalisedMidSentence = WordSet(found)
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

    /// The claim-word flags of tokens `a..<b`, together.
    func flags(_ a: Int, _ b: Int) -> UInt8 {
        _ = any(0, a, b)
        return flagsMemo.flags
    }

    var t: [TokenizedText.Token] { text.tokens }
}
