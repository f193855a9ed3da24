import KabarCore

/// Loads the user's paths, or the embedded demo corpus when there are none.
enum CorpusLoader {
    static func load(_ paths: [String]) -> Ingestor.Result {
        paths.isEmpty ? DemoCorpus.load() : Ingestor().ingest(paths: paths)
    }
}
