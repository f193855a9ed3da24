import ArgumentParser
import KabarCore

/// `kabar claims PATH...`: every attributed claim, who made it, how, and through whom.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "claims", abstract: "List attributed claims: speaker, kind, cue, content, media chain.")

    @OptionGroup var corpus: CorpusArguments

    /// Claims are written as the articles are read and none is kept: the output of a collection of
    /// any size holds one group of input files (`Ingestor.stream`), not the collection.
    func run() throws {
        var json = JSONArrayStream(key: "articles")
        var written = 0
        let problems = try corpus.stream(extractsClaims: true) { articles in
            switch corpus.format {
            case .json: for a in articles { json.append(ClaimJSON.article(a)) }
            case .text: print((written > 0 ? "\n" : "") + articles.map(Self.render).joined(separator: "\n\n"))
            }
            written += articles.count
        }
        switch corpus.format {
        case .json: json.finish(rest: ArticleJSON.problemsPairs(problems))
        case .text: if written == 0 { print("") }
        }
        if problems.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
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
