import Dispatch

extension Ingestor {
    /// Reads the paths as `ingest(paths:)` does, the same articles in the same order, but hands
    /// them to `each` in batches and keeps none of them, so memory holds one input file (of a web
    /// archive, one record) and one batch, whatever the collection's size. Returns the problems.
    /// Small files are read several at once, as `ingest` reads them (a group of at most
    /// `groupBytes` of input, in order): a folder of pages streams as fast as it ingests.
    public func stream(paths: [String], batchSize: Int = 512, groupBytes: Int = 32 << 20, each: ([Article]) -> Void) -> [IngestProblem] {
        let (files, collectProblems) = InputCollector.collect(paths)
        var problems = collectProblems
        let builder = ArticleBuilder(extractsClaims: extractsClaims)
        var group: [InputFile] = []
        var groupSize = 0
        func readGroup() {
            guard !group.isEmpty else { return }
            var slots = [FileOutcome?](repeating: nil, count: group.count)
            if parallel && group.count > 1 {
                let files = group
                slots.withUnsafeMutableBufferPointer { buffer in
                    nonisolated(unsafe) let out = buffer
                    DispatchQueue.concurrentPerform(iterations: files.count) { k in
                        out[k] = Ingestor.read(files[k], parallel: true, builder: ArticleBuilder(extractsClaims: extractsClaims), progress: progress)
                    }
                }
            } else {
                for k in group.indices { slots[k] = Ingestor.read(group[k], parallel: parallel, builder: builder, progress: progress) }
            }
            for case let outcome? in slots {
                problems.append(contentsOf: outcome.problems)
                if !outcome.articles.isEmpty { each(outcome.articles) }
            }
            group.removeAll(keepingCapacity: true)
            groupSize = 0
        }
        for file in files {
            guard file.kind == .warc else {
                let size = Ingestor.fileSize(file.path)
                if !group.isEmpty, groupSize + size > groupBytes { readGroup() }
                group.append(file)
                groupSize += size
                continue
            }
            readGroup()
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
        readGroup()
        return problems
    }
}
