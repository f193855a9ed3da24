import KabarCore

/// Plain-text table of articles: outlet, date, words, boilerplate share, title.
enum ArticleTable {
    static func render(_ articles: [Article]) -> String {
        ([header] + articles.map(row) + [footer(articles.count)]).joined(separator: "\n")
    }

    static let header = pad("OUTLET", 14) + pad("DATE", 17) + pad("WORDS", 7, right: true) + pad("BOILER", 8, right: true) + "  TITLE"

    /// One article's row; rows depend on nothing but their article, so a listing can be written as
    /// its articles are read.
    static func row(_ a: Article) -> String {
        let date = a.published.map { d in
            d.hour != nil ? String(d.iso8601.prefix(16)).replacingOccurrences(of: "T", with: " ") : d.iso8601
        } ?? "-"
        let share = Int((a.boilerplateShare * 100).rounded())
        let title = (a.title ?? "(no title)") + (a.titleInferred ? " [from text]" : "")
        return pad(a.outlet ?? "?", 14) + pad(date, 17) + pad(String(a.wordCount), 7, right: true)
            + pad("\(share)%", 8, right: true) + "  " + title
    }

    static func footer(_ count: Int) -> String { "\(count) article\(count == 1 ? "" : "s")" }

    static func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
        let clipped = s.count > width - 1 ? String(s.prefix(width - 2)) + "…" : s
        let fill = String(repeating: " ", count: max(0, width - clipped.count))
        return right ? fill + clipped : clipped + fill
    }
}
