import ArgumentParser
import KabarCore

/// Where the persistent index lives and which alias file it was built with (shared by the reader
/// and the commands that search the index).
struct CacheArguments: ParsableArguments {
    @Option(help: "Folder for the index cache (default: $XDG_CACHE_HOME/kabar or ~/.cache/kabar).")
    var cache: String?

    @Flag(name: .customLong("no-cache"), help: "Index in memory for this run only.")
    var noCache = false

    @Option(help: "Alias file merged over the built-in names (default: ~/.config/kabar/aliases.txt when present).")
    var aliases: String?

    func validate() throws {
        if noCache && cache != nil { throw ValidationError("--cache and --no-cache cannot be used together") }
    }

    var location: CacheLocation { noCache ? .memory : (cache.map { .folder($0) } ?? .defaultFolder) }

    /// The alias lexicon and its text (part of the index fingerprint); a broken alias file is
    /// reported on standard error and the built-in names are used.
    func lexicon() -> (lexicon: EntityLexicon, text: String) {
        let (lexicon, text, problem) = AliasFile.lexicon(path: aliases)
        if let problem { FileHandleOutput.stderr("kabar: \(problem)") }
        return (lexicon, text)
    }
}
