import KabarCore

/// Loads the user's paths, or the embedded demo corpus when there are none.
enum CorpusLoader {
    static func load(_ paths: [String], extractsClaims: Bool = false, progress: IngestProgress? = nil) -> Ingestor.Result {
        paths.isEmpty ? DemoCorpus.load(extractsClaims: extractsClaims)
            : Ingestor(extractsClaims: extractsClaims, progress: progress).ingest(paths: paths)
    }

    /// The same articles handed to `each` in batches and not kept (`Ingestor.stream`); the demo,
    /// small, comes in one batch. Returns the problems.
    static func stream(_ paths: [String], extractsClaims: Bool = false, progress: IngestProgress? = nil,
                       each: ([Article]) -> Void) -> [IngestProblem] {
        guard !paths.isEmpty else {
            let demo = DemoCorpus.load(extractsClaims: extractsClaims)
            each(demo.articles)
            return demo.problems
        }
        return Ingestor(extractsClaims: extractsClaims, progress: progress).stream(paths: paths, each: each)
    }
}
