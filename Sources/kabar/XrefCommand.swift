import ArgumentParser
import Foundation
import KabarCore

/// `kabar xref PATH...`: what the collection's outlets share and where they disagree.
struct XrefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xref",
        abstract: "Cross-reference outlets: stories, shared claims, conflicting numbers and dates, reused text, source chains.")

    @OptionGroup var corpus: CorpusArguments

    @Option(help: "Items shown per section in the text output (JSON has them all).")
    var limit: Int = 15

    @Option(name: .customLong("collection-rarity"), help: ArgumentHelp(
        "Word counts of the whole collection these articles are part of (JSON; the Spark job writes it).", valueName: "FILE"))
    var collectionRarity: String?

    func run() throws {
        var rarity: CollectionRarity?
        if let file = collectionRarity {
            do {
                guard let data = FileManager.default.contents(atPath: file) else { throw CollectionRarity.RarityError("cannot be read") }
                rarity = try CollectionRarity(json: data)
            } catch {
                FileHandleOutput.stderr("kabar: \(file): \(error)")
                throw ExitCode(1)
            }
        }
        let loaded = try corpus.load(extractsClaims: true)
        let articles = loaded.articles
        let report = CrossReferenceReport(articles, rarity: rarity, finished: ProgressLine.steps(verb: "cross-referencing", total: 6, quiet: corpus.sources.quiet))
        switch corpus.format {
        case .json: printJSON(CrossReferenceJSON.document(report, articles: articles))
        case .text: print(render(report, articles))
        }
        if loaded.hasErrors { throw ExitCode(1) }
    }

    func render(_ r: CrossReferenceReport, _ articles: [Article]) -> String {
        func name(_ k: Int) -> String {
            let a = articles[k]
            return "\(a.outlet ?? a.id)\(a.published.map { " " + String($0.iso8601.prefix(10)) } ?? "")"
        }
        func number(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v) }
        var out: [String] = []
        func section<T>(_ title: String, _ items: [T], _ line: (T) -> [String]) {
            out.append("")
            out.append("\(title) (\(items.count))")
            for item in items.prefix(limit) { out += line(item).map { "  " + $0 } }
            if items.count > limit { out.append("  … \(items.count - limit) more (--limit, or --format json for all)") }
        }
        let multi = r.stories.filter { $0.articleIndexes.count > 1 }
        out.append("\(counted(articles.count, "article")), \(counted(multi.count, "story", "stories")) told by more than one article")
        section("Stories", multi) { s in
            ["\(s.title) — \(s.outlets.joined(separator: ", "))"]
        }
        section("Same claim in several outlets", r.claimClusters) { c in
            let first = articles[c.members[0].article].claims[c.members[0].claim]
            var lines = ["\(first.speaker ?? "unattributed"): \(c.members.count) outlets"]
            for m in c.members {
                let claim = articles[m.article].claims[m.claim]
                let via = claim.via.isEmpty ? "" : " (via \(claim.via.joined(separator: ", ")))"
                lines.append("  \(name(m.article))\(via): \"\(String(claim.content.prefix(90)))\(claim.content.count > 90 ? "…" : "")\"")
            }
            return lines
        }
        section("Numbers that differ between outlets", r.numberDiscrepancies) { d in
            var byValue: [(Double, String, [String])] = []
            for rep in d.reports {
                let where_ = name(rep.article) + (rep.inHeadline ? " (headline)" : "")
                if let k = byValue.firstIndex(where: { $0.0 == rep.quantity.value }) {
                    if !byValue[k].2.contains(where_) { byValue[k].2.append(where_) }
                } else {
                    byValue.append((rep.quantity.value, rep.quantity.text, [where_]))
                }
            }
            let verdict = d.agreement == .conflicting ? "conflicting" : "compatible by rounding"
            return ["\(d.family), \(verdict):"] + byValue.map { "  \(number($0.0)) (\"\($0.1)\"): \($0.2.joined(separator: "; "))" }
        }
        section("Headline numbers the article's opening contradicts", r.headlineConflicts) { e in
            e.conflicts.map { "\(name(e.article)): headline \"\($0.headline.text)\" vs opening \"\($0.body.text)\" (\($0.agreement == .conflicting ? "conflicting" : "compatible by rounding"))" }
        }
        section("One statement, different dates", r.dateDiscrepancies) { d in
            ["\(d.speaker): " + d.reports.map { "\(articles[$0.article].outlet ?? articles[$0.article].id) \($0.date.iso8601)" }.joined(separator: ", ")]
        }
        section("Reused text", r.reuse) { u in
            let p = u.passages[0]
            let excerpt = articles[u.first].body.scalars(in: p.first).replacingOccurrences(of: "\n", with: " ")
            let kinds = ReuseKind.allCases.compactMap { k -> String? in
                let n = u.passages.filter { $0.kind == k }.count
                return n == 0 ? nil : "\(n) \(k.rawValue)"
            }.joined(separator: ", ")
            let relation = u.relation == .copied ? "" : ", \(u.relation.rawValue)"
            return ["\(name(u.first)) \(u.isOrdered ? "→" : "–") \(name(u.second)): \(u.sharedWords) shared words in \(u.passages.count) passage\(u.passages.count == 1 ? "" : "s") (\(kinds)\(relation))",
                    "  \"\(String(excerpt.prefix(100)))\(excerpt.count > 100 ? "…" : "")\""]
        }
        section("Source chains", r.sourceChains.chains) { c in
            ["\(c.path.joined(separator: " → "))  (\(c.claims) claim\(c.claims == 1 ? "" : "s"))"]
        }
        return out.joined(separator: "\n")
    }
}
