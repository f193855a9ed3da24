import ArgumentParser
import KabarCore

/// The arguments of commands that read the persistent index: paths, format, cache and aliases.
struct IndexArguments: ParsableArguments {
    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup var cacheArguments: CacheArguments

    @OptionGroup var sources: SourceArguments

    /// Opens the index for the paths (the demo corpus when none), brings it up to date and reports
    /// problems and notices on standard error.
    func openIndex(_ paths: [String]) throws -> (index: CorpusIndex, refresh: CorpusIndex.Refresh) {
        let (paths, fetchProblems) = try sources.resolve(paths)
        let inputs = paths.isEmpty ? [DemoCorpus.folder].compactMap { $0 } : paths
        let (lexicon, aliasText) = cacheArguments.lexicon()
        let index = CorpusIndex(location: cacheArguments.location, inputs: inputs, lexicon: lexicon, aliasText: aliasText)
        index.progress = ProgressLine.make(verb: "indexing", quiet: sources.quiet)
        var refresh = index.refresh(paths: inputs)
        refresh.problems = fetchProblems + refresh.problems
        index.progress?.finish()
        for notice in refresh.notices { FileHandleOutput.stderr("kabar: \(notice)") }
        ProblemReport.print(refresh.problems, verbose: sources.verbose)
        return (index, refresh)
    }
}
