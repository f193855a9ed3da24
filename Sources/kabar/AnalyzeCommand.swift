import ArgumentParser
import Foundation
import KabarCore

/// `kabar analyze [PATH...|-] --format jsonl`: one JSON line per article, everything kabar reads
/// of it alone (metadata, cleaned body and blocks, quantities, claims, entity mentions, and the
/// features stories and reused text are found by), so a distributed engine can run kabar as its
/// map step (Spark's `RDD.pipe`) and do the corpus-wide part itself. Pure: a record gives the same
/// line wherever it is analysed (records read from standard input have the path "-").
struct AnalyzeCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl }

    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "One JSON line per article (metadata, text, claims, quantities, entity mentions, story and reuse features), for a map step.",
        discussion: "- reads JSONL records from standard input. The line's shape is in docs/json.md.")

    @Argument(help: "Files or folders to read, or - for JSONL records on standard input; the demo corpus when empty.")
    var paths: [String] = []

    @Option(help: "Output format: jsonl (one JSON object per line).")
    var format: Format = .jsonl

    @OptionGroup var sources: SourceArguments

    func run() throws {
        var paths = paths
        var fromStandardInput: String?
        if let dash = paths.firstIndex(of: "-") {
            // Standard input is copied, 1 MB at a time, into a temporary .jsonl file for the reader of records.
            let temporary = FileManager.default.temporaryDirectory.path + "/kabar-analyze-\(getpid()).jsonl"
            guard FileManager.default.createFile(atPath: temporary, contents: nil), let copy = FileHandle(forWritingAtPath: temporary) else {
                FileHandleOutput.stderr("kabar: cannot keep standard input in \(temporary)")
                throw ExitCode(1)
            }
            while case let chunk = FileHandle.standardInput.readData(ofLength: 1 << 20), !chunk.isEmpty { copy.write(chunk) }
            try? copy.close()
            paths[dash] = temporary
            fromStandardInput = temporary
        }
        defer { if let fromStandardInput { try? FileManager.default.removeItem(atPath: fromStandardInput) } }
        let (resolved, fetchProblems) = try sources.resolve(paths)
        let extractor = EntityExtractor()
        let grouper = StoryGrouper(), reuse = TextReuseFinder()
        var out = ""
        // Articles are written as they are built and not kept: memory holds one input file (one
        // record of a web archive) and one batch, however large the collection.
        // Each batch's lines are made on every core (each line depends on its article alone), then
        // written in the batch's order.
        let standardInput = fromStandardInput
        func write(_ articles: [Article]) {
            let lines = [String](unsafeUninitializedCapacity: articles.count) { buffer, count in
                nonisolated(unsafe) let base = buffer.baseAddress!
                DispatchQueue.concurrentPerform(iterations: articles.count) { k in
                    var a = articles[k]
                    if a.path == standardInput { a.path = "-" }
                    (base + k).initialize(to: AnalysisJSON.line(a, mentions: extractor.mentions(in: a),
                                                                features: ArticleFeatures(a, grouper: grouper, reuse: reuse)))
                }
                count = articles.count
            }
            for line in lines {
                out += line
                out += "\n"
                if out.utf8.count > 1 << 20 { FileHandle.standardOutput.write(Data(out.utf8)); out = "" }
            }
        }
        let problems = fetchProblems + CorpusLoader.stream(resolved, extractsClaims: true, each: write)
        FileHandle.standardOutput.write(Data(out.utf8))
        ProblemReport.print(problems.map { p in
            var p = p
            if p.path == fromStandardInput { p.path = "-" }
            return p
        }, verbose: sources.verbose)
        if problems.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}
