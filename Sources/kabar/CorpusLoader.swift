import KabarCore

/// Loads the user's paths, or the embedded demo corpus when there are none.
enum CorpusLoader {
    static func load(_ paths: [String], extractsClaims: Bool = false, progress: IngestProgress? = nil) -> Ingestor.Result {
        paths.isEmpty ? DemoCorpus.load(extractsClaims: extractsClaims)
            : Ingestor(extractsClaims: extractsClaims, progress: progress).ingest(paths: paths)
    }
}
