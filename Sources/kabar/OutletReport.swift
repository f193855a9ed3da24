import ArgumentParser
import KabarCore

/// `kabar compare --outlets A B [PATH...]`: two outlets over a collection.
enum OutletReport {
    static func run(_ first: String, _ second: String, paths: [String], format: OutputFormat) throws {
        let loaded = CorpusLoader.load(paths, extractsClaims: true)
        ProblemReport.print(loaded.problems)
        let articles = loaded.articles
        let outlets = Set(articles.compactMap(\.outlet))
        for name in [first, second] where !outlets.contains(where: { OutletComparison.matches($0, name) }) {
            FileHandleOutput.stderr("kabar: no article from the outlet \"\(Sanitizer.oneLine(name))\" (outlets here: \(outlets.sorted().joined(separator: ", ")))")
            throw ExitCode(1)
        }
        let c = OutletComparison(articles, first: first, second: second)
        switch format {
        case .json: printJSON(json(c, articles))
        case .text: print(text(c, articles, paths: paths))
        }
        if loaded.hasErrors { throw ExitCode(1) }
    }

    static func text(_ c: OutletComparison, _ articles: [Article], paths: [String]) -> String {
        var out = ["\(c.first) (\(counted(c.articlesFirst, "article"))) and \(c.second) (\(counted(c.articlesSecond, "article"))): \(counted(c.stories.count, "story", "stories")) both covered", ""]
        for row in c.stories {
            out.append(row.title)
            var facts: [String] = []
            if let d = row.dates(c.first, c.second) { facts.append(d) }
            if let e = row.earlier { facts.append("\(e) first") }
            facts.append("claims only \(c.first): \(row.claimsOnlyFirst), only \(c.second): \(row.claimsOnlySecond)")
            out.append("  " + facts.joined(separator: " · "))
            for n in row.numbers { out.append("  numbers ≠ \(n)") }
            if !row.speakersOnlyFirst.isEmpty { out.append("  only \(c.first) quotes: \(row.speakersOnlyFirst.joined(separator: ", "))") }
            if !row.speakersOnlySecond.isEmpty { out.append("  only \(c.second) quotes: \(row.speakersOnlySecond.joined(separator: ", "))") }
            out.append("  kabar compare \(reference(articles[row.first], demo: paths.isEmpty)) \(reference(articles[row.second], demo: paths.isEmpty))")
        }
        out.append("")
        func sources(_ list: [(String, Int)]) -> String {
            list.isEmpty ? "none" : list.prefix(10).map { "\($0.0) (\($0.1))" }.joined(separator: ", ") + (list.count > 10 ? ", … \(list.count - 10) more" : "")
        }
        out.append("Sources only \(c.first) quotes: " + sources(c.sourcesOnlyFirst))
        out.append("Sources only \(c.second) quotes: " + sources(c.sourcesOnlySecond))
        out.append("Prose repeated: \(c.second) repeats \(c.first) in \(c.secondRepeatsFirst) passage\(c.secondRepeatsFirst == 1 ? "" : "s"), \(c.first) repeats \(c.second) in \(c.firstRepeatsSecond)"
                   + (c.sharedUnordered > 0 ? ", \(c.sharedUnordered) shared with the order unknown" : ""))
        return out.joined(separator: "\n")
    }

    /// How `kabar compare` names an article: a demo article's id, its file, or FILE#ID for a record of a collection.
    static func reference(_ a: Article, demo: Bool) -> String {
        demo ? a.id : a.format == .text || a.format == .html ? a.path : "\(a.path)#\(a.id)"
    }

    static func json(_ c: OutletComparison, _ articles: [Article]) -> JSONValue {
        func article(_ k: Int) -> JSONValue {
            let a = articles[k]
            return .object([("id", .string(a.id)), ("path", .string(a.path)), ("published", a.published.map { .string($0.iso8601) } ?? .null)])
        }
        func sources(_ list: [(String, Int)]) -> JSONValue {
            .array(list.map { .object([("speaker", .string($0.0)), ("claims", .int($0.1))]) })
        }
        func story(_ r: OutletComparison.StoryRow) -> JSONValue {
            let dated: [(String, JSONValue)] = [("title", .string(r.title)), ("first", article(r.first)), ("second", article(r.second)),
                                                ("earlier", r.earlier.map(JSONValue.string) ?? .null)]
            let counts: [(String, JSONValue)] = [("numbers", .array(r.numbers.map(JSONValue.string))),
                                                 ("claimsOnlyFirst", .int(r.claimsOnlyFirst)), ("claimsOnlySecond", .int(r.claimsOnlySecond))]
            let speakers: [(String, JSONValue)] = [("speakersOnlyFirst", .array(r.speakersOnlyFirst.map(JSONValue.string))),
                                                   ("speakersOnlySecond", .array(r.speakersOnlySecond.map(JSONValue.string)))]
            return .object(dated + counts + speakers)
        }
        let outlets: [(String, JSONValue)] = [
            ("first", .object([("outlet", .string(c.first)), ("articles", .int(c.articlesFirst))])),
            ("second", .object([("outlet", .string(c.second)), ("articles", .int(c.articlesSecond))])),
        ]
        let rest: [(String, JSONValue)] = [
            ("stories", .array(c.stories.map(story))),
            ("sourcesOnlyFirst", sources(c.sourcesOnlyFirst)),
            ("sourcesOnlySecond", sources(c.sourcesOnlySecond)),
            ("secondRepeatsFirst", .int(c.secondRepeatsFirst)),
            ("firstRepeatsSecond", .int(c.firstRepeatsSecond)),
            ("sharedUnordered", .int(c.sharedUnordered)),
        ]
        return .object(outlets + rest)
    }
}
