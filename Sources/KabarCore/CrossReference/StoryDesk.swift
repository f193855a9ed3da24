/// The desk of a story or of chosen articles: where they disagree, section by section, as rows
/// of text that say which article and place each is about. The reader's desk (`D`) draws them;
/// `kabar ledger export --format markdown --story` prints them. Sections beyond the numbers are in
/// `StoryDeskSections.swift`.
public enum StoryDesk {
    /// One line of the desk: a section's title, a block's heading, a report, or a blank.
    public struct Row: Sendable, Equatable {
        public var text: String
        /// The report's article and where it stands in the body (nil: headline or heading).
        public var article: Int?
        public var offset: Int?
        /// The claim the row is about, selected when the reader opens.
        public var claim: Int?
        public var isHeading = false
        public var isSection = false
        public var conflicting = false
    }

    /// The desk's rows for `articles` (indexes into `all`, the collection), section by section:
    /// engine work (claims matched, numbers and dates compared), run as an effect off the input loop.
    public static func rows(_ all: [Article], articles: [Int]) -> [Row] {
        let chosen = articles.map { all[$0] }
        let clusters = ClaimMatcher().clusters(in: chosen)
        var out: [Row] = []
        func section(_ title: String, _ rows: [Row]) {
            guard !rows.isEmpty else { return }
            if !out.isEmpty { out.append(Row(text: "")) }
            out.append(Row(text: title, isSection: true))
            out += rows
        }
        section("Numbers reported differently", numbers(all, articles, chosen))
        section("One statement, different dates", dates(articles, chosen, clusters: clusters))
        section("One quotation, different speakers", speakers(articles, chosen, clusters: clusters))
        section("Reused text", reuse(articles, chosen))
        section("Source chains (speaker → venue → medium → outlet)", chains(articles, chosen))
        section("Timeline", timeline(articles, chosen))
        return out
    }

    /// One block per quantity reported differently.
    static func numbers(_ all: [Article], _ articles: [Int], _ chosen: [Article]) -> [Row] {
        let found = NumberDiscrepancyFinder().discrepancies(in: chosen, stories: [Array(chosen.indices)], relatedPairs: [])
        var out: [Row] = []
        for d in found {
            if !out.isEmpty { out.append(Row(text: "", article: nil, offset: nil)) }
            let agreement = d.agreement == .conflicting ? "outlets disagree" : "the same, once rounded"
            out.append(Row(text: "\(familyName(d.family)) · \(d.values.count) values · \(agreement)", article: nil, offset: nil,
                           isHeading: true, conflicting: d.agreement == .conflicting))
            for r in d.reports {
                let index = articles[r.article], a = all[index]
                // Who gives the number: the claim whose words hold it.
                let claim = r.inHeadline ? nil : a.claims.firstIndex { $0.range.contains(r.quantity.range.lowerBound) }
                let said = claim.map { a.claims[$0] }
                // Who said it (and as what), and through whom the outlet had it.
                let speaker = said.flatMap { c in c.speaker.map { name in c.role.map { "\(name) (\($0))" } ?? name } }
                let via = said.map(\.via).flatMap { $0.isEmpty ? nil : "via " + $0.joined(separator: " / ") } ?? ""
                // The date before who said it: a narrow row cuts the speaker's role, not the date.
                let fields = [a.outlet ?? a.id, r.quantity.text, r.inHeadline ? "headline" : "body",
                              a.published.map { String($0.iso8601.prefix(10)) } ?? "undated",
                              speaker.map { "said by \($0)" } ?? (r.inHeadline ? "" : "no source named"), via].filter { !$0.isEmpty }
                out.append(Row(text: fields.joined(separator: " · "), article: index, offset: r.inHeadline ? 0 : r.quantity.range.lowerBound,
                               claim: claim, conflicting: d.agreement == .conflicting))
            }
        }
        return out
    }

    static func familyName(_ family: String) -> String {
        family.hasPrefix("money:") ? "money (\(family.dropFirst(6)))" : family
    }

    /// The desk as Markdown: a heading per section, a list item per row (block headings bold); the
    /// source chains' tree in a code block, where its indentation holds.
    public static func markdown(_ rows: [Row]) -> String {
        var out: [String] = []
        var inTree = false
        func closeTree() { if inTree { out.append("```"); inTree = false } }
        for row in rows {
            if row.isSection {
                closeTree()
                out += ["", "### " + VerdictExport.markdownEscape(row.text), ""]
                if row.text.hasPrefix("Source chains") { out.append("```"); inTree = true }
            } else if row.text.isEmpty {
                continue
            } else if inTree {
                out.append(row.text.replacingOccurrences(of: "`", with: "'"))
            } else {
                let text = VerdictExport.markdownEscape(row.text)
                out.append(row.isHeading ? "- **" + text + "**" : "  - " + text)
            }
        }
        closeTree()
        return out.joined(separator: "\n")
    }
}
