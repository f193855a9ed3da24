import ArgumentParser
import KabarCore

/// `kabar entities PATH...`: the people, organisations and places the collection names, ranked.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the people, organisations and places the articles name, with counts per outlet.")

    @Argument(help: "Files or folders to read; the demo corpus when empty.")
    var paths: [String] = []

    @Option(help: "Only this kind: person, org or place.")
    var type: EntityKind?

    @Option(help: "How many entities to list.")
    var limit: Int = 30

    @OptionGroup var index: IndexArguments

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let (corpus, refresh) = try index.openIndex(paths)
        let list = try corpus.entities(kind: type, limit: limit)
        for notice in corpus.repairNotices { FileHandleOutput.stderr("kabar: \(notice)") }
        switch index.format {
        case .json: printJSON(SearchJSON.entities(list))
        case .text:
            for (k, e) in list.enumerated() {
                let outlets = e.outlets.prefix(6).map { "\($0.outlet) \($0.articles)" }.joined(separator: ", ")
                print("\(String(k + 1).leftPad(3)). \(e.name)  [\(e.kind.rawValue)]  \(e.articles) article\(e.articles == 1 ? "" : "s"), \(e.mentions) mention\(e.mentions == 1 ? "" : "s")  (\(outlets)\(e.outlets.count > 6 ? ", …" : ""))")
            }
        }
        if refresh.problems.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}

extension EntityKind: ExpressibleByArgument {}

extension String {
    func leftPad(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
