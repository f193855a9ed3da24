import ArgumentParser
import KabarCore

/// `kabar stories PATH...`: the collection grouped into stories, one report per outlet in each.
struct StoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "Group articles into stories (one event, one report per outlet), largest first.")

    @OptionGroup var corpus: CorpusArguments

    @Flag(help: "List stories with a single article too.")
    var all = false

    func run() throws {
        // Claims too: who an article quotes is evidence of its event (StoryEvidence).
        let loaded = try corpus.load(extractsClaims: true)
        var stories = StoryGrouper().group(loaded.articles)
        if !all { stories = stories.filter { $0.articleIndexes.count > 1 } }
        switch corpus.format {
        case .json: printJSON(StoryJSON.document(stories, articles: loaded.articles))
        case .text:
            for s in stories {
                print("\(s.title)  (\(counted(s.articleIndexes.count, "article")), \(s.outlets.joined(separator: ", ")))")
                for k in s.articleIndexes {
                    let a = loaded.articles[k]
                    print("  \(a.published?.iso8601 ?? "undated")  \(a.outlet ?? "?")  \(a.title ?? a.id)")
                }
            }
        }
        if loaded.hasErrors { throw ExitCode(1) }
    }
}
