import ArgumentParser
import KabarCore

/// `kabar list PATH...`: one row per article.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List articles: outlet, date, words, boilerplate share, title.")

    @Argument(help: "Files or folders to read; the demo corpus when empty.")
    var paths: [String] = []

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let loaded = CorpusLoader.load(paths)
        ProblemReport.print(loaded.problems)
        switch format {
        case .text: print(ArticleTable.render(loaded.articles))
        case .json: print(ArticleJSON.document(loaded.articles, includeText: false, problems: loaded.problems).pretty())
        }
        if loaded.hasErrors { throw ExitCode(1) }
    }
}
