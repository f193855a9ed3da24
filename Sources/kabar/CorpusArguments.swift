import ArgumentParser
import KabarCore

/// The arguments every corpus-reading command shares: paths and an output format.
struct CorpusArguments: ParsableArguments {
    @Argument(help: "Files or folders to read (.txt, .html, .json, .jsonl, RSS/Atom feeds, newsboat's cache.db, .gz); the demo corpus when empty.")
    var paths: [String] = []

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup var sources: SourceArguments

    /// Loads the corpus and reports unreadable inputs on standard error.
    func load(extractsClaims: Bool = false) throws -> Ingestor.Result {
        let progress = ProgressLine.make(verb: "reading", quiet: sources.quiet)
        let (resolved, fetchProblems) = try sources.resolve(paths)
        var loaded = CorpusLoader.load(resolved, extractsClaims: extractsClaims, progress: progress)
        loaded.problems = fetchProblems + loaded.problems
        progress?.finish()
        ProblemReport.print(loaded.problems, verbose: sources.verbose)
        return loaded
    }
}

extension CorpusArguments {
    /// Reads the corpus as `load` does, handing the articles on in batches and keeping none
    /// (`Ingestor.stream`); unreadable inputs are reported on standard error at the end. Returns
    /// the problems.
    func stream(extractsClaims: Bool = false, each: ([Article]) -> Void) throws -> [IngestProblem] {
        let progress = ProgressLine.make(verb: "reading", quiet: sources.quiet)
        let (resolved, fetchProblems) = try sources.resolve(paths)
        let problems = fetchProblems + CorpusLoader.stream(resolved, extractsClaims: extractsClaims, progress: progress, each: each)
        progress?.finish()
        ProblemReport.print(problems, verbose: sources.verbose)
        return problems
    }
}

extension CorpusArguments {
    /// Writes the document `{"articles": [json(a)…], "problems": …}`, or each article's `text`
    /// with `separator` between them, as the articles are read (`stream`); exits 1 when an input
    /// was unreadable. The bytes are those of the whole document printed at once.
    func writeStreamed(extractsClaims: Bool = false, json: (Article) -> JSONValue, text: (Article) -> String, separator: String) throws {
        var document = JSONArrayStream(key: "articles")
        var written = 0
        let problems = try stream(extractsClaims: extractsClaims) { articles in
            switch format {
            case .json: for a in articles { document.append(json(a)) }
            case .text: print((written > 0 ? String(separator.dropFirst()) : "") + articles.map(text).joined(separator: separator))
            }
            written += articles.count
        }
        switch format {
        case .json: document.finish(rest: ArticleJSON.problemsPairs(problems))
        case .text: if written == 0 { print("") }
        }
        if problems.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}

/// Where articles come from besides the paths, and how much to say about what is skipped.
struct SourceArguments: ParsableArguments {
    @Flag(help: "Also read newsboat's cache ($XDG_DATA_HOME/newsboat/cache.db or ~/.newsboat/cache.db), read-only.")
    var newsboat = false

    @Flag(help: "List every skipped record instead of one summary line per reason.")
    var verbose = false

    @Flag(help: "No progress line while reading.")
    var quiet = false

    func validate() throws {
        if newsboat && NewsboatCache.defaultPath() == nil {
            throw ValidationError("--newsboat: no newsboat cache at ~/.local/share/newsboat/cache.db or ~/.newsboat/cache.db")
        }
    }

    /// The paths to read: the user's (web addresses fetched into the library first, their saved
    /// files in their place), and newsboat's cache when asked for; with the addresses that could
    /// not be fetched. When every path was an address and none could be fetched, says so and exits
    /// (rather than opening the demo corpus, as no paths at all would).
    func resolve(_ paths: [String]) throws -> (paths: [String], problems: [IngestProblem]) {
        var (resolved, problems) = DirectAddresses.resolve(paths)
        if newsboat { resolved += [NewsboatCache.defaultPath()].compactMap { $0 } }
        if resolved.isEmpty && !paths.isEmpty {
            ProblemReport.print(problems, verbose: verbose)
            throw ExitCode(1)
        }
        return (resolved, problems)
    }
}
