import KabarCore

/// The entity list: kind, name, articles and mentions; typing filters it (any spelling).
enum EntitiesView {
    static func role(_ kind: EntityKind) -> Style.Role {
        switch kind {
        case .person: return .entityPerson
        case .organisation: return .entityOrganisation
        case .place: return .entityPlace
        }
    }

    static func draw(_ state: AppState, into buffer: inout Buffer) {
        guard let table = state.entityTable else {
            TitleBar.draw("kabar — entities", right: "type to search", into: &buffer)
            buffer.put(" search: " + state.entityList.filter + "▏", x: 0, y: 1, style: Style(.heading, bold: true), maxWidth: buffer.width)
            Spinner.draw("finding the people, organisations and places in \(counted(state.articles.count, "article"))", state, y: 3, into: &buffer)
            return
        }
        let visible = state.entityList.rows(in: table)
        let noun = visible.count == 1 ? "entity" : "entities"
        let title = state.entityList.filter.isEmpty ? "kabar — \(visible.count) \(noun)" : "kabar — \(visible.count) \(noun) matching “\(state.entityList.filter)”"
        TitleBar.draw(title, right: "type to search", into: &buffer)
        buffer.put(" search: " + state.entityList.filter + "▏", x: 0, y: 1, style: Style(.heading, bold: true), maxWidth: buffer.width)
        let rows = EntityListScreen.viewport(height: buffer.height)
        if visible.isEmpty {
            buffer.put("No entity matches.", x: 2, y: 3, style: Style(.dim))
            return
        }
        for row in 0..<rows {
            let k = state.entityList.top + row
            guard k < visible.count else { break }
            let e = table.entities[visible[k]]
            let y = row + 2
            let selected = k == state.entityList.cursor
            if selected { buffer.fill(y: y, style: Style(.selection, reverse: true)) }
            let tag = e.kind == .person ? "person" : e.kind == .place ? "place " : "org   "
            buffer.put(tag, x: 1, y: y, style: Style(role(e.kind), reverse: selected))
            let counts = "\(e.articles) art. · \(e.mentions.count)×"
            let countsWidth = DisplayWidth.of(counts)
            buffer.put(e.name, x: 8, y: y, style: Style(.heading, bold: true, reverse: selected), maxWidth: max(0, buffer.width - 10 - countsWidth))
            if buffer.width > countsWidth + 20 { buffer.put(counts, x: buffer.width - countsWidth - 1, y: y, style: Style(.dim, reverse: selected)) }
        }
    }
}

/// One entity: its spellings, the claims it made, the claims about it, and every mention with
/// its context. Enter on an item opens the reader there.
enum EntityView {
    /// An item of the entity's screen; its text is made only when its line is drawn (an entity
    /// such as "Jakarta" has thousands of mentions on a large collection).
    struct Item: Equatable {
        enum Kind: Equatable { case claimBy, claimAbout, mention }
        var kind: Kind
        var section: String
        var article: Int
        var range: Range<Int>
        var claim: Int?

        /// The line shown for the item: the outlet, then the claim, or the mention in its context.
        func text(_ articles: [Article]) -> String {
            let a = articles[article]
            let outlet = a.outlet ?? a.id
            switch kind {
            case .claimBy:
                let c = a.claims[claim ?? 0]
                return "\(outlet) · \(c.kind.rawValue): “\(c.content)”"
            case .claimAbout:
                let c = a.claims[claim ?? 0]
                return "\(outlet) · \(c.speaker ?? "unattributed"): “\(c.content)”"
            case .mention:
                let context = Self.context(a.body, max(0, range.lowerBound - 40)..<(range.upperBound + 40))
                return "\(outlet) · …\(context.replacingOccurrences(of: "\n", with: " "))…"
            }
        }

        /// The text of a scalar range of `body` (cut to the body's end).
        static func context(_ body: String, _ range: Range<Int>) -> String {
            let scalars = body.unicodeScalars
            guard let lo = scalars.index(scalars.startIndex, offsetBy: range.lowerBound, limitedBy: scalars.endIndex) else { return "" }
            let hi = scalars.index(lo, offsetBy: range.count, limitedBy: scalars.endIndex) ?? scalars.endIndex
            return String(scalars[lo..<hi])
        }
    }

    static func items(_ e: EntityTable.Entity, _ articles: [Article]) -> [Item] {
        var out: [Item] = []
        out.reserveCapacity(e.claimsBy.count + e.claimsAbout.count + e.mentions.count)
        let by = "Claims by \(e.name)", about = "Claims about \(e.name)"
        for ref in e.claimsBy {
            out.append(Item(kind: .claimBy, section: by, article: ref.article, range: articles[ref.article].claims[ref.claim].range, claim: ref.claim))
        }
        for ref in e.claimsAbout {
            out.append(Item(kind: .claimAbout, section: about, article: ref.article, range: articles[ref.article].claims[ref.claim].range, claim: ref.claim))
        }
        for m in e.mentions { out.append(Item(kind: .mention, section: "Mentions", article: m.article, range: m.range, claim: nil)) }
        return out
    }

    /// Screen lines: a section heading before each section's first item; nil item for headings.
    static func lines(_ items: [Item]) -> [(heading: String?, item: Int?)] {
        var out: [(String?, Int?)] = []
        var section = ""
        for (k, item) in items.enumerated() {
            if item.section != section {
                if !out.isEmpty { out.append(("", nil)) }
                out.append((item.section, nil))
                section = item.section
            }
            out.append((nil, k))
        }
        return out
    }

    static func draw(_ state: AppState, entity index: Int, into buffer: inout Buffer) {
        guard let table = state.entityTable, index < table.entities.count else { return }
        let e = table.entities[index]
        TitleBar.draw("\(e.name) · \(e.kind.rawValue)", right: counted(e.articles, "article"), into: &buffer)
        buffer.put(" written as: " + e.spellings.joined(separator: ", "), x: 0, y: 1, style: Style(.dim), maxWidth: buffer.width)
        let items = items(e, state.articles)
        let all = lines(items)
        for row in 0..<EntityScreen.viewport(height: buffer.height) {
            let k = state.entity.top + row
            guard k < all.count else { break }
            let y = row + 2
            let line = all[k]
            if let item = line.item {
                let selected = item == state.entity.item
                if selected { buffer.fill(y: y, style: Style(.selection, reverse: true)) }
                buffer.put(items[item].text(state.articles), x: 2, y: y, style: Style(.text, reverse: selected), maxWidth: buffer.width - 3)
            } else {
                buffer.put(line.heading ?? "", x: 1, y: y, style: Style(.heading, bold: true), maxWidth: buffer.width - 2)
            }
        }
    }
}
