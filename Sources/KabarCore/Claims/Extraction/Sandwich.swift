/// Sentences between two claims of one speaker: "Kristomei menegaskan …. Keterlibatan Abral …
/// dibuktikan dengan foto …" followed by a paragraph quoting Kristomei again. A press report that
/// goes back to the same source after a few plain sentences was telling that source's account in
/// them, so they are the speaker's claims (`continues`), though no word of a stated position marks
/// them (which a continuation with nothing after it needs, `Continuation.swift`).
/// The sentences are held until the next claim: kept when it is the same speaker's, dropped when it
/// is anyone else's, when a quotation or a sentence that breaks the account comes first, or when
/// more than one paragraph passes.
struct Sandwich {
    /// The index in the run's claims of the claim whose account the held sentences may continue.
    private(set) var account: Int?
    private var speaker: String?
    private var accountParagraph = 0
    private var held: [Claim] = []

    /// At most this many sentences stand between the two claims.
    static let maximumHeld = 4

    mutating func reset() {
        account = nil
        held.removeAll()
    }

    /// A new paragraph: the held sentences may run over the rest of the account's paragraph and one more.
    mutating func enter(paragraph: Int) {
        if account != nil, paragraph - accountParagraph > 2 { reset() }
    }

    mutating func hold(_ claim: Claim) {
        held.append(claim)
        if held.count > Sandwich.maximumHeld { reset() }
    }

    /// True when `claim` goes back to its speaker after its content ("\"…,\" kata Kristomei", "Saat itu,
    /// kata Kristomei, …"): the account running on. A sentence naming the speaker first ("Hendra
    /// menyampaikan …", "Usai laga, Tuchel mengkritik …") turns back to them from the reporter's own narration.
    static func goesBack(to claim: Claim) -> Bool {
        guard let cue = claim.cueRange else { return true }
        return cue.lowerBound > claim.range.lowerBound
    }

    /// The sentence that found `claims[first...]`: the held sentences go in before them when the first
    /// is the account's speaker's; the last found claim becomes the account held sentences may continue.
    mutating func close(with claims: inout [Claim], from first: Int, paragraph: Int) {
        if !held.isEmpty, account != nil, let opening = claims[first...].firstIndex(where: { $0.kind != .unattributed }),
           claims[first].kind != .unattributed, claims[opening].speaker == speaker, Sandwich.goesBack(to: claims[opening]) {
            claims.insert(contentsOf: held, at: first)
        }
        held.removeAll()
        let last = claims.count - 1
        guard last >= 0, claims[last].kind != .unattributed, let name = claims[last].speaker,
              let initial = name.unicodeScalars.first, (initial.value >= 0x41 && initial.value <= 0x5A || (initial.value >= 0x80 && initial.properties.isUppercase)) else {
            account = nil
            return
        }
        account = last
        speaker = name
        accountParagraph = paragraph
    }
}
