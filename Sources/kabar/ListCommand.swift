import ArgumentParser
import KabarCore

/// `kabar list PATH...`: one row per article.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List articles: outlet, date, words, boilerplate share, title.")

    @OptionGroup var corpus: CorpusArguments

    /// Rows are written as the articles are read and none is kept, so listing a web archive of a
    /// gigabyte holds one batch of articles, not the archive's.
    func run() throws {
        var count = 0
        var json = JSONArrayStream(key: "articles")
        if corpus.format == .text { print(ArticleTable.header) }
        let problems = try corpus.stream { articles in
            switch corpus.format {
            case .text: print(articles.map(ArticleTable.row).joined(separator: "\n"))
            case .json: for a in articles { json.append(ArticleJSON.article(a, includeText: false)) }
            }
            count += articles.count
        }
        switch corpus.format {
        case .text: print(ArticleTable.footer(count))
        case .json: json.finish(rest: ArticleJSON.problemsPairs(problems))
        }
        if problems.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}
