import ArgumentParser
import KabarCore

/// The arguments every corpus-reading command shares: paths and an output format.
struct CorpusArguments: ParsableArguments {
    @Argument(help: "Files or folders to read (.txt, .html, .json, .jsonl, .gz); the demo corpus when empty.")
    var paths: [String] = []

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    /// Loads the corpus and reports unreadable inputs on standard error.
    func load(extractsClaims: Bool = false) -> Ingestor.Result {
        let loaded = CorpusLoader.load(paths, extractsClaims: extractsClaims)
        ProblemReport.print(loaded.problems)
        return loaded
    }
}
