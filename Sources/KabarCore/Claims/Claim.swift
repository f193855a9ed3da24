/// How a claim is reported.
public enum ClaimKind: String, Sendable, Codable, CaseIterable {
    /// A quotation: "…," kata X.
    case direct
    /// A quoted fragment inside reported speech: X memuji "kekayaan pengalaman perang".
    case partial
    /// Reported speech: X mengatakan bahwa …; menurut X, …; …, kata X.
    case indirect
    /// A hedged statement with no source: dikabarkan, dilaporkan, disebut-sebut, diduga.
    case unattributed
}

/// One attributed (or hedged) statement in an article's cleaned body.
public struct Claim: Sendable, Hashable {
    public var kind: ClaimKind
    /// The speaker as written at the attribution ("Korotchenko", "katanya" → nil, "Dia").
    public var speakerMention: String?
    /// The speaker resolved to a full name or group ("Igor Korotchenko", "para ahli pertahanan").
    public var speaker: String?
    /// The speaker's role as written near the name ("pakar militer Rusia").
    public var role: String?
    /// The cue word as written ("kata", "katanya", "mengatakan", "menurut").
    public var cue: String?
    /// The claim text without its quotation marks.
    public var content: String
    /// Range of `content` in the cleaned body, in Unicode scalars.
    public var range: Range<Int>
    /// Range of the whole quotation, marks included (direct and partial claims).
    public var quoteRange: Range<Int>?
    public var cueRange: Range<Int>?
    public var speakerRange: Range<Int>?
    public var roleRange: Range<Int>?
    /// The organisation ending the role ("OJK" in "Deputi Komisioner Humas dan Logistik OJK").
    public var affiliationRange: Range<Int>?
    /// The name inside the speaker phrase ("Igor Korotchenko" in "pakar militer Rusia Igor Korotchenko").
    public var nameRange: Range<Int>?
    /// Media and sources the claim travelled through, nearest first ("New York Post").
    public var via: [String]
    /// Where it was said ("Channel One Russia", "video YouTube-nya").
    public var venue: String?
    /// Hedged wording (dikabarkan, diduga, reportedly…).
    public var hedged: Bool
    /// The speaker is a member of the public (named with an age, "Rina (40)", or described as a
    /// resident, trader, passenger…), not an official, expert or institution.
    public var voxPop: Bool = false
    /// A sentence continuing the account of the speaker named before it, with no cue of its own
    /// ("Selain itu, …" after "Juru bicara itu mengatakan, …").
    public var continues: Bool = false

    public init(kind: ClaimKind, speakerMention: String? = nil, speaker: String? = nil, role: String? = nil, cue: String? = nil,
                content: String, range: Range<Int>, quoteRange: Range<Int>? = nil, cueRange: Range<Int>? = nil,
                speakerRange: Range<Int>? = nil, roleRange: Range<Int>? = nil, nameRange: Range<Int>? = nil, affiliationRange: Range<Int>? = nil,
                via: [String] = [], venue: String? = nil,
                hedged: Bool = false) {
        self.kind = kind
        self.speakerMention = speakerMention
        self.speaker = speaker
        self.role = role
        self.cue = cue
        self.content = content
        self.range = range
        self.quoteRange = quoteRange
        self.cueRange = cueRange
        self.speakerRange = speakerRange
        self.roleRange = roleRange
        self.nameRange = nameRange
        self.affiliationRange = affiliationRange
        self.via = via
        self.venue = venue
        self.hedged = hedged
    }
}
