import Foundation
import Testing
@testable import KabarCore

/// Scores kabar's claims on the PFSA-ID dev split (312 Kompas articles annotated by the
/// dataset's authors) with their metric: entity-level exact match, micro-averaged, after
/// trimming quote marks, whitespace and edge punctuation from both ends of each span.
@Suite("PFSA-ID dev split")
struct PFSAEvaluationTests {
    struct Span: Hashable { var label: String; var start: Int; var end: Int }

    struct Score {
        var tp = 0, fp = 0, fn = 0
        var precision: Double { tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp) }
        var recall: Double { tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    static let labels = ["STATEMENT", "CUE", "CUECOREF", "PERSONCOREF", "ROLE"]
    static let baseline: [String: Double] = ["STATEMENT": 92.73, "CUE": 94.75, "CUECOREF": 91.91, "PERSONCOREF": 93.95, "ROLE": 63.62]

    /// Trims quote marks, spaces and edge punctuation from a scalar range.
    static func trim(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> (Int, Int) {
        var a = start, b = end
        func edge(_ c: Unicode.Scalar) -> Bool {
            c == " " || c == "\"" || c == "“" || c == "”" || c == "‘" || c == "’" || c == "'" || c == "," || c == "." || c == ";"
                || c == ":" || c == "!" || c == "?" || c == "(" || c == ")" || c == "-" || c == "—"
        }
        while a < b, edge(s[a]) { a += 1 }
        while b > a, edge(s[b - 1]) { b -= 1 }
        return (a, b)
    }

    /// Predicted spans from kabar's claims, labelled as PFSA labels them.
    static func predictions(_ text: String, claims allClaims: [Claim], publicFiguresOnly: Bool) -> Set<Span> {
        let claims = publicFiguresOnly ? allClaims.filter { !$0.voxPop } : allClaims
        let s = Array(text.unicodeScalars)
        var out = Set<Span>()
        func add(_ label: String, _ r: Range<Int>?) {
            guard let r else { return }
            let (a, b) = trim(s, r.lowerBound, r.upperBound)
            if a < b { out.insert(Span(label: label, start: a, end: b)) }
        }
        for c in claims where c.kind == .direct && c.quoteRange != nil {
            add("STATEMENT", c.quoteRange)
            if let cue = c.cueRange, let q = c.quoteRange, cue.lowerBound > q.upperBound {
                let word = String(String.UnicodeScalarView(s[cue])).lowercased()
                add(word.hasSuffix("nya") ? "CUECOREF" : "CUE", cue)
            }
            if let whole = c.speakerRange, let q = c.quoteRange, whole.lowerBound > q.upperBound {
                // PFSA marks a role and a name as separate spans; a mention repeating an earlier one is
                // a coreference, the first full mention is PERSON.
                // (A role stated where the speaker was introduced elsewhere does not count here.)
                let statedRole = c.roleRange.map { whole.contains($0.lowerBound) } ?? false
                let sp = statedRole ? (c.nameRange ?? whole) : whole
                let mention = String(String.UnicodeScalarView(s[sp]))
                let before = String(String.UnicodeScalarView(s[0..<sp.lowerBound]))
                add(before.contains(mention) || !statedRole ? "PERSONCOREF" : "PERSON", sp)
            }
        }
        // PFSA annotates a quoted speaker's role once, where the person is introduced: the earliest role
        // kabar states for each speaker quoted directly somewhere in the article.
        let quoted = Set(claims.filter { $0.kind == .direct }.compactMap(\.speaker))
        var firstRole: [String: Range<Int>] = [:]
        for c in claims {
            guard let speaker = c.speaker, c.kind == .direct || quoted.contains(speaker), let role = roleCore(c) else { continue }
            if let known = firstRole[speaker], known.lowerBound <= role.lowerBound { continue }
            firstRole[speaker] = role
        }
        for role in firstRole.values { add("ROLE", role) }
        return out
    }

    /// PFSA's ROLE leaves the affiliation out: "Direktur Samapta" of "Direktur Samapta Polda Metro Jaya".
    static func roleCore(_ c: Claim) -> Range<Int>? {
        guard let role = c.roleRange else { return nil }
        guard let aff = c.affiliationRange, aff.lowerBound > role.lowerBound else { return role }
        return role.lowerBound..<aff.lowerBound
    }

    @Test(.enabled(if: SharedData.isPresent)) func scoreAgainstTheAuthorsLabels() throws {
        let path = try #require(SharedData.path("corpus/pfsa/dev.jsonl"))
        let data = try #require(FileManager.default.contents(atPath: path))
        var scores: [String: Score] = [:]
        var allQuoteScores: [String: Score] = [:]
        var speakerRight = 0, speakerTotal = 0
        var articles = 0
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let text = obj["text"] as? String, let spans = obj["spans"] as? [[String: Any]] else { continue }
            articles += 1
            let s = Array(text.unicodeScalars)
            var gold = Set<Span>()
            var goldAll: [Span] = []
            for sp in spans {
                guard let label = sp["label"] as? String, let start = sp["start"] as? Int, let end = sp["end"] as? Int else { continue }
                let (a, b) = Self.trim(s, start, end)
                goldAll.append(Span(label: label, start: a, end: b))
                if Self.labels.contains(label), a < b { gold.insert(Span(label: label, start: a, end: b)) }
            }
            let claims = ClaimExtractor().extract(from: text)
            let predicted = Self.predictions(text, claims: claims, publicFiguresOnly: true)
            let predictedAll = Self.predictions(text, claims: claims, publicFiguresOnly: false)
            for label in Self.labels {
                let g = gold.filter { $0.label == label }, p = predictedAll.filter { $0.label == label }
                allQuoteScores[label, default: Score()].tp += g.intersection(p).count
                allQuoteScores[label, default: Score()].fp += p.subtracting(g).count
                allQuoteScores[label, default: Score()].fn += g.subtracting(p).count
            }
            let debugLabel = ProcessInfo.processInfo.environment["PFSA_DEBUG"]
            for label in Self.labels {
                let g = gold.filter { $0.label == label }, p = predicted.filter { $0.label == label }
                if label == debugLabel && label == "ROLE" {
                    for x in p.subtracting(g) {
                        let near = g.filter { abs($0.start - x.start) < 60 }.map { String(String.UnicodeScalarView(s[$0.start..<$0.end])) }
                        print("FP ROLE: \(String(String.UnicodeScalarView(s[x.start..<x.end]))) | gold nearby: \(near)")
                    }
                    for x in g.subtracting(p) {
                        let near = p.filter { abs($0.start - x.start) < 60 }.map { String(String.UnicodeScalarView(s[$0.start..<$0.end])) }
                        let context = String(String.UnicodeScalarView(s[max(0, x.start - 100)..<min(s.count, x.end + 100)]))
                        print("FN ROLE: \(String(String.UnicodeScalarView(s[x.start..<x.end]))) | ours nearby: \(near) | \(context)")
                    }
                } else if label == debugLabel {
                    for x in p.subtracting(g) { print("FP \(label): \(String(String.UnicodeScalarView(s[x.start..<x.end])).prefix(90))") }
                    for x in g.subtracting(p) { print("FN \(label): \(String(String.UnicodeScalarView(s[x.start..<x.end])).prefix(90))") }
                }
                scores[label, default: Score()].tp += g.intersection(p).count
                scores[label, default: Score()].fp += p.subtracting(g).count
                scores[label, default: Score()].fn += g.subtracting(p).count
            }
            // Speaker accuracy: for every annotated quotation, is kabar's speaker the annotated person?
            let ordered = goldAll.sorted { $0.start < $1.start }
            var lastGoldSpeaker: String?
            for (k, st) in ordered.enumerated() where st.label == "STATEMENT" {
                var goldSpeaker: String?
                for next in ordered[(k + 1)...].prefix(4) {
                    if next.label == "STATEMENT" { break }
                    if next.label == "PERSON" || next.label == "PERSONCOREF" {
                        goldSpeaker = String(String.UnicodeScalarView(s[next.start..<next.end])); break
                    }
                    if next.label == "CUECOREF" { break }   // "-nya": the person named before the quotation
                }
                if goldSpeaker == nil {
                    // Speaker named before the quotation: the nearest PERSON/PERSONCOREF before it.
                    goldSpeaker = ordered[..<k].last { $0.label == "PERSON" || $0.label == "PERSONCOREF" }
                        .map { String(String.UnicodeScalarView(s[$0.start..<$0.end])) } ?? lastGoldSpeaker
                }
                // An annotated pronoun ("kata dia") means the previous annotated speaker.
                if let g = goldSpeaker, ["dia", "ia", "beliau"].contains(g.lowercased()) { goldSpeaker = lastGoldSpeaker }
                guard let gs = goldSpeaker else { continue }
                lastGoldSpeaker = gs
                speakerTotal += 1
                let claim = claims.first { c in
                    guard let q = c.quoteRange else { return false }
                    return q.lowerBound <= st.start && st.end <= q.upperBound + 1 || (q.lowerBound < st.end && st.start < q.upperBound)
                }
                if ProcessInfo.processInfo.environment["PFSA_DEBUG"] == "SPEAKER",
                   !(claim?.speaker.map { Self.sameSpeaker($0, gs, earlier: []) } ?? false),
                   claim?.speakerMention?.lowercased() != gs.lowercased() {
                    print("SPK gold=\(gs) ours=\(claim?.speaker ?? "nil") as=\(claim?.speakerMention ?? "-") cue=\(claim?.cue ?? "-") | \(String(String.UnicodeScalarView(s[st.start..<min(st.end, st.start + 50)])))")
                }
                // Right when kabar's speaker is the annotated person, or when the annotation marks a title
                // ("kata Presiden") that kabar resolved to the person named with it before ("Joko Widodo"):
                // then the words kabar read at the attribution are the annotated ones.
                let earlierPeople = ordered[..<k].filter { $0.label == "PERSON" }.map { String(String.UnicodeScalarView(s[$0.start..<$0.end])) }
                if let ours = claim?.speaker, Self.sameSpeaker(ours, gs, earlier: earlierPeople)
                    || claim?.speakerMention.map({ $0.lowercased() == gs.lowercased() && $0 != ours }) == true {
                    speakerRight += 1
                }
            }
        }
        #expect(articles == 312)
        var report = "PFSA-ID dev (\(articles) articles), entity-level exact match after trimming.\n"
        report += "Public figures' quotes (PFSA annotates those; kabar's vox-pop claims left out):\n"
        for label in Self.labels {
            let sc = scores[label] ?? Score()
            report += String(format: "  %-12@ P %.2f  R %.2f  F1 %.2f  (baseline F1 %.2f)\n", label as NSString,
                             sc.precision * 100, sc.recall * 100, sc.f1 * 100, Self.baseline[label] ?? 0)
        }
        report += "Every quote kabar finds:\n"
        for label in Self.labels {
            let sc = allQuoteScores[label] ?? Score()
            report += String(format: "  %-12@ P %.2f  R %.2f  F1 %.2f\n", label as NSString, sc.precision * 100, sc.recall * 100, sc.f1 * 100)
        }
        let accuracy = Double(speakerRight) / Double(max(1, speakerTotal))
        report += String(format: "  speaker accuracy %.3f (%d of %d annotated quotations)\n", accuracy, speakerRight, speakerTotal)
        print(report)
        // The claims issue's targets: above the published baseline on every label, STATEMENT at least 95,
        // speaker accuracy at least 0.93 (reached on this dev split by changes chosen while reading its errors).
        for label in Self.labels {
            let f1 = (scores[label]?.f1 ?? 0) * 100
            #expect(f1 > Self.baseline[label] ?? 100, "\(label) F1 \(f1) is not above the baseline \(Self.baseline[label] ?? 0)")
        }
        #expect((scores["STATEMENT"]?.f1 ?? 0) * 100 >= 95)
        #expect(accuracy >= 0.93)
    }

    /// Our speaker matches the annotated one when they share a name word (3+ letters), after
    /// expanding a short annotated mention to an earlier full PERSON mention with that word, and
    /// each name to the full name of a person kabar knows by it ("Jokowi" is "Joko Widodo").
    static func sameSpeaker(_ ours: String, _ gold: String, earlier: [String]) -> Bool {
        func words(_ x: String) -> Set<String> {
            // Apostrophes belong to names ("Mu’ti").
            let all = x.split(whereSeparator: { !$0.isLetter && $0 != "’" && $0 != "'" }).map(String.init)
            var found = Set(all.map { $0.lowercased() }.filter { $0.count >= 3 })
            for name in [x] + all {
                if let known = ClaimRun.knownPeople.entry(for: name), known.kind == .person {
                    found.formUnion(known.canonical.lowercased().split(separator: " ").map(String.init).filter { $0.count >= 3 })
                }
            }
            return found
        }
        var goldWords = words(gold)
        if let full = earlier.last(where: { !words($0).isDisjoint(with: goldWords) }) { goldWords.formUnion(words(full)) }
        return !words(ours).isDisjoint(with: goldWords)
    }
}
