/// The desk's sections beyond numbers: one statement dated differently, one quotation given to
/// different speakers, reused text (who printed it first), the source chains as a tree, and the
/// articles in time order. Each builder returns its rows (empty when there is nothing to show).
extension StoryDesk {
    /// "One statement, different dates": a block per statement, a row per outlet's date for it.
    static func dates(_ articles: [Int], _ chosen: [Article], clusters: [ClaimCluster]) -> [Row] {
        let found = DateDiscrepancyFinder().discrepancies(in: chosen, clusters: clusters, stories: [Array(chosen.indices)])
        var out: [Row] = []
        for d in found {
            if !out.isEmpty { out.append(Row(text: "")) }
            out.append(Row(text: "\(d.speaker) · \(Set(d.reports.map { $0.date.dayNumber }).count) dates for one statement", isHeading: true, conflicting: true))
            for r in d.reports {
                let a = chosen[r.article]
                let claim = d.clusters.lazy.compactMap { c in clusters[c].members.first { $0.article == r.article }?.claim }.first
                out.append(Row(text: "\(a.outlet ?? a.id) · \(String(r.date.iso8601.prefix(10))) · published \(day(a))",
                               article: articles[r.article], offset: claim.map { a.claims[$0].range.lowerBound }, claim: claim, conflicting: true))
            }
        }
        return out
    }

    /// "One quotation, different speakers": a cluster of the same claim whose outlets name different people.
    static func speakers(_ articles: [Int], _ chosen: [Article], clusters: [ClaimCluster]) -> [Row] {
        var out: [Row] = []
        for cluster in clusters {
            let named = cluster.members.map { m in (m, chosen[m.article].claims[m.claim].speaker ?? "no source named") }
            let surnames = Set(named.map { Self.surname($0.1) })
            guard surnames.count >= 2 else { continue }
            if !out.isEmpty { out.append(Row(text: "")) }
            let first = chosen[cluster.members[0].article].claims[cluster.members[0].claim]
            out.append(Row(text: "“\(opening(first.content))” · \(surnames.count) speakers", isHeading: true, conflicting: true))
            for (m, speaker) in named {
                let a = chosen[m.article]
                out.append(Row(text: "\(a.outlet ?? a.id) · said by \(speaker) · \(day(a))", article: articles[m.article],
                               offset: a.claims[m.claim].range.lowerBound, claim: m.claim, conflicting: true))
            }
        }
        return out
    }

    /// "Reused text": a row per pair, who printed it first (by date) and how many words.
    static func reuse(_ articles: [Int], _ chosen: [Article]) -> [Row] {
        var out: [Row] = []
        for r in TextReuseFinder().reuse(in: chosen) {
            let a = chosen[r.first], b = chosen[r.second]
            let order = r.isOrdered ? "\(a.outlet ?? a.id) first, \(b.outlet ?? b.id) after" : "\(a.outlet ?? a.id) and \(b.outlet ?? b.id), order unknown"
            out.append(Row(text: "\(order) · \(r.sharedWords) words · \(r.relation.rawValue)", article: articles[r.first],
                           offset: r.passages.first?.first.lowerBound))
        }
        return out
    }

    /// "Source chains": speaker → venue → medium → outlet, drawn as a tree with box-drawing lines.
    static func chains(_ articles: [Int], _ chosen: [Article]) -> [Row] {
        let graph = SourceChainGraph(chosen)
        // A tree of path prefixes, children in first-seen order.
        final class Node {
            var name: String
            var children: [Node] = []
            var articles: [Int] = []
            init(_ name: String) { self.name = name }
            func child(_ name: String) -> Node {
                if let c = children.first(where: { $0.name == name }) { return c }
                let c = Node(name)
                children.append(c)
                return c
            }
        }
        let root = Node("")
        for chain in graph.chains where chain.path.count >= 2 {
            var node = root
            for step in chain.path { node = node.child(step) }
            node.articles += chain.articles
        }
        var out: [Row] = []
        func walk(_ node: Node, prefix: String, isLast: Bool, depth: Int) {
            let branch = depth == 0 ? "" : (isLast ? "└─ " : "├─ ")
            out.append(Row(text: prefix + branch + node.name, article: node.articles.first.map { articles[$0] }, offset: nil))
            let next = depth == 0 ? "" : prefix + (isLast ? "   " : "│  ")
            for (k, child) in node.children.enumerated() { walk(child, prefix: next, isLast: k == node.children.count - 1, depth: depth + 1) }
        }
        for top in root.children { walk(top, prefix: "", isLast: true, depth: 0) }
        return out
    }

    /// "Timeline": the articles by publication time, undated ones last.
    static func timeline(_ articles: [Int], _ chosen: [Article]) -> [Row] {
        let order = chosen.indices.sorted { x, y in
            switch (chosen[x].published, chosen[y].published) {
            case let (p?, q?): return p < q || (p == q && x < y)
            case (nil, nil): return x < y
            case (nil, _): return false
            case (_, nil): return true
            }
        }
        return order.map { k in
            let a = chosen[k]
            let when = a.published.map { String($0.iso8601.prefix(16)).replacingOccurrences(of: "T", with: " ") } ?? "undated"
            return Row(text: "\(when) · \(a.outlet ?? a.id) · \(a.title ?? "(no title)")", article: articles[k], offset: 0)
        }
    }

    static func day(_ a: Article) -> String { a.published.map { String($0.iso8601.prefix(10)) } ?? "undated" }

    static func surname(_ name: String) -> String {
        String(name.split(separator: " ").last ?? Substring(name)).lowercased()
    }

    /// The first words of a claim, for a block's heading.
    static func opening(_ content: String) -> String {
        let words = content.split(separator: " ")
        return words.prefix(8).joined(separator: " ") + (words.count > 8 ? "…" : "")
    }
}
