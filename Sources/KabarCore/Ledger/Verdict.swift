/// A fact-checker's verdict on a claim as one article printed it. Keyed by the text, not by
/// offsets: the article (its web address, else its id), a hash of its cleaned body, and the
/// claim's own words, so a later kabar that finds the claim at another range still shows it.
public struct Verdict: Sendable, Hashable, Codable {
    /// The article's web address, or its id when it has none.
    public var article: String
    /// FNV-1a of the article's cleaned body, in hex (`Verdict.bodyHash`).
    public var bodyHash: String
    /// The claim's words as kabar read them when the verdict was set.
    public var claim: String
    public var speaker: String?
    /// A label of the verdict scale (`VerdictScale`), as written there.
    public var label: String
    public var note: String?
    /// Links to the evidence, in the order they were added.
    public var evidence: [String]
    /// When it was last changed (ISO 8601, UTC).
    public var updated: String
    /// The article as it was when the verdict was set, for exports: headline, outlet, publication
    /// date (ISO 8601) and web address.
    public var headline: String?
    public var outlet: String?
    public var published: String?
    public var url: String?

    public init(article: String, bodyHash: String, claim: String, speaker: String?, label: String, note: String?,
                evidence: [String], updated: String) {
        self.article = article
        self.bodyHash = bodyHash
        self.claim = claim
        self.speaker = speaker
        self.label = label
        self.note = note
        self.evidence = evidence
        self.updated = updated
    }

    /// A verdict on `claim` of `article`, with what exports need of the article.
    public init(on claim: Claim, in article: Article, label: String, updated: String) {
        self.init(article: Self.articleKey(article), bodyHash: Self.bodyHash(article.body), claim: claim.content,
                  speaker: claim.speaker, label: label, note: nil, evidence: [], updated: updated)
        headline = article.title
        outlet = article.outlet
        published = article.published?.iso8601
        url = article.url
    }

    /// The key of an article in the ledger.
    public static func articleKey(_ a: Article) -> String { a.url ?? a.id }

    /// FNV-1a of a body, 16 hex digits.
    public static func bodyHash(_ body: String) -> String {
        let hex = String(StableHash.fnv1a(body), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Whether this verdict is about `claim` of `article`: the same article and the same words.
    public func isAbout(_ claim: Claim, in article: Article) -> Bool {
        self.article == Self.articleKey(article) && self.claim == claim.content
    }

    /// Whether this verdict still reads on `claim` of `article` though kabar now cuts the claim
    /// differently: the same article, and one claim's words hold the other's (letters and digits
    /// compared), the shorter at least half the longer and 24 characters long. A claim split in two
    /// carries the verdict on each part that long.
    public func stillReads(on claim: Claim, in article: Article) -> Bool {
        guard self.article == Self.articleKey(article) else { return false }
        if self.claim == claim.content { return true }
        let a = Self.comparable(self.claim), b = Self.comparable(claim.content)
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard short.count >= 24, short.count * 2 >= long.count else { return false }
        return long.contains(short)
    }

    /// Lowercased letters and digits, one space between words.
    static func comparable(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var space = false
        for ch in s.lowercased() {
            if ch.isLetter || ch.isNumber {
                if space, !out.isEmpty { out.append(" ") }
                out.append(ch)
                space = false
            } else {
                space = true
            }
        }
        return out
    }
}

/// The labels a verdict may carry, each with the rating value exports give it. The default scale
/// is the one Indonesian fact-checkers publish.
public struct VerdictScale: Sendable, Hashable {
    public struct Label: Sendable, Hashable {
        public var name: String
        public var rating: Int
    }
    public var labels: [Label]
    /// The fact-checking organisation that publishes the reviews (`[organisation]` in the file):
    /// its name and, when given, its site, under which each review gets an address.
    public var organisation: String?
    public var organisationURL: String?

    public init(labels: [Label], organisation: String? = nil, organisationURL: String? = nil) {
        self.labels = labels
        self.organisation = organisation
        self.organisationURL = organisationURL
    }

    public static let indonesian = VerdictScale(labels: [
        Label(name: "Benar", rating: 6), Label(name: "Sebagian benar", rating: 5), Label(name: "Tidak terbukti", rating: 4),
        Label(name: "Menyesatkan", rating: 3), Label(name: "Keliru", rating: 2), Label(name: "Hoaks", rating: 1),
    ])

    /// The label after `name` on the scale (the first when there is none): `v` in the reader steps through them.
    public func label(after name: String?) -> Label {
        guard let name, let k = labels.firstIndex(where: { $0.name == name }) else { return labels[0] }
        return labels[(k + 1) % labels.count]
    }

    /// The label named `name` (case ignored), as the scale writes it.
    public func label(named name: String) -> Label? {
        labels.first { $0.name.lowercased() == name.lowercased() }
    }
}
