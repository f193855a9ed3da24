import ArgumentParser
import KabarCore

/// `kabar claims PATH...`: every attributed claim, who made it, how, and through whom.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "claims", abstract: "List attributed claims: speaker, kind, cue, content, media chain.")

    @OptionGroup var corpus: CorpusArguments

    func run() throws {
        let loaded = try corpus.load(extractsClaims: true)
        switch corpus.format {
        case .json: printJSON(ClaimJSON.document(loaded.articles, problems: loaded.problems))
        case .text: print(loaded.articles.map(Self.render).joined(separator: "\n\n"))
        }
        if loaded.hasErrors { throw ExitCode(1) }
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
