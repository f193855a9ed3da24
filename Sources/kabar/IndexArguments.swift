import ArgumentParser
import KabarCore

/// The arguments of commands that read the persistent index: paths, format, cache and aliases.
struct IndexArguments: ParsableArguments {
    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Folder for the index cache (default: $XDG_CACHE_HOME/kabar or ~/.cache/kabar).")
    var cache: String?

    @Flag(name: .customLong("no-cache"), help: "Index in memory for this run only.")
    var noCache = false

    @Option(help: "Alias file merged over the built-in names (default: ~/.config/kabar/aliases.txt when present).")
    var aliases: String?

    func validate() throws {
        if noCache && cache != nil { throw ValidationError("--cache and --no-cache cannot be used together") }
    }

    /// Opens the index for the paths (the demo corpus when none), brings it up to date and reports
    /// problems and notices on standard error.
    func openIndex(_ paths: [String]) -> (index: CorpusIndex, refresh: CorpusIndex.Refresh) {
        let inputs = paths.isEmpty ? [DemoCorpus.folder].compactMap { $0 } : paths
        let (lexicon, aliasText, problem) = AliasFile.lexicon(path: aliases)
        if let problem { FileHandleOutput.stderr("kabar: \(problem)") }
        let location: CacheLocation = noCache ? .memory : (cache.map { .folder($0) } ?? .defaultFolder)
        let index = CorpusIndex(location: location, inputs: inputs, lexicon: lexicon, aliasText: aliasText)
        let refresh = index.refresh(paths: inputs)
        for notice in refresh.notices { FileHandleOutput.stderr("kabar: \(notice)") }
        ProblemReport.print(refresh.problems)
        return (index, refresh)
    }
}
