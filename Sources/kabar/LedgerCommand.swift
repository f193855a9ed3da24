import ArgumentParser
import Foundation
import KabarCore

/// `kabar ledger`: the user's verdicts on claims, kept in `$XDG_DATA_HOME/kabar/ledger.sqlite`.
struct LedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger",
        abstract: "Set and list verdicts on claims (kept in $XDG_DATA_HOME/kabar/ledger.sqlite, never in the cache).",
        subcommands: [LedgerSet.self, LedgerList.self, LedgerExport.self])
}

/// The ledger at its default place (or `--ledger FILE`), or a clear message naming the file.
func openLedger(_ path: String?) throws -> Ledger {
    do { return try Ledger(path: path ?? Ledger.defaultPath) } catch {
        FileHandleOutput.stderr("kabar: ledger \(error)")
        throw ExitCode(1)
    }
}

/// The ledger, the label scale in force and every verdict, problems said on standard error.
func readLedger(_ path: String?) throws -> (Ledger, VerdictScale, [Verdict]) {
    let store = try openLedger(path)
    let (scale, problem) = VerdictScaleFile.load()
    if let problem { FileHandleOutput.stderr("kabar: \(problem)") }
    do { return (store, scale, try store.all()) } catch {
        FileHandleOutput.stderr("kabar: ledger \(store.path): \(error)")
        throw ExitCode(1)
    }
}

struct LedgerSet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Set the verdict on one claim of an article.",
        discussion: """
        ARTICLE as kabar compare takes it (a file, PATH#ID, or a demo article's id); CLAIM the claim's \
        number as kabar claims lists them, from 1. Labels: \(VerdictScale.indonesian.labels.map(\.name).joined(separator: ", ")), \
        or those of $XDG_CONFIG_HOME/kabar/verdicts.toml.
        """)

    @Argument(help: "The article.") var article: String
    @Argument(help: "The claim's number, from 1.") var claim: Int
    @Option(help: "The verdict's label.") var verdict: String
    @Option(help: "A note on why.") var note: String?
    @Option(help: "A link to evidence (repeat for more).") var evidence: [String] = []
    @Option(help: "The ledger file (default: $XDG_DATA_HOME/kabar/ledger.sqlite).") var ledger: String?

    func run() throws {
        let (scale, problem) = VerdictScaleFile.load()
        if let problem { FileHandleOutput.stderr("kabar: \(problem)") }
        guard let label = scale.label(named: verdict) else {
            FileHandleOutput.stderr("kabar: no verdict \"\(Sanitizer.oneLine(verdict))\"; labels: \(scale.labels.map(\.name).joined(separator: ", "))")
            throw ExitCode(1)
        }
        let a: Article
        switch ArticleReference.resolve(article) {
        case .success(let found): a = found
        case .failure(let f): FileHandleOutput.stderr("kabar: \(f)"); throw ExitCode(1)
        }
        guard (1...max(1, a.claims.count)).contains(claim), claim <= a.claims.count else {
            FileHandleOutput.stderr("kabar: \(a.id) has \(a.claims.count) claim\(a.claims.count == 1 ? "" : "s"); no claim \(claim)")
            throw ExitCode(1)
        }
        let c = a.claims[claim - 1]
        let store = try openLedger(ledger)
        // A verdict set again keeps its note unless a new one is given, and adds the new links.
        let before = (try? store.all())?.last { $0.isAbout(c, in: a) }
        var v = Verdict(on: c, in: a, label: label.name, updated: Ledger.now())
        v.note = note ?? before?.note
        v.evidence = (before?.evidence ?? []) + evidence.filter { !(before?.evidence ?? []).contains($0) }
        // Set inside one write transaction: a note or link another process saved meanwhile stays.
        do { try store.set(v, changing: note == nil ? [.label, .evidence] : .all) } catch {
            FileHandleOutput.stderr("kabar: ledger \(store.path): \(error)")
            throw ExitCode(1)
        }
        print("\(label.name): \(c.speaker ?? "no source") — “\(Sanitizer.oneLine(c.content))” (\(a.outlet ?? a.id))")
    }
}

/// The articles of `paths` (nil when none are given), problems said on standard error.
func ledgerCollection(_ paths: [String]) throws -> [Article]? {
    guard !paths.isEmpty else { return nil }
    let (resolved, fetchProblems) = DirectAddresses.resolve(paths)
    let loaded = CorpusLoader.load(resolved, extractsClaims: true)
    ProblemReport.print(fetchProblems + loaded.problems)
    return loaded.articles
}

struct LedgerList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List every verdict, oldest change first.",
        discussion: "With paths, each verdict also says where it stands among their articles: attached to its claim, detached (the article is there but no claim reads so any more: listed, never dropped), or elsewhere.")

    @Argument(help: "A collection to place the verdicts in (files or folders, as kabar reads them).") var paths: [String] = []
    @Option(help: "Output format: text or json.") var format: OutputFormat = .text
    @Option(help: "The ledger file (default: $XDG_DATA_HOME/kabar/ledger.sqlite).") var ledger: String?

    func run() throws {
        let (store, scale, verdicts) = try readLedger(ledger)
        let places = try ledgerCollection(paths).map { VerdictPlace.of(verdicts, in: $0) }
        switch format {
        case .json:
            printJSON(.object([("ledger", .string(store.path)), ("verdicts", .array(verdicts.enumerated().map { k, v in
                var fields: [(String, JSONValue)] = [
                    ("article", .string(v.article)), ("bodyHash", .string(v.bodyHash)), ("claim", .string(v.claim)),
                    ("speaker", v.speaker.map(JSONValue.string) ?? .null), ("verdict", .string(v.label)),
                    ("rating", scale.label(named: v.label).map { .int($0.rating) } ?? .null),
                    ("note", v.note.map(JSONValue.string) ?? .null), ("evidence", .array(v.evidence.map(JSONValue.string))),
                    ("updated", .string(v.updated))]
                if let places { fields.append(("place", .string(places[k].name))) }
                return .object(fields)
            }))]))
        case .text:
            if verdicts.isEmpty { print("no verdicts yet (\(store.path))"); return }
            for (k, v) in verdicts.enumerated() {
                let place: String
                switch places?[k] {
                case .detached?: place = "[detached] "
                case .elsewhere?: place = "[elsewhere] "
                default: place = ""
                }
                print("\(place)\(v.label) · \(Sanitizer.oneLine(v.speaker ?? "no source")): “\(Sanitizer.oneLine(v.claim))” — \(Sanitizer.oneLine(v.article)) · \(v.updated)")
                if let n = v.note { print("    note: \(Sanitizer.oneLine(n))") }
                for e in v.evidence { print("    evidence: \(Sanitizer.oneLine(e))") }
            }
        }
    }
}

struct LedgerExport: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case claimreview, csv, markdown }
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Every verdict as schema.org ClaimReview JSON-LD, CSV (RFC 4180) or a Markdown report.")

    @Argument(help: "With claimreview: a collection in which to find every article that printed each checked claim (ClaimReview's appearance).") var paths: [String] = []
    @Option(help: "claimreview, csv or markdown.") var format: Format
    @Option(help: "The fact-checking organisation named as each review's author (default: [organisation] name in verdicts.toml, else kabar).") var author: String?
    @Option(help: "The ledger file (default: $XDG_DATA_HOME/kabar/ledger.sqlite).") var ledger: String?
    @Option(help: "With markdown and PATH: a story report for the story holding this article (its id as kabar list --format json gives it): where the outlets differ, then the verdicts on its articles.") var story: String?

    func validate() throws {
        if story != nil && (format != .markdown || paths.isEmpty) { throw ValidationError("--story needs --format markdown and the collection's PATH") }
    }

    func run() throws {
        var (_, scale, verdicts) = try readLedger(ledger)
        if let story, let articles = try ledgerCollection(paths) {
            guard let k = articles.firstIndex(where: { $0.id == story || $0.url == story }) else {
                FileHandleOutput.stderr("kabar: no article \(story) in \(paths.joined(separator: " ")) (kabar list --format json gives the ids)")
                throw ExitCode(1)
            }
            let members = StoryGrouper().group(articles).first { $0.articleIndexes.contains(k) }?.articleIndexes ?? [k]
            let keys = Set(members.map { Verdict.articleKey(articles[$0]) })
            verdicts = verdicts.filter { keys.contains($0.article) }
            print(VerdictExport.markdown(verdicts, story: (articles[members[0]].title ?? articles[members[0]].id, StoryDesk.rows(articles, articles: members))))
            return
        }
        switch format {
        case .claimreview:
            let appearances = try ledgerCollection(paths).map { ClaimAppearance.of(verdicts, in: $0) }
            printJSON(VerdictExport.claimReview(verdicts, scale: scale, author: author, appearances: appearances))
        // Written as it is: its rows end in CRLF (RFC 4180), and every field was made one clean line.
        case .csv: FileHandle.standardOutput.write(Data(VerdictExport.csv(verdicts, scale: scale).utf8))
        case .markdown: print(VerdictExport.markdown(verdicts))
        }
    }
}
