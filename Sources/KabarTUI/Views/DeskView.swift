import KabarCore

/// The desk (`D`): where the chosen articles disagree, in sections: numbers reported differently
/// (one block per reported quantity, a row per report: outlet, the number as written, headline or
/// body, who said it, publication date), one statement with different dates, one quotation with
/// different speakers, reused text, the source chains as a tree, and a timeline
/// (`DeskSections.swift`). Conflicting rows are in the conflict style; Enter on a row reads the
/// article there, at the number or claim.
enum DeskView {
    /// One line of the desk: a section's title, a block's heading, a report, or a blank.
    struct Row: Sendable, Equatable {
        var text: String
        /// The report's article and where it stands in the body (nil: headline or heading).
        var article: Int?
        var offset: Int?
        /// The claim the row is about, selected when the reader opens.
        var claim: Int?
        var isHeading = false
        var isSection = false
        var conflicting = false
    }

    /// The desk's rows for `articles` (indexes into `all`, the collection), section by section:
    /// engine work (claims matched, numbers and dates compared), run as an effect off the input loop.
    static func rows(_ all: [Article], articles: [Int]) -> [Row] {
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
        section("One statement, different dates", DeskSections.dates(articles, chosen, clusters: clusters))
        section("One quotation, different speakers", DeskSections.speakers(articles, chosen, clusters: clusters))
        section("Reused text", DeskSections.reuse(articles, chosen))
        section("Source chains (speaker → venue → medium → outlet)", DeskSections.chains(articles, chosen))
        section("Timeline", DeskSections.timeline(articles, chosen))
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

    /// Rows of the desk on a screen `height` tall (title and status bars).
    static func viewport(height: Int) -> Int { max(1, height - 2) }

    static func draw(_ state: AppState, into buffer: inout Buffer) {
        let rows = state.desk.rows
        // The numbers' blocks: headings before the second section.
        let secondSection = rows.indices.dropFirst().first { rows[$0].isSection } ?? rows.count
        let blocks = rows[..<secondSection].filter(\.isHeading).count
        let numbered = rows.first?.text == "Numbers reported differently"
        TitleBar.draw("kabar — desk · \(counted(state.desk.articles.count, "article"))",
                      right: buffer.width >= 70 ? (numbered ? "\(blocks) number\(blocks == 1 ? "" : "s") reported differently" : "no number reported differently") : "",
                      into: &buffer)
        if state.pendingWork.contains(.buildDesk(state.desk.articles)) {
            Spinner.draw("comparing \(counted(state.desk.articles.count, "article")): numbers, dates, speakers, reused text", state, y: 2, into: &buffer)
            return
        }
        if rows.isEmpty {
            buffer.put("These articles report no number differently.", x: 2, y: 2, style: Style(.dim))
            return
        }
        for line in 0..<viewport(height: buffer.height) {
            let k = state.desk.top + line
            guard k < rows.count else { break }
            let row = rows[k], y = line + 1
            let selected = k == state.desk.cursor
            if selected { buffer.fill(y: y, style: Style(.selection, reverse: true)) }
            let style = row.isSection ? Style(.title, bold: true, reverse: selected)
                : row.isHeading ? Style(.heading, bold: true, reverse: selected)
                : Style(row.conflicting ? .conflict : .text, reverse: selected)
            let indent = row.isSection ? "" : row.isHeading ? " " : "   "
            // The verdict on the row's claim, read at each frame (one set since shows at once): after the
            // text, or at the right edge with the text cut short when the row is too narrow for both.
            let mark = row.article.flatMap { a in row.claim.map { state.verdictMark(ClaimCluster.Member(article: a, claim: $0)) } } ?? ""
            let text = indent + row.text
            let markWidth = mark.isEmpty ? 0 : DisplayWidth.of(mark) + 2
            let textWidth = min(DisplayWidth.of(text), max(0, buffer.width - 2 - markWidth))
            buffer.put(text, x: 1, y: y, style: style, maxWidth: mark.isEmpty ? buffer.width - 2 : textWidth)
            if !mark.isEmpty {
                buffer.put(mark, x: 1 + textWidth + 2, y: y, style: Style(.notice, bold: true, reverse: selected), maxWidth: max(0, buffer.width - 3 - textWidth))
            }
        }
    }
}
