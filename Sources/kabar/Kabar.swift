import Foundation
#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import KabarCore
import KabarTUI

struct Kabar: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kabar",
        abstract: "Read and compare news coverage across outlets.",
        discussion: """
        With no subcommand, opens the reader on PATH... (files or folders of .txt, .html, .json, \
        .jsonl, RSS/Atom feeds and .gz of these; newsboat's cache.db), or on the embedded demo corpus \
        when no path is given.
        Exit status: 0 ok, 1 some inputs unreadable (reported per file), 2 usage error.
        """,
        subcommands: [ReaderCommand.self, ListCommand.self, ShowCommand.self, ClaimsCommand.self, StoriesCommand.self, XrefCommand.self, EntitiesCommand.self, SearchCommand.self, CompareCommand.self, AnalyzeCommand.self, LedgerCommand.self, FetchCommand.self, ThemesCommand.self, BenchCommand.self],
        defaultSubcommand: ReaderCommand.self
    )
}

/// `kabar [PATH...]`: the full-screen reader.
struct ReaderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "read", abstract: "Open the full-screen reader (the default).")

    @Argument(help: "Files or folders to read; the demo corpus when empty.")
    var paths: [String] = []

    @Option(help: "Colour theme: a name from `kabar themes` or a path to a .theme file (without it, NO_COLOR gives monochrome).")
    var theme: String?

    @OptionGroup var cacheArguments: CacheArguments

    @OptionGroup var sources: SourceArguments

    /// What the status bar says while the index is written behind the reader.
    static func note(_ indexing: BackgroundIndexing?) -> (@Sendable () -> String?)? {
        guard let indexing else { return nil }
        return { indexing.note }
    }

    func run() throws {
        let (paths, fetchProblems) = try sources.resolve(self.paths)
        // A terminal that cannot place the cursor (TERM=dumb: Emacs shell buffers; TERM unset; a name
        // with no terminfo entry here) gets the library as text too, with a note why.
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        let tty = isatty(1) != 0 && isatty(0) != 0
        let cannotDraw = tty && (term.isEmpty || !TerminalCapability.canAddressCursor)
        guard tty && !cannotDraw else {
            // Not a terminal: print the library as text instead of drawing a screen.
            if cannotDraw {
                // (No terminfo entry for it here, or one without cursor addressing, `cup`.)
                let what = term.isEmpty ? "TERM is not set" : "TERM \"\(Sanitizer.oneLine(term))\" cannot place the cursor here"
                FileHandleOutput.stderr("kabar: \(what); listing the articles instead of the reader")
            }
            var loaded = CorpusLoader.load(paths, extractsClaims: true)
            loaded.problems = fetchProblems + loaded.problems
            ProblemReport.print(loaded.problems, verbose: sources.verbose)
            print(ArticleTable.render(loaded.articles))
            if loaded.hasErrors { throw ExitCode(1) }
            return
        }
        // An explicit --theme wins over NO_COLOR; NO_COLOR wins over the default.
        let chosen = theme ?? (getenv("NO_COLOR") != nil ? "monochrome" : ThemeLoader.defaultName)
        let (themeValue, themeProblems) = ThemeLoader.load(chosen)
        for p in themeProblems { FileHandleOutput.stderr("kabar: \(p)") }
        var collection = ReaderCollection.open(paths, cache: cacheArguments, quiet: sources.quiet)
        collection.problems = fetchProblems + collection.problems
        // The user's verdicts, when a ledger exists (the first v makes it): one that cannot be read is
        // said at once, and v then says nothing is saved.
        var notices = themeProblems + collection.notices
        let (scale, scaleProblem) = VerdictScaleFile.load()
        if let scaleProblem { notices.append("\(scaleProblem)") }
        var ledger: Ledger?, verdicts: [Verdict] = []
        if FileManager.default.fileExists(atPath: Ledger.defaultPath) {
            do {
                ledger = try Ledger()
                verdicts = try ledger?.all() ?? []
            } catch {
                notices.append("ledger \(error)")
            }
        }
        let outcome = ReaderApp.run(articles: collection.articles, claimClusters: collection.claimClusters,
                                    problems: collection.problems.map(\.description), notices: notices,
                                    theme: themeValue, lexicon: collection.lexicon, storedEntities: collection.storedEntities, ledger: ledger, ledgerPath: Ledger.defaultPath, verdicts: verdicts, verdictScale: scale,
                                    backgroundNote: Self.note(collection.indexing))
        if case .terminated(let signal) = outcome {
            // As a shell reports a process stopped by the signal: 128 + its number (143 for SIGTERM).
            throw ExitCode(128 + signal)
        }
        if let indexing = collection.indexing, !indexing.isFinished {
            FileHandleOutput.stderr("kabar: saving the index so the next start is quick (Ctrl-C skips)…")
            indexing.wait()
        }
        if case .failed(let message) = outcome {
            FileHandleOutput.stderr("kabar: \(message)")
            throw ExitCode(1)
        }
        if collection.hasErrors { throw ExitCode(1) }
    }
}
