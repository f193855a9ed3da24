import ArgumentParser
import KabarCore

/// `kabar list PATH...`: one row per article.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List articles: outlet, date, words, boilerplate share, title.")

    @OptionGroup var corpus: CorpusArguments

    func run() throws {
        let loaded = try corpus.load()
        switch corpus.format {
        case .text: print(ArticleTable.render(loaded.articles))
        case .json: printJSON(ArticleJSON.document(loaded.articles, includeText: false, problems: loaded.problems))
        }
        if loaded.hasErrors { throw ExitCode(1) }
    }
}
