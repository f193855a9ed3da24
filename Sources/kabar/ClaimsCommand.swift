import ArgumentParser
import KabarCore

/// `kabar claims PATH...`: every attributed claim, who made it, how, and through whom.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "claims", abstract: "List attributed claims: speaker, kind, cue, content, media chain.")

    @OptionGroup var corpus: CorpusArguments

    /// Claims are written as the articles are read and none is kept: the output of a collection of
    /// any size holds one group of input files (`Ingestor.stream`), not the collection.
    func run() throws {
        try corpus.writeStreamed(extractsClaims: true, json: ClaimJSON.article, text: Self.render, separator: "\n\n")
    }

    static func render(_ a: Article) -> String {
        var out = ["\(a.outlet ?? "?") — \(a.title ?? a.id)  (\(a.claims.count) claim\(a.claims.count == 1 ? "" : "s"))"]
        for c in a.claims {
            var who = c.speaker ?? "(no source)"
            if let role = c.role { who += ", " + role }
            if let m = c.speakerMention, m != c.speaker { who += " [as “\(m)”]" }
            var how = c.kind.rawValue + (c.cue.map { " · \($0)" } ?? "")
            if c.hedged { how += " · hedged" }
            var chain = ""
            if let venue = c.venue { chain += " · at \(venue)" }
            if !c.via.isEmpty { chain += " · via " + c.via.joined(separator: " → ") }
            out.append("  \(who)  (\(how)\(chain))")
            out.append("    “\(c.content.count > 160 ? String(c.content.prefix(157)) + "…" : c.content)”")
        }
        return out.joined(separator: "\n")
    }
}
