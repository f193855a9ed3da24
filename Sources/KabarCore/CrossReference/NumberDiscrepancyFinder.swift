/// Finds numbers about the same thing that differ between related articles of different outlets.
///
/// Articles are related when they tell one story, or when their titles and openings are similar
/// (`StoryGrouper.similarPairs`, whatever their dates: Medcom's 2024 report of 10.000 troops
/// answers the 2022 reports of 100.000). Two numbers of the same family in two related
/// articles report the same thing when
/// - they are equal or equal by rounding, and both lead their article (in the headline, or the
///   first of their family in the opening) in one story, or a key word agrees (one of the two
///   content words before it, or the first after it; across stories both sides, or one for two
///   leading numbers);
/// - they differ (a disagreement, which is what the reader is shown), and either both lead one
///   story and count a thing (troops, flights; sums of money and percentages only within 2%),
///   or the words say they count one thing: the nearest word before each that is no name
///   ("kedalaman", "denda") or the first after is the same, and none is against it (another
///   nearest word, another word after, a total against a part, a limit against a value);
///   conflicting values must lie within ten times each other.
/// Words that go with any amount ("sebesar", "sepanjang", "uang"), prepositions and speech verbs
/// are not key words. Numbers are never joined when their sentences name different people or
/// organisations, stages, years or days, other places right after them ("di Bandara Lombok"), or
/// when one is a price, rate or market figure of the day and they hold for different days or
/// sources; nor when they hold for other clock times, market moments or fates of the people
/// counted (`NumberContext`), or one is an earlier value. Across stories, the two sentences must
/// name someone or somewhere in common.
/// Reports joined this way form a group; a group whose values differ is a discrepancy when the
/// difference is credible (`DisagreementEvidence`: within half as much again in one story, or
/// against a value three articles of one story print).
/// What the words around a number say it counts (`Keys`) and the word lists that reads are in
/// `NumberKeyWords.swift`; what its sentence says beyond them in `NumberContext`.
public struct NumberDiscrepancyFinder: Sendable {
    public init() {}

    struct Figure {
        var article: Int
        var quantity: Quantity
        var family: String
        var inHeadline: Bool
        var leads: Bool
        /// What the words around it say it counts.
        var keys: Keys
        var before: [UInt64] { keys.before }
        var after: UInt64? { keys.after }
        /// Names (capitalised words inside the clause) around a number in the body: "denda Rp 1
        /// miliar" for Zarof is not Lisa's "denda Rp 750 juta". Empty in headlines (Title Case).
        var names: Set<UInt64> = []
        /// Stage and years its sentence names.
        var context = NumberContext()
        /// The article's publication day, when known.
        var published: PublishedDate?
    }

    /// False when something tells the two figures apart whatever their key words: different
    /// named people or organisations, stages or years, or two conflicting body figures of one
    /// article in other words or about other names (Zarof's fine and Lisa's in one report).
    /// Names and years are compared only for the pair being matched (`names`), not across a
    /// whole group: scraped text glues words ("diGarut"), and a later report answers an earlier
    /// one (Medcom's 2024 figure against the 2022 ones), so one such pair would split a group.
    static func compatible(_ a: Figure, _ b: Figure, names: Bool = true) -> Bool {
        if names, !a.names.isEmpty, !b.names.isEmpty, a.names.isDisjoint(with: b.names) { return false }
        if a.context.differs(from: b.context, years: names) { return false }
        // A total is not its part, nor the sum of a few ("total nilai proyek" of two cases against "nilai total kedua proyek").
        if a.keys.total != b.keys.total, NumberAgreement(a.quantity.value, b.quantity.value) == .conflicting { return false }
        // People and crew together are not the passengers alone ("242 penumpang dan awak" against "230 penumpang dan 12 awak").
        if a.keys.joined != b.keys.joined, a.keys.joined == .together || b.keys.joined == .together { return false }
        // Another place right after each ("di Bali", "di Bandara Lombok") is another count.
        if !a.keys.placeNames.subtracting(b.keys.placeNames).isEmpty, !b.keys.placeNames.subtracting(a.keys.placeNames).isEmpty { return false }
        // A price, a rate or a market close holds for the day its sentence names ("Senin (24/8)",
        // "30 Juni"), else for the day its article was written; and for the source it names
        // (JISDOR's rate is not Bloomberg's).
        if a.context.ofTheDay || b.context.ofTheDay {
            if let x = day(of: a), let y = day(of: b), x.isDisjoint(with: y) { return false }
            if a.context.ofTheDay, b.context.ofTheDay, !a.context.names.isEmpty, !b.context.names.isEmpty,
               a.context.names.isDisjoint(with: b.context.names) { return false }
        }
        // An earlier value ("Sebelumnya, … denda Rp500 juta") changed since: it is not the current one.
        if a.context.earlier != b.context.earlier, NumberAgreement(a.quantity.value, b.quantity.value) == .conflicting { return false }
        if a.article == b.article, !a.inHeadline, !b.inHeadline,
           NumberAgreement(a.quantity.value, b.quantity.value) == .conflicting {
            // An article contradicting itself (Repelita's 500.000 in its lede, 100.000 later, both
            // "mengirim … tentara") says so in the same words about the same people.
            let keys = keyAgreement(a, b)
            let sameWords = keys.before && keys.after
            let otherNames = !a.names.isEmpty && !b.names.isEmpty && a.names.isDisjoint(with: b.names)
            if !sameWords || otherNames { return false }
        }
        return true
    }

    /// The days a figure holds for: those its sentence names, else its article's day.
    static func day(of f: Figure) -> Set<Int>? {
        if !f.context.days.isEmpty { return f.context.days }
        guard let p = f.published else { return nil }
        return [p.month * 32 + p.day]
    }

    /// - Parameters:
    ///   - stories: groups of article indexes telling one event.
    ///   - relatedPairs: further pairs of articles (i < j) close enough to compare.
    public func discrepancies(in articles: [Article], stories: [[Int]], relatedPairs: [(Int, Int)]) -> [NumberDiscrepancy] {
        struct Pair: Hashable { var a: Int, b: Int }
        var pairs = Set<Pair>()
        var storyOf: [Int: Int] = [:]
        for (s, story) in stories.enumerated() {
            for x in story { storyOf[x] = s }
            for x in story { for y in story where x < y { pairs.insert(Pair(a: x, b: y)) } }
        }
        for (x, y) in relatedPairs { pairs.insert(Pair(a: min(x, y), b: max(x, y))) }
        // Between outlets: an outlet's own follow-ups (and copies of its pages) are not compared.
        pairs = pairs.filter { p in
            guard let x = articles[p.a].outlet, let y = articles[p.b].outlet else { return true }
            return x != y
        }
        var figuresOf: [Int: [Int]] = [:]
        var figures: [Figure] = []
        for article in Set(pairs.flatMap { [$0.a, $0.b] }).sorted() {
            let list = Self.figures(of: articles[article], index: article)
            figuresOf[article] = Array(figures.count..<(figures.count + list.count))
            figures += list
        }
        var parent = Array(figures.indices)
        var members = figures.indices.map { [$0] }
        /// The names of each group's members together, kept as groups join.
        var groupNames = figures.map(\.names)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        /// Joins the groups of `i` and `j` when every member of one is compatible with every
        /// member of the other (complete link: a chain of look-alikes does not make one group).
        func join(_ i: Int, _ j: Int) {
            let (x, y) = (find(i), find(j))
            guard x != y else { return }
            for a in members[x] { for b in members[y] where !Self.compatible(figures[a], figures[b], names: false) { return } }
            // Two groups naming only different people or organisations count different things (Blue
            // Bird's dividend and Sarana Mitra Luas's, met through two Title Case headlines).
            if !groupNames[x].isEmpty, !groupNames[y].isEmpty, groupNames[x].isDisjoint(with: groupNames[y]) { return }
            let (root, other) = (min(x, y), max(x, y))
            parent[other] = root
            members[root] += members[other]
            groupNames[root].formUnion(groupNames[other])
            groupNames[other] = []
            members[other] = []
        }
        // An opening that repeats its headline's number ("100 Ribu Pasukan" over "100.000 pasukan") reports one thing.
        for list in figuresOf.values.sorted(by: { ($0.first ?? 0) < ($1.first ?? 0) }) {
            for i in list where figures[i].inHeadline {
                for j in list where !figures[j].inHeadline && figures[j].leads && figures[j].family == figures[i].family
                    && figures[j].quantity.value == figures[i].quantity.value {
                    join(i, j)
                }
            }
        }
        // In each pair of articles, each number is matched with at most one number of the other
        // article, the best-supported first (same value before a different one), so that two
        // outlets' lists of figures pair off instead of chaining into one group. Numbers that lead
        // their articles pair off first, over all pairs: what each article is about makes the
        // groups that a figure further down (Repelita's account of the 100.000 of 2022 under its
        // own 500.000) must then agree with.
        // In a fixed order: which numbers pair off must not depend on hashing.
        struct Matching { var candidates: [(score: Double, i: Int, j: Int)]; var usedLeft = Set<Int>(), usedRight = Set<Int>() }
        var matchings: [Matching] = pairs.sorted(by: { ($0.a, $0.b) < ($1.a, $1.b) }).map { pair in
            let oneStory = storyOf[pair.a] != nil && storyOf[pair.a] == storyOf[pair.b]
            var candidates: [(score: Double, i: Int, j: Int)] = []
            for i in figuresOf[pair.a] ?? [] {
                for j in figuresOf[pair.b] ?? [] where figures[i].family == figures[j].family {
                    if let score = Self.support(figures[i], figures[j], oneStory: oneStory) { candidates.append((score, i, j)) }
                }
            }
            return Matching(candidates: candidates.sorted(by: { ($0.score, -$0.i, -$0.j) > ($1.score, -$1.i, -$1.j) }))
        }
        for leadsOnly in [true, false] {
            for m in matchings.indices {
                for c in matchings[m].candidates where !leadsOnly || (figures[c.i].leads && figures[c.j].leads) {
                    guard !matchings[m].usedLeft.contains(c.i), !matchings[m].usedRight.contains(c.j) else { continue }
                    matchings[m].usedLeft.insert(c.i); matchings[m].usedRight.insert(c.j)
                    join(c.i, c.j)
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for k in figures.indices { groups[find(k), default: []].append(k) }
        var result: [NumberDiscrepancy] = []
        /// The group's discrepancy, or nil when its values are all one or their difference is not credible.
        func discrepancy(_ members: [Int]) -> NumberDiscrepancy? {
            let values = Set(members.map { figures[$0].quantity.value })
            guard values.count >= 2, Set(members.map { figures[$0].article }).count >= 2 else { return nil }
            let sorted = values.sorted(by: >)
            var agreement = NumberAgreement.compatibleByRounding
            outer: for x in sorted.indices { for y in (x + 1)..<sorted.count where NumberAgreement(sorted[x], sorted[y]) == .conflicting {
                agreement = .conflicting; break outer
            } }
            if agreement == .conflicting,
               !DisagreementEvidence.isCredible(members.map { (figures[$0].article, figures[$0].quantity.value) }, storyOf: storyOf) { return nil }
            let reports = members.map { NumberDiscrepancy.Report(article: figures[$0].article, quantity: figures[$0].quantity, inHeadline: figures[$0].inHeadline) }
                .sorted { ($0.quantity.value, -$0.article, $0.inHeadline ? 1 : 0, -$0.quantity.range.lowerBound)
                    > ($1.quantity.value, -$1.article, $1.inHeadline ? 1 : 0, -$1.quantity.range.lowerBound) }
            return NumberDiscrepancy(family: figures[members[0]].family, agreement: agreement, reports: reports)
        }
        for members in groups.values {
            if let d = discrepancy(members) { result.append(d); continue }
            // A group across stories whose difference is not credible may still hold one story's
            // figures that agree or credibly differ (the 1.323.459 and 1,3 juta KPM of one story,
            // joined to another story's 768.381): each story's part is then a group of its own.
            let parts = Dictionary(grouping: members) { storyOf[figures[$0].article] ?? -1 - figures[$0].article }
            guard parts.count >= 2 else { continue }
            for part in parts.values { if let d = discrepancy(part) { result.append(d) } }
        }
        // In a total order: groups alike in all of these (one article's same figure at two places)
        // are told apart by where their reports stand, not by the hashing of the group table.
        func places(_ d: NumberDiscrepancy) -> [Int] { d.reports.flatMap { [$0.article, $0.quantity.range.lowerBound, $0.inHeadline ? 1 : 0] } }
        return result.sorted {
            let a = ($0.agreement == .conflicting ? 0 : 1, -$0.reports.count, $0.reports[0].article, $0.family, -$0.reports[0].quantity.value)
            let b = ($1.agreement == .conflicting ? 0 : 1, -$1.reports.count, $1.reports[0].article, $1.family, -$1.reports[0].quantity.value)
            return a != b ? a < b : places($0).lexicographicallyPrecedes(places($1))
        }
    }

    /// Whether one of the key words before the two numbers is the same, and the one after.
    static func keyAgreement(_ a: Figure, _ b: Figure) -> (before: Bool, after: Bool) {
        (a.before.contains(where: b.before.contains), a.after != nil && a.after == b.after)
    }

    /// How strongly two numbers seem to report the same thing; nil when nothing says they do.
    /// Two different values are a disagreement only when the words say they count one thing:
    /// a key word in common and none against it (another word before both, another after
    /// both, a total against a part, another name right after), whether or not both lead.
    static func support(_ a: Figure, _ b: Figure, oneStory: Bool) -> Double? {
        // Numbers about different named people or organisations, stages or years are different things.
        guard compatible(a, b) else { return nil }
        // A figure of another story (a later report on the subject) is the same only when its
        // sentence names the same people, places or organisations: Gunung Raung's ash column is
        // not Gunung Semeru's, Hendry Lie's fine not Zarof Ricar's.
        if !oneStory, a.context.names.isEmpty || b.context.names.isEmpty || a.context.names.isDisjoint(with: b.context.names) { return nil }
        let (sameBefore, sameAfter) = keyAgreement(a, b)
        let agreement = NumberAgreement(a.quantity.value, b.quantity.value)
        // A limit ("di bawah 3 persen") is not a value near it (2,78 persen).
        if agreement != .same, a.keys.bound != b.keys.bound { return nil }
        if agreement == .conflicting {
            let (lo, hi) = (min(a.quantity.value, b.quantity.value), max(a.quantity.value, b.quantity.value))
            guard lo > 0, hi <= 10 * lo, a.keys.total == b.keys.total else { return nil }
            // Two counts of a thing (troops, flights) that lead their articles report one thing;
            // two sums of money or two percentages do only when their words say so.
            // (Or, for those, when the two lie within 2%: "setara Rp 37,7 triliun", "Rp37,64 triliun".)
            // (Across stories, two leading counts of things whose sentences name the same people: a later
            // report's 10.000 troops answering the 100.000 of two years before.)
            if !isGeneric(a.family) || hi <= 1.02 * lo, a.leads, b.leads,
               oneStory || sameBefore || sameAfter || !QuantityFamily.isMeasure(a.family) { return oneStory ? 3 : 2 }
            // The nearest word before each that is no name says what it counts, not a word further off.
            let sameCounted = a.keys.counted != nil && a.keys.counted == b.keys.counted
            guard sameCounted || sameAfter else { return nil }
            if a.keys.counted != nil, b.keys.counted != nil, !sameCounted { return nil }
            if a.after != nil, b.after != nil, !sameAfter { return nil }
            // Outside one story (a later report), the words on both sides must agree.
            guard oneStory || (sameCounted && sameAfter) else { return nil }
            return sameCounted && sameAfter ? 3 : 2
        }
        // Two near sums or shares with different counted nouns ("inflasi inti 3,1%", "inflasi 3%") count
        // different things (a counted unit, "1,28 juta tentara", says itself what it counts).
        if agreement == .compatibleByRounding, isGeneric(a.family), let x = a.keys.counted, let y = b.keys.counted, x != y, !(a.leads && b.leads && oneStory) { return nil }
        var score = 0.0
        // Two leading numbers of one story are one figure, unless near values are followed by words
        // that say other things ("diskon 30%" against "29% dari total kapasitas" sold).
        let othersAfter = a.after != nil && b.after != nil && !sameAfter && !a.keys.afterIsName && !b.keys.afterIsName
        if a.leads && b.leads && oneStory && !(agreement == .compatibleByRounding && othersAfter) { score = 3 }
        if sameBefore && sameAfter { score = max(score, 3) }
        // Outside one story (a later report), the words on both sides must agree, or one side for two leading numbers.
        else if (sameBefore || sameAfter) && (oneStory || (a.leads && b.leads)) { score = max(score, 2) }
        guard score > 0 else { return nil }
        return score + (agreement == .same ? 0.5 : 0.25)
    }

    /// How far into the body the opening that repeats the headline reaches, in scalars.
    static let openingLength = HeadlineNumberCheck.openingLength

    static func figures(of article: Article, index: Int) -> [Figure] {
        var result: [Figure] = []
        // The body's words, read once (and only when needed) for the headline's names and the body's figures.
        var body: (words: [WordSpan], scalars: [Unicode.Scalar])?
        func bodyText() -> (words: [WordSpan], scalars: [Unicode.Scalar]) {
            if let body { return body }
            let read = (WordSpans.of(article.body), Array(article.body.unicodeScalars))
            body = read
            return read
        }
        let titleWords = article.title.map(WordSpans.of) ?? []
        if let title = article.title, !article.titleInferred {
            let words = titleWords, scalars = Array(title.unicodeScalars)
            let headlineQuantities = QuantityExtractor().extract(from: title, language: article.language)
            // A headline is Title Case: its names are the words the body writes capitalised inside a
            // sentence ("Blue Bird", not "Bagikan Dividen"). Read only for a headline with a number.
            let bodyNames = headlineQuantities.isEmpty ? [] : capitalisedInside(bodyText().words, bodyText().scalars)
            let titleNames = Set(words.lazy.filter { $0.isCapitalized && bodyNames.contains($0.hash) && !genericNames.contains($0.hash)
                                                     && !dateWords.contains($0.hash) }.map(\.hash))
            for q in headlineQuantities {
                guard let family = QuantityFamily.of(q), !QuantityFamily.notCompared.contains(family),
                      !NumberContext.isRangeEnd(q, words: words, scalars: scalars), !NumberContext.isOrdinal(q, words: words),
                      !NumberContext.isListicleCount(q, words: words) else { continue }
                let k = keyWords(of: q, words: words, scalars: scalars) { titleNames.contains(words[$0].hash) }
                let names = titleNames.subtracting(words.filter { q.range.contains($0.range.lowerBound) }.map(\.hash))
                var context = NumberContext.of(q, words: words, scalars: scalars)
                // A headline is Title Case: its names are those the body writes capitalised.
                context.names = names.subtracting(NumberContext.titleWords)
                result.append(Figure(article: index, quantity: q, family: family, inHeadline: true, leads: true,
                                     keys: k, names: names, context: context, published: article.published))
            }
        }
        // A headline about a market, a rate or a price ("IHSG Ditutup Menguat", "Harga Emas Antam")
        // makes its article's figures those of its day.
        let titleOfTheDay = titleWords.contains { NumberContext.dayWords.contains($0.hash) }
        guard !article.quantities.isEmpty else { return result }
        let (words, scalars) = bodyText()
        // The moment the opening says its figures hold for ("per pukul 14.00 WIB") holds for every
        // figure whose own sentence names no time, the headline's too.
        let asOf = NumberContext.asOfTime(words: words, scalars: scalars, limit: openingLength)
        if let asOf { for k in result.indices where result[k].context.times.isEmpty { result[k].context.times = [asOf] } }
        var ledFamilies = Set<String>()
        for q in article.quantities {
            guard let family = QuantityFamily.of(q), !QuantityFamily.notCompared.contains(family) else { continue }
            // One end of a range, a number in a link to another article, or a rank ("Ronde 4") is no figure of this one.
            if NumberContext.isRangeEnd(q, words: words, scalars: scalars) || NumberContext.isInLink(q, words: words, scalars: scalars)
                || NumberContext.isOrdinal(q, words: words) || NumberContext.isModelNumber(q, words: words, scalars: scalars) { continue }
            let leads = q.range.lowerBound < openingLength && ledFamilies.insert(family).inserted
            let k = keyWords(of: q, words: words, scalars: scalars) { k in
                words[k].isCapitalized && k > 0 && !scalars[words[k - 1].range.upperBound..<words[k].range.lowerBound].contains {
                    $0 == "." || $0 == "!" || $0 == "?" || $0 == "\n" || $0 == "\u{201C}" || $0 == "\""
                }
            }
            var context = NumberContext.of(q, words: words, scalars: scalars)
            if titleOfTheDay { context.ofTheDay = true }
            if let asOf, context.times.isEmpty { context.times = [asOf] }
            result.append(Figure(article: index, quantity: q, family: family, inHeadline: false, leads: leads,
                                 keys: k, names: names(around: q, words: words, scalars: scalars),
                                 context: context, published: article.published))
        }
        return result
    }
}
