extension Ingestor {
    /// Reads the paths as `ingest(paths:)` does, the same articles in the same order, but hands
    /// them to `each` in batches and keeps none of them, so memory holds one input file (of a web
    /// archive, one record) and one batch, whatever the collection's size. Returns the problems.
    public func stream(paths: [String], batchSize: Int = 512, each: ([Article]) -> Void) -> [IngestProblem] {
        let (files, collectProblems) = InputCollector.collect(paths)
        var problems = collectProblems
        let builder = ArticleBuilder(extractsClaims: extractsClaims)
        for file in files {
            guard file.kind == .warc else {
                let outcome = Ingestor.read(file, parallel: parallel, builder: builder, progress: progress)
                problems.append(contentsOf: outcome.problems)
                if !outcome.articles.isEmpty { each(outcome.articles) }
                continue
            }
            var batch: [SourceDocument] = []
            var notices: [IngestProblem] = []
            var sizeCounted = false
            func flush() {
                guard !batch.isEmpty else { return }
                progress?.found(batch.count, bytes: sizeCounted ? 0 : Ingestor.fileSize(file.path))
                sizeCounted = true
                var articles = Ingestor.build(batch, parallel: parallel, builder: builder, progress: progress)
                batch.removeAll(keepingCapacity: true)
                notices.append(contentsOf: Ingestor.removeEmpty(&articles))
                if !articles.isEmpty { each(articles) }
            }
            let readProblems = WARCReader.read(path: file.path) { document in
                batch.append(document)
                if batch.count >= batchSize { flush() }
            }
            flush()
            // The archive's own problems first, then the articles left empty, as `ingest` orders them.
            problems.append(contentsOf: readProblems + notices)
        }
        return problems
    }
}
