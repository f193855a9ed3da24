import ArgumentParser
import KabarCore

/// `kabar show PATH...`: metadata, then every block with its class.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show articles: metadata, then the text with boilerplate marked.")

    @OptionGroup var corpus: CorpusArguments

    /// Articles are written as they are read and none is kept (`Ingestor.stream`).
    func run() throws {
        try corpus.writeStreamed(json: { ArticleJSON.article($0, includeText: true) }, text: Self.render,
                                 separator: "\n" + String(repeating: "=", count: 72) + "\n")
    }

    static func render(_ a: Article) -> String {
        var out: [String] = []
        out.append("id:        \(Sanitizer.oneLine(a.id))")
        out.append("path:      \(Sanitizer.oneLine(a.path))")
        out.append("outlet:    \(a.outlet ?? "-")")
        out.append("title:     \(a.title ?? "-")\(a.titleInferred ? "   (no headline on the page; taken from the text)" : "")")
        out.append("published: \(a.published?.iso8601 ?? "-")")
        out.append("author:    \(a.author ?? "-")")
        out.append("dateline:  \(a.dateline ?? "-")")
        out.append("language:  \(a.language.rawValue)")
        out.append("words:     \(a.wordCount)   boilerplate: \(Int((a.boilerplateShare * 100).rounded()))%")
        if !a.quantities.isEmpty {
            out.append("numbers:   " + a.quantities.prefix(12).map { q in
                "\(q.text) = \(format(q.value))\(q.unit.map { " " + $0 } ?? "")\(q.currency.map { " " + $0 } ?? "")"
            }.joined(separator: "; "))
        }
        out.append("")
        for block in a.blocks {
            let tag: String
            switch block.kind {
            case .headline: tag = "# "
            case .lede: tag = "> "
            case .body: tag = "  "
            case .subheading: tag = "## "
            case .caption: tag = "[caption] "
            case .byline: tag = "[byline] "
            case .boilerplate: tag = "[boilerplate] "
            }
            out.append(tag + block.text)
        }
        return out.joined(separator: "\n")
    }

    static func format(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }
}
