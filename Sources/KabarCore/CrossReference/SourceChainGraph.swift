/// Who cites whom: every attributed claim's path from its speaker, through the venue where it
/// was said and the media it travelled through, to the outlet that printed it ("Igor
/// Korotchenko → Channel One Russia → New York Post → Liputan6"), with the paths merged into a
/// graph whose edges count the claims that took them.
public struct SourceChainGraph: Sendable {
    public struct Chain: Sendable, Hashable {
        /// Sources the speaker cites, speaker, venue, media (farthest first), outlet.
        public var path: [String]
        /// Articles that print a claim along this path (indexes into the article list).
        public var articles: [Int]
        public var claims: Int
    }

    public struct Edge: Sendable, Hashable {
        public var from: String
        public var to: String
        public var claims: Int
    }

    /// Distinct paths with a venue or a medium between speaker and outlet, most used first.
    public var chains: [Chain]
    /// Their edges, most used first.
    public var edges: [Edge]

    public init(_ articles: [Article]) {
        var chains: [[String]: (articles: [Int], claims: Int)] = [:]
        var order: [[String]] = []
        for (k, article) in articles.enumerated() {
            for claim in article.claims {
                let via = claim.via.filter { !Self.isAnaphor($0) }
                guard claim.venue != nil || !via.isEmpty else { continue }
                // "mengutip sumber-sumber Rusia": sources the speaker cites come before the speaker.
                let upstream = via.filter(Self.isSource), media = via.filter { !Self.isSource($0) }
                var path = upstream.reversed() + [claim.speaker ?? claim.speakerMention ?? "(unnamed)"]
                if let venue = claim.venue { path.append(venue) }
                path += media.reversed()
                path.append(article.outlet ?? article.id)
                if chains[path] == nil { order.append(path) }
                var entry = chains[path] ?? ([], 0)
                if entry.articles.last != k { entry.articles.append(k) }
                entry.claims += 1
                chains[path] = entry
            }
        }
        self.chains = order.map { Chain(path: $0, articles: chains[$0]!.articles, claims: chains[$0]!.claims) }
            .enumerated().sorted { ($0.element.claims, -$0.offset) > ($1.element.claims, -$1.offset) }.map(\.element)
        var counts: [Edge: Int] = [:]
        var edgeOrder: [Edge] = []
        for chain in self.chains {
            for (a, b) in zip(chain.path, chain.path.dropFirst()) {
                let key = Edge(from: a, to: b, claims: 0)
                if counts[key] == nil { edgeOrder.append(key) }
                counts[key, default: 0] += chain.claims
            }
        }
        self.edges = edgeOrder.enumerated().map { (offset: $0.offset, edge: Edge(from: $0.element.from, to: $0.element.to, claims: counts[$0.element]!)) }
            .sorted { ($0.edge.claims, -$0.offset) > ($1.edge.claims, -$1.offset) }.map(\.edge)
    }

    /// "sumber-sumber Rusia", "sumber di Pyongyang", "sources in Seoul": people the speaker heard it from.
    static func isSource(_ s: String) -> Bool {
        s.hasPrefix("sumber") || s.hasPrefix("sources") || s.hasPrefix("a source")
    }

    /// "surat kabar itu", "media tersebut": a phrase pointing back at a medium already named.
    static func isAnaphor(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, !first.properties.isUppercase else { return false }
        return s.hasSuffix(" itu") || s.hasSuffix(" tersebut") || s.hasSuffix(" ini")
    }
}
