import ArgumentParser
import KabarCore

/// `kabar search QUERY PATH...`: everything about an entity, by any of its spellings.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search by entity (any spelling or a surname; the text when the query names none).",
        discussion: "Lists the articles, each mention with its context, the claims BY the entity (it is the speaker) and the claims ABOUT it.")

    @Argument(help: "A name (\"Korut\", \"Zelenskiy\", \"Korotchenko\") or words.")
    var query: String

    @Argument(help: "Files or folders to read; the demo corpus when empty.")
    var paths: [String] = []

    @Option(help: "Mentions and claims shown per section in the text output (JSON has them all).")
    var limit: Int = 10

    @OptionGroup var index: IndexArguments

    func run() throws {
        let (corpus, refresh) = try index.openIndex(paths)
        let result: SearchResult
        do {
            result = try corpus.search(query)
        } catch let problem as CorpusIndex.QueryProblem {
            FileHandleOutput.stderr("kabar: \(problem)")
            throw ExitCode(2)
        }
        for notice in corpus.repairNotices { FileHandleOutput.stderr("kabar: \(notice)") }
        switch index.format {
        case .json: printJSON(SearchJSON.search(result))
        case .text: print(render(result))
        }
        if refresh.problems.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }

    func render(_ r: SearchResult) -> String {
        var out: [String] = []
        if let e = r.entity {
            out.append("\(e.name)  [\(e.kind.rawValue)]  written as: \(e.spellings.joined(separator: ", "))")
        } else {
            out.append("No entity named “\(r.query)”; articles whose text has these words:")
        }
        func where_(_ k: Int) -> String {
            let a = r.articles[k]
            return "\(a.outlet ?? a.id)\(a.published.map { " " + String($0.prefix(10)) } ?? "")"
        }
        out.append("")
        out.append("Articles (\(r.articles.count))")
        for a in r.articles {
            out.append("  \(a.outlet ?? "?")  \(a.published.map { String($0.prefix(10)) } ?? "undated")  \(a.title ?? a.id)\(a.mentions > 0 ? "  (\(a.mentions)×)" : "")")
        }
        func section(_ title: String, _ lines: [String]) {
            guard r.entity != nil else { return }
            out.append("")
            out.append("\(title) (\(lines.count))")
            out += lines.prefix(limit).map { "  " + $0 }
            if lines.count > limit { out.append("  … \(lines.count - limit) more (--limit, or --format json for all)") }
        }
        section("Mentions", r.mentions.map { "\(where_($0.article)): …\($0.context)…" })
        section("Claims by \(r.entity?.name ?? "")", r.claimsBy.map { "\(where_($0.article)) [\($0.kind)]: \"\(String($0.content.prefix(120)))\"" })
        section("Claims about \(r.entity?.name ?? "")", r.claimsAbout.map { "\(where_($0.article)) [\($0.kind)] \($0.speaker ?? "unattributed"): \"\(String($0.content.prefix(120)))\"" })
        return out.joined(separator: "\n")
    }
}
