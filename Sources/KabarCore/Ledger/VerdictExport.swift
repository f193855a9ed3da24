/// The ledger as a newsroom publishes it: schema.org ClaimReview (JSON-LD, as fact-check tools read
/// it), CSV (RFC 4180), and a Markdown report.
public enum VerdictExport {
    /// At most 75 characters of the claim, cut at a word with "…" (ClaimReview's `claimReviewed`).
    static func shortClaim(_ claim: String) -> String {
        guard claim.count > 75 else { return claim }
        var cut = String(claim.prefix(74))
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > 40 { cut = String(cut[..<space]) }
        return cut + "…"
    }

    /// Words that open an organisation's name ("Badan SAR Nasional", "Kementerian Kesehatan").
    static let organisationWords: Set<String> = ["badan", "kementerian", "kepolisian", "polri", "polda", "polres", "pemerintah", "dinas",
                                                 "komisi", "lembaga", "dewan", "majelis", "pengadilan", "kejaksaan", "kejagung", "bank",
                                                 "pt", "partai", "universitas", "kantor", "bmkg", "basarnas", "kpk", "bpbd", "tni",
                                                 "ministry", "government", "council", "agency", "department", "police", "court"]

    static func speakerType(_ name: String) -> String {
        let first = name.split(separator: " ").first.map { $0.lowercased() } ?? ""
        let allCaps = name.count >= 2 && name == name.uppercased() && name.contains(where: \.isLetter)
        return organisationWords.contains(first) || allCaps ? "Organization" : "Person"
    }

    /// One ClaimReview per verdict, as a JSON-LD array. `appearances`: for each verdict, the
    /// articles that printed its claim (`ClaimAppearance.of`); without it, the one it was set on.
    /// `author`: the organisation named as each review's author (else the scale file's, else
    /// "kabar"). With the file's `url`, the organisation's site, each review gets an address there
    /// (`url#claim-<hash of the claim's words and outlet>`, stable across exports).
    public static func claimReview(_ verdicts: [Verdict], scale: VerdictScale, author: String? = nil, appearances: [[ClaimAppearance]]? = nil) -> JSONValue {
        let author = author ?? scale.organisation ?? "kabar"
        var organisation: [(String, JSONValue)] = [("@type", .string("Organization")), ("name", .string(author))]
        if let site = scale.organisationURL { organisation.append(("url", .string(site))) }
        let best = scale.labels.map(\.rating).max() ?? 1, worst = scale.labels.map(\.rating).min() ?? 1
        return .array(verdicts.enumerated().map { k, v in
            var item: [(String, JSONValue)] = [("@type", .string("Claim"))]
            if let speaker = v.speaker { item.append(("author", .object([("@type", .string(speakerType(speaker))), ("name", .string(speaker))]))) }
            if let date = v.published { item.append(("datePublished", .string(date))) }
            let printed = appearances.flatMap { $0.indices.contains(k) ? $0[k] : nil } ?? [ClaimAppearance(v)]
            item.append(("appearance", .array(printed.map { a in
                var appearance: [(String, JSONValue)] = [("@type", .string("NewsArticle"))]
                if let url = a.url { appearance.append(("url", .string(url))) }
                if let headline = a.headline { appearance.append(("headline", .string(headline))) }
                if let date = a.published { appearance.append(("datePublished", .string(date))) }
                if let outlet = a.outlet { appearance.append(("publisher", .object([("@type", .string("Organization")), ("name", .string(outlet))]))) }
                return .object(appearance)
            })))
            var rating: [(String, JSONValue)] = [("@type", .string("Rating")), ("alternateName", .string(v.label))]
            if let r = scale.label(named: v.label)?.rating {
                rating += [("ratingValue", .int(r)), ("bestRating", .int(best)), ("worstRating", .int(worst))]
            }
            var review: [(String, JSONValue)] = [
                ("@context", .string("https://schema.org")), ("@type", .string("ClaimReview")),
                ("claimReviewed", .string(shortClaim(v.claim))),
                ("reviewRating", .object(rating)),
                ("itemReviewed", .object(item)),
                ("author", .object(organisation)),
                ("datePublished", .string(String(v.updated.prefix(10)))),
            ]
            if let site = scale.organisationURL {
                let base = site.hasSuffix("/") ? site : site + "/"
                review.append(("url", .string(base + "#claim-" + StableHash.shortID(v.claim + "\u{1F}" + (v.outlet ?? "")))))
            }
            return .object(review)
        })
    }

    /// CSV with a header row, every field quoted as RFC 4180 needs (quotes doubled, CRLF rows).
    public static func csv(_ verdicts: [Verdict], scale: VerdictScale) -> String {
        func field(_ s: String?) -> String {
            // One line without control characters: a field never breaks a row or reaches a terminal raw.
            let s = Sanitizer.oneLine(s ?? "")
            return s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        var rows = ["verdict,rating,speaker,claim,outlet,headline,published,url,article,note,evidence,updated"]
        for v in verdicts {
            rows.append([v.label, scale.label(named: v.label).map { String($0.rating) }, v.speaker, v.claim, v.outlet, v.headline,
                         v.published, v.url, v.article, v.note, v.evidence.joined(separator: " "), v.updated].map(field).joined(separator: ","))
        }
        return rows.joined(separator: "\r\n") + "\r\n"
    }

    /// A Markdown report: one section per article, each verdict with its claim, note and evidence.
    /// Text from articles and the user made inert for Markdown: its marks escaped, one line.
    static func markdownEscape(_ s: String) -> String {
        var out = ""
        for c in s { if "\\`*_[]<>#|".contains(c) { out.append("\\") }; out.append(c == "\n" ? " " : c) }
        return out
    }

    /// The verdicts by article. With `story`, a story report ready to paste: the story's title,
    /// its desk (numbers that differ, dates, speakers, reused text, chains, timeline), then its
    /// verdicts.
    public static func markdown(_ verdicts: [Verdict], story: (title: String, desk: [StoryDesk.Row])? = nil) -> String {
        let escape = markdownEscape
        var out = ["# Verdicts", ""]
        if let story {
            out = ["# " + escape(story.title), "", "## Where the outlets differ", StoryDesk.markdown(story.desk), "", "## Verdicts", ""]
            if verdicts.isEmpty { out += ["No verdict on these articles yet.", ""] }
        }
        var seen: [String] = []
        for v in verdicts where !seen.contains(v.article) { seen.append(v.article) }
        for article in seen {
            let group = verdicts.filter { $0.article == article }
            let first = group[0]
            out.append("## " + escape(first.headline ?? article) + (first.outlet.map { " — " + escape($0) } ?? ""))
            if let url = first.url { out.append("<\(url.replacingOccurrences(of: ">", with: "%3E"))>") }
            out.append("")
            for v in group {
                out.append("- **\(escape(v.label))** · \(escape(v.speaker ?? "no source")): “\(escape(v.claim))”")
                if let note = v.note { out.append("  - note: \(escape(note))") }
                for e in v.evidence { out.append("  - evidence: <\(e.replacingOccurrences(of: ">", with: "%3E"))>") }
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }
}
