import KabarCore

/// Plain-text table of articles: outlet, date, words, boilerplate share, title.
enum ArticleTable {
    static func render(_ articles: [Article]) -> String {
        var lines = [pad("OUTLET", 14) + pad("DATE", 17) + pad("WORDS", 7, right: true) + pad("BOILER", 8, right: true) + "  TITLE"]
        for a in articles {
            let date = a.published.map { d in
                d.hour != nil ? String(d.iso8601.prefix(16)).replacingOccurrences(of: "T", with: " ") : d.iso8601
            } ?? "-"
            let share = Int((a.boilerplateShare * 100).rounded())
            let title = (a.title ?? "(no title)") + (a.titleInferred ? " [from text]" : "")
            lines.append(pad(a.outlet ?? "?", 14) + pad(date, 17) + pad(String(a.wordCount), 7, right: true)
                         + pad("\(share)%", 8, right: true) + "  " + title)
        }
        lines.append("\(articles.count) article\(articles.count == 1 ? "" : "s")")
        return lines.joined(separator: "\n")
    }

    static func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
        let clipped = s.count > width - 1 ? String(s.prefix(width - 2)) + "…" : s
        let fill = String(repeating: " ", count: max(0, width - clipped.count))
        return right ? fill + clipped : clipped + fill
    }
}
