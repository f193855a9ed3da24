import KabarCore

/// One claim in full: who said it, how, through whom, and the same claim as the other outlets
/// word it, with the numbers and dates that differ marked.
enum ClaimView {
    struct Line {
        var text: String
        var x: Int
        var style: Style
        var spans: [(range: Range<Int>, style: Style)] = []
        /// The other outlet's version this line belongs to.
        var version: Int?
        var isVersionHeader = false

        static let blank = Line(text: "", x: 0, style: .plain)
    }

    /// Marks for differing words: numbers and dates strongest, names next, other words last.
    static func style(for kind: PairAlignment.DifferenceKind) -> Style {
        switch kind {
        case .number, .date: return Style(.conflict, bold: true, underline: true)
        case .name: return Style(.changed, bold: true)
        case .word: return Style(.changed)
        }
    }

    /// The claim's text wrapped, with `differences` (ranges in the body) styled.
    static func quoted(_ claim: Claim, differences: [PairAlignment.Difference], width: Int, x: Int, version: Int? = nil) -> [Line] {
        let base = ReaderView.style(for: claim.kind, selected: false, continues: claim.continues)
        let text = "“" + claim.content + "”"
        var out: [Line] = []
        for (line, range) in TextWrapper.wrapWithRanges(text, width: max(10, width - x - 1)) {
            var spans: [(range: Range<Int>, style: Style)] = []
            for d in differences {
                // Body offsets → offsets in `text` (one for the opening mark) → offsets in this line.
                let lo = d.range.lowerBound - claim.range.lowerBound + 1, hi = d.range.upperBound - claim.range.lowerBound + 1
                let a = max(lo, range.lowerBound), b = min(hi, range.upperBound)
                if a < b { spans.append(((a - range.lowerBound)..<(b - range.lowerBound), style(for: d.kind))) }
            }
            out.append(Line(text: line, x: x, style: base, spans: spans, version: version))
        }
        return out
    }

    static func lines(_ state: AppState, claim member: ClaimCluster.Member, width: Int) -> [Line] {
        let article = state.articles[member.article]
        let c = article.claims[member.claim]
        var out: [Line] = []
        func field(_ name: String, _ value: String, _ style: Style = .plain) {
            let wrapped = TextWrapper.wrap(value, width: max(10, width - 14))
            for (k, l) in wrapped.enumerated() {
                out.append(Line(text: k == 0 ? name.padding(toLength: 11, withPad: " ", startingAt: 0) + l : l, x: k == 0 ? 2 : 13, style: style))
            }
        }
        out.append(.blank)
        var who = c.speaker ?? "no source named"
        if let role = c.role { who += " (\(role))" }
        if c.voxPop { who += " · member of the public" }
        field("Speaker", who, Style(.speaker(c.speaker ?? "?"), bold: true))
        var how = [kindName(c.kind)]
        if c.hedged { how.append("hedged") }
        if let cue = c.cue { how.append("cue “\(cue)”") }
        if let venue = c.venue { how.append("at " + venue) }
        field("How", how.joined(separator: " · "))
        if !c.via.isEmpty { field("Via", c.via.joined(separator: " → ")) }
        field("Article", [article.outlet ?? article.id, LibraryView.dateText(article.published)].joined(separator: " · "), Style(.dim))
        // The user's verdict on it (ledger), with its note and links.
        if let v = state.verdict(member) {
            field("Verdict", "⚖ " + v.label + (v.note.map { " — " + $0 } ?? ""), Style(.notice, bold: true))
            for link in v.evidence { field("Evidence", link, Style(.dim)) }
        } else if let (outlet, v) = state.verdictElsewhere(member) {
            field("Checked in", outlet + ": ⚖ " + v.label + (v.note.map { " — " + $0 } ?? ""), Style(.notice, bold: true))
        }
        out.append(.blank)
        let own = state.claimDetails.versions.flatMap(\.ownDifferences)
        out += quoted(c, differences: own, width: width, x: 2)
        out.append(.blank)
        let versions = state.claimDetails.versions
        if versions.isEmpty {
            out.append(Line(text: "No other article in this collection carries this claim.", x: 2, style: Style(.dim)))
            return out
        }
        let differing = versions.filter(\.differsInNumbers).count
        var heading = "Also in \(versions.count) other article\(versions.count == 1 ? "" : "s")"
        if differing > 0 { heading += " · ≠ numbers or dates differ in \(differing)" }
        out.append(Line(text: heading, x: 2, style: Style(.heading, bold: true)))
        for (k, v) in versions.enumerated() {
            let other = state.articles[v.member.article]
            let oc = other.claims[v.member.claim]
            var header = [other.outlet ?? other.id, LibraryView.dateText(other.published), oc.speaker ?? "no source named"]
            if v.differsInNumbers { header.append("≠ " + v.differences.filter { $0.kind == .number || $0.kind == .date }
                .map { other.body.scalars(in: $0.range) }.joined(separator: ", ")) }
            out.append(.blank)
            out.append(Line(text: "▸ " + header.joined(separator: " · "), x: 2, style: Style(.text, bold: true), version: k, isVersionHeader: true))
            out += quoted(oc, differences: v.differences, width: width, x: 4, version: k)
        }
        return out
    }

    static func kindName(_ kind: ClaimKind) -> String {
        switch kind {
        case .direct: return "direct quote"
        case .partial: return "partial quote"
        case .indirect: return "reported speech"
        case .unattributed: return "unattributed"
        }
    }

    static func draw(_ state: AppState, claim member: ClaimCluster.Member, into buffer: inout Buffer) {
        let article = state.articles[member.article]
        let all = lines(state, claim: member, width: buffer.width)
        let rows = ClaimScreen.viewport(height: buffer.height)
        TitleBar.draw("Claim \(member.claim + 1)/\(article.claims.count) · \(article.outlet ?? article.id)",
                      right: all.count > state.claimDetails.top + rows ? "↓ more" : "", into: &buffer)
        for row in 0..<rows {
            let k = state.claimDetails.top + row
            guard k < all.count else { break }
            let line = all[k]
            let y = row + 1
            let selected = line.isVersionHeader && line.version == state.claimDetails.cursor
            if selected { buffer.fill(y: y, style: Style(.selection, reverse: true)) }
            var style = line.style
            if selected { style.reverse = true }
            buffer.put(line.text, x: line.x, y: y, style: style, spans: line.spans, maxWidth: max(0, buffer.width - line.x - 1))
        }
    }
}
