import KabarCore

/// One article wrapped to the width: title, a metadata line, then its blocks styled by class.
/// Boilerplate is hidden until `B` shows it dimmed.
enum ReaderView {
    struct Line: Equatable {
        var text: String
        var style: Style
        /// Styled scalar ranges within `text` (claims and their cue words).
        var spans: [Span] = []
        /// Claims (indexes into the article's claims) shown on this line.
        var claimIndexes: Set<Int> = []
        /// The part of the cleaned body this line shows (article text only).
        var bodyRange: Range<Int>?
    }

    struct Span: Equatable {
        var range: Range<Int>
        var style: Style
    }

    /// How each kind of claim looks; every kind stays distinct without colour. A sentence that
    /// continues a speaker's account has its speaker's highlight, lighter (dim).
    static func style(for kind: ClaimKind, selected: Bool, continues: Bool = false) -> Style {
        if continues { return Style(.claimIndirect, underline: true, reverse: selected, dim: true) }
        switch kind {
        case .direct: return Style(.claimDirect, bold: true, reverse: selected)
        case .partial: return Style(.claimPartial, bold: true, underline: true, reverse: selected)
        case .indirect: return Style(.claimIndirect, underline: true, reverse: selected)
        case .unattributed: return Style(.claimHedged, underline: true, reverse: selected, dim: true)
        }
    }

    static func lines(for index: Int, in state: AppState, width: Int, showsBoilerplate: Bool, selectedClaim: Int? = nil) -> [Line] {
        let a = state.articles[index]
        let textWidth = max(10, width - 4)
        var out: [Line] = []
        for l in TextWrapper.wrap(a.title ?? "(no title)", width: textWidth) { out.append(Line(text: l, style: Style(.title, bold: true))) }
        var meta = [a.outlet ?? "unknown outlet", LibraryView.dateText(a.published)]
        if let author = a.author { meta.append(author) }
        if let place = a.dateline { meta.append(place) }
        if a.titleInferred { meta.append("no headline on the page") }
        if !a.claims.isEmpty { meta.append("\(a.claims.count) claim\(a.claims.count == 1 ? "" : "s")") }
        for l in TextWrapper.wrap(meta.joined(separator: " · "), width: textWidth) { out.append(Line(text: l, style: Style(.dim))) }
        // Where the article was published, one line (cut with "…" when it does not fit).
        if let url = a.url {
            let shown = DisplayWidth.of(url) <= textWidth ? url : String(url.prefix(max(1, textWidth - 1))) + "…"
            out.append(Line(text: shown, style: Style(.dim)))
        }
        // A headline number the opening reports differently ("50.000 Pasukan" over "500.000 tentara").
        for c in state.headlineConflicts[index] {
            let note = "⚠ headline says \(c.headline.text), the body \(c.body.text)"
            for l in TextWrapper.wrap(note, width: textWidth) { out.append(Line(text: l, style: Style(.notice, bold: true))) }
        }
        for block in a.blocks {
            let style: Style
            switch block.kind {
            case .headline: continue   // shown as the title
            case .lede: style = Style(.text, bold: true)
            case .body: style = Style(.text)
            case .subheading: style = Style(.heading, bold: true, underline: true)
            case .caption: style = Style(.caption, dim: true)
            case .byline: style = Style(.byline, dim: true)
            case .boilerplate:
                guard showsBoilerplate else { continue }
                style = Style(.boilerplate, dim: true)
            }
            out.append(Line(text: "", style: .plain))
            if let blockRange = block.bodyRange {
                // A claim's speaker or cue can wrap onto a line its content does not reach.
                let claims = a.claims.indices.filter { k in
                    let c = a.claims[k]
                    return c.range.overlaps(blockRange) || c.speakerRange?.overlaps(blockRange) == true || c.cueRange?.overlaps(blockRange) == true
                }
                // Numbers with a unit or currency ("100.000 tentara", "Rp 15.000"); one the headline reports
                // differently in the conflict style.
                let numbers = a.quantities.filter { ($0.unit != nil || $0.currency != nil) && $0.range.overlaps(blockRange) }
                for (line, range) in TextWrapper.wrapWithRanges(block.text, width: textWidth) {
                    let absolute = (blockRange.lowerBound + range.lowerBound)..<(blockRange.lowerBound + range.upperBound)
                    var l = Line(text: line, style: style)
                    l.bodyRange = absolute
                    for k in claims {
                        let c = a.claims[k]
                        let overlap = c.range.clamped(to: absolute)
                        if !overlap.isEmpty {
                            l.claimIndexes.insert(k)
                            l.spans.append(Span(range: (overlap.lowerBound - absolute.lowerBound)..<(overlap.upperBound - absolute.lowerBound),
                                                style: Self.style(for: c.kind, selected: k == selectedClaim, continues: c.continues)))
                        }
                        if let who = c.speakerRange?.clamped(to: absolute), !who.isEmpty, let name = c.speaker {
                            l.spans.append(Span(range: (who.lowerBound - absolute.lowerBound)..<(who.upperBound - absolute.lowerBound),
                                                style: Style(.speaker(name), bold: true, reverse: k == selectedClaim)))
                        }
                        if let cue = c.cueRange?.clamped(to: absolute), !cue.isEmpty {
                            l.spans.append(Span(range: (cue.lowerBound - absolute.lowerBound)..<(cue.upperBound - absolute.lowerBound),
                                                style: Style(.heading, bold: true, reverse: k == selectedClaim)))
                        }
                    }
                    for q in numbers {
                        let overlap = q.range.clamped(to: absolute)
                        guard !overlap.isEmpty else { continue }
                        let conflicting = state.headlineConflicts[index].contains { $0.body.range == q.range && $0.agreement == .conflicting }
                            || state.numberConflicts?.others(article: index, range: q.range) != nil
                        // Inside a claim, the number keeps the claim's attributes (its underline, its selection).
                        let host = a.claims.indices.first { a.claims[$0].range.contains(q.range.lowerBound) }
                        let around = host.map { Self.style(for: a.claims[$0].kind, selected: $0 == selectedClaim, continues: a.claims[$0].continues) }
                        l.spans.append(Span(range: (overlap.lowerBound - absolute.lowerBound)..<(overlap.upperBound - absolute.lowerBound),
                                            style: conflicting ? Style(.conflict, bold: true, underline: true, reverse: around?.reverse ?? false)
                                                : Style(.number, bold: around?.bold ?? false, underline: around?.underline ?? false,
                                                        reverse: around?.reverse ?? false)))
                    }
                    out.append(l)
                }
            } else {
                let prefix = block.kind == .boilerplate ? "░ " : (block.kind == .caption ? "▣ " : "")
                for l in TextWrapper.wrap(prefix + block.text, width: textWidth) { out.append(Line(text: l, style: style)) }
            }
        }
        return out
    }

    static func draw(_ state: AppState, article index: Int, into buffer: inout Buffer) {
        let a = state.articles[index]
        let all = state.readerLines(ReaderLineKey(article: index, width: buffer.width, showsBoilerplate: state.showsBoilerplate,
                                                  selectedClaim: state.reader.claimCursor))
        let rows = textRows(state)
        let percent = all.count <= rows ? 100 : min(100, (state.reader.top + rows) * 100 / all.count)
        TitleBar.draw(a.outlet ?? a.id, right: "\(percent)%", into: &buffer)
        if state.showsClaimPanel { drawClaimPanel(state, article: index, top: rows + 1, into: &buffer) }
        // Claims with a verdict (⚖ in the margin where the claim starts), or with one on the same claim
        // in another outlet (⚖ dimmed).
        var checked: [Int: Bool] = [:]
        if !state.verdicts.isEmpty {
            for k in a.claims.indices {
                let member = ClaimCluster.Member(article: index, claim: k)
                if state.verdict(member) != nil { checked[k] = true } else if state.verdictElsewhere(member) != nil { checked[k] = false }
            }
        }
        for row in 0..<rows {
            let k = state.reader.top + row
            guard k < all.count else { break }
            let line = all[k]
            let y = row + 1
            if !checked.isEmpty, let first = line.claimIndexes.filter({ checked[$0] != nil }).min(),
               k == 0 || !all[k - 1].claimIndexes.contains(first) {
                buffer.put("⚖", x: 0, y: y, style: checked[first] == true ? Style(.notice, bold: true) : Style(.dim))
            }
            var spans = line.spans.map { ($0.range, $0.style) }
            // The entity mention the reader was opened at, reversed.
            if let m = state.reader.markedMention, m.article == index, let body = line.bodyRange, m.range.overlaps(body) {
                let lo = max(m.range.lowerBound, body.lowerBound) - body.lowerBound, hi = min(m.range.upperBound, body.upperBound) - body.lowerBound
                if lo < hi { spans.append((lo..<hi, Style(.notice, bold: true, reverse: true))) }
            }
            // The search's hits: the selected one reversed, the others underlined in the notice colour.
            if let body = line.bodyRange, !state.reader.hits.isEmpty {
                let first = SortedLookup.firstIndex(state.reader.hits) { $0.upperBound > body.lowerBound }
                for k in first..<state.reader.hits.count {
                    let hit = state.reader.hits[k]
                    guard hit.lowerBound < body.upperBound else { break }
                    let lo = max(hit.lowerBound, body.lowerBound) - body.lowerBound, hi = min(hit.upperBound, body.upperBound) - body.lowerBound
                    if lo < hi { spans.append((lo..<hi, k == state.reader.hit ? Style(.notice, bold: true, reverse: true) : Style(.notice, bold: true, underline: true))) }
                }
            }
            buffer.put(line.text, x: 2, y: y, style: line.style, spans: spans, maxWidth: buffer.width - 3)
        }
    }

    /// The part of the cleaned body the reader shows now (nil when no article text is in view).
    static func visibleBodyRange(_ state: AppState, article index: Int, width: Int) -> Range<Int>? {
        let all = state.readerLines(ReaderLineKey(article: index, width: width, showsBoilerplate: state.showsBoilerplate,
                                                  selectedClaim: state.reader.claimCursor))
        let rows = textRows(state)
        var lo: Int?, hi = 0
        for k in state.reader.top..<min(all.count, state.reader.top + rows) {
            guard let r = all[k].bodyRange else { continue }
            lo = min(lo ?? r.lowerBound, r.lowerBound)
            hi = max(hi, r.upperBound)
        }
        return lo.map { $0..<hi }
    }

    /// Rows of article text: the screen less the title and status bars and the claim panel.
    static func textRows(_ state: AppState) -> Int {
        max(1, state.height - 2 - (state.showsClaimPanel ? panelHeight(state) : 0))
    }

    /// The claim panel takes a third of the screen (a rule and at least three claims).
    static func panelHeight(_ state: AppState) -> Int { max(4, (state.height - 2) / 3) }

    /// The article's claims, one per line (kind, speaker, content), the selected one reversed and kept in view.
    static func drawClaimPanel(_ state: AppState, article index: Int, top: Int, into buffer: inout Buffer) {
        let claims = state.articles[index].claims
        let height = panelHeight(state)
        buffer.fill(y: top, style: Style(.border))
        buffer.put(String(repeating: "─", count: buffer.width), x: 0, y: top, style: Style(.border))
        buffer.put(" \(claims.count) claim\(claims.count == 1 ? "" : "s") · ] [ select · C hide ", x: 2, y: top, style: Style(.heading, bold: true))
        let rows = height - 1
        guard rows > 0, !claims.isEmpty else { return }
        let selected = state.reader.claimCursor ?? 0
        let first = max(0, min(selected - rows / 2, claims.count - rows))
        for row in 0..<rows {
            let k = first + row
            guard k < claims.count else { break }
            let c = claims[k]
            let y = top + 1 + row
            let isSelected = k == state.reader.claimCursor
            if isSelected { buffer.fill(y: y, style: Style(.selection, reverse: true)) }
            let who = c.speaker ?? "no source"
            // A claim with a verdict says so after its number.
            let mark = state.verdictMark(ClaimCluster.Member(article: index, claim: k))
            let verdict = mark.isEmpty ? "" : mark + " "
            let text = "\(k + 1). \(verdict)\(who): “\(c.content)”"
            buffer.put(text, x: 1, y: y, style: style(for: c.kind, selected: isSelected, continues: c.continues), maxWidth: buffer.width - 2)
            let whoX = 1 + DisplayWidth.of("\(k + 1). \(verdict)")
            buffer.put(who, x: whoX, y: y, style: Style(.speaker(who), bold: true, reverse: isSelected), maxWidth: max(0, buffer.width - whoX - 1))
        }
    }

    /// One line describing a claim: kind, speaker and role, cue, media chain.
    static func describe(_ c: Claim, number: Int, of total: Int, alsoIn others: [String] = [], hint: String? = nil) -> String {
        var parts = ["claim \(number)/\(total)", c.kind.rawValue + (c.hedged ? ", hedged" : "") + (c.continues ? ", continues" : "")]
        var who = c.speaker ?? "no source"
        if let role = c.role { who += " (\(role))" }
        if c.voxPop { who += " · member of the public" }
        parts.append(who)
        // Before the details, so a narrow status bar still shows it.
        if !others.isEmpty { parts.append("also in " + others.joined(separator: ", ")) }
        if let hint { parts.append(hint) }
        if let cue = c.cue { parts.append("“\(cue)”") }
        if let venue = c.venue { parts.append("at " + venue) }
        if !c.via.isEmpty { parts.append("via " + c.via.joined(separator: " → ")) }
        return parts.joined(separator: " · ")
    }
}
