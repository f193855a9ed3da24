/// What the words around a number say it counts: the key words before and after it, what it
/// counts, whether it is a total, a limit or a part, the names of its clause, and the word lists
/// those readings need. Used by `NumberDiscrepancyFinder` to tell whether two numbers are one figure.
extension NumberDiscrepancyFinder {
    /// Words of no help in telling what a number counts ("hampir 1,3 juta", "sebanyak 300").
    static let approximators: Set<UInt64> = Set(["hampir", "sekitar", "setidaknya", "sebanyak", "mencapai", "lebih", "kurang",
                                                 "sedikitnya", "total", "kira", "sebesar", "senilai", "capai", "setara", "sejumlah", "tercatat",
                                                 "menjadi", "hanya", "cuma", "baru", "uang", "dana", "nilai", "nilainya", "alias", "berjumlah", "bernilai",
                                                 "sepanjang", "seluas", "setinggi", "sedalam", "seberat", "seharga", "sekurang", "kurangnya",
                                                 "nearly", "about", "around", "least",
                                                 "more", "than", "some", "almost"].map(TokenizedText.hash))

    /// Which way a figure moved says little of what moved: "sektor teknologi yang menguat 1,41%" is
    /// not "indeks saham … masih menguat 0,96%". Such a word is what a number counts only when no
    /// other word before it says ("harga emas hari ini turun Rp 6.000").
    /// Each word maps to its way, up ("naik") or down ("turun"): "naik 5,1 persen" and "meningkat 5 persen" say one thing.
    static let directionWords: [UInt64: UInt64] = {
        var m: [UInt64: UInt64] = [:]
        for w in ["naik", "menguat", "meningkat", "tumbuh", "bertambah", "melonjak", "melesat", "terkerek", "rose", "gained", "rises"] {
            m[TokenizedText.hash(w)] = TokenizedText.hash("naik")
        }
        for w in ["turun", "melemah", "menurun", "berkurang", "anjlok", "merosot", "terkoreksi", "tergerus", "fell", "dropped", "falls"] {
            m[TokenizedText.hash(w)] = TokenizedText.hash("turun")
        }
        return m
    }()

    /// Company and title abbreviations that name no one in particular.
    static let genericNames: Set<UInt64> = Set(["pt", "tbk", "cv", "persero", "rp", "km", "kg", "the", "dan", "di", "ke"].map(TokenizedText.hash))

    /// Words the text writes capitalised but not at a sentence's start, and never in lowercase.
    static func capitalisedInside(_ words: [WordSpan], _ scalars: [Unicode.Scalar]) -> Set<UInt64> {
        var capitalised = Set<UInt64>(), lowercase = Set<UInt64>()
        for (k, w) in words.enumerated() {
            if !w.isCapitalized { lowercase.insert(w.hash); continue }
            guard k > 0 else { continue }
            let gap = scalars[words[k - 1].range.upperBound..<w.range.lowerBound]
            if gap.contains(where: { $0 == "." || $0 == "!" || $0 == "?" || $0 == "\n" || $0 == "\u{201C}" || $0 == "\"" }) { continue }
            capitalised.insert(w.hash)
        }
        return capitalised.subtracting(lowercase)
    }

    /// Capitalised words of the number's clause (up to a comma, full stop, bracket or quotation
    /// mark on either side), except a sentence's first word, date words and company-form
    /// abbreviations.
    static func names(around q: Quantity, words: [WordSpan], scalars: [Unicode.Scalar]) -> Set<UInt64> {
        guard let at = words.firstIndex(where: { $0.range.upperBound > q.range.lowerBound }) else { return [] }
        func gap(_ from: Int, _ to: Int) -> ArraySlice<Unicode.Scalar> {
            guard from < to, to <= scalars.count else { return [] }
            return scalars[from..<to]
        }
        func endsClause(_ g: ArraySlice<Unicode.Scalar>) -> Bool {
            g.contains { ",.;:!?()\"\n\u{201C}\u{201D}".unicodeScalars.contains($0) }
        }
        var start = at
        while start > 0, at - start < 15, !endsClause(gap(words[start - 1].range.upperBound, words[start].range.lowerBound)) { start -= 1 }
        // The clause's first word opens a sentence when a full stop (or nothing) comes before it.
        let before = start > 0 ? gap(words[start - 1].range.upperBound, words[start].range.lowerBound) : []
        let opensSentence = start == 0 || before.contains { $0 == "." || $0 == "!" || $0 == "?" || $0 == "\n" || $0 == "\u{201C}" || $0 == "\"" }
        var end = at
        while end + 1 < words.count, end - at < 15, !endsClause(gap(words[end].range.upperBound, words[end + 1].range.lowerBound)) { end += 1 }
        var names = Set<UInt64>()
        for k in start...end {
            let w = words[k]
            guard w.isCapitalized, !(k == start && opensSentence), !q.range.contains(w.range.lowerBound),
                  !genericNames.contains(w.hash), !dateWords.contains(w.hash) else { continue }
            names.insert(w.hash)
            // "GarutJabar": two names a scrape glued count as each ("Garut" is named).
            for part in gluedParts(scalars[w.range]) { names.insert(part) }
        }
        return names
    }

    /// The hashes of the parts of a word a scrape glued ("GarutJabar" → garut, jabar), cut where the
    /// claims tokenizer cuts (`TokenizedText.gluedWordEnd`); none for a word of one part.
    static func gluedParts(_ word: ArraySlice<Unicode.Scalar>) -> [UInt64] {
        guard word.count >= 8 else { return [] }
        return Array(word).withUnsafeBufferPointer { scalars in
            scalars.withMemoryRebound(to: UInt32.self) { p -> [UInt64] in
                guard let base = p.baseAddress else { return [] }
                var parts: [UInt64] = []
                var from = 0
                while let cut = TokenizedText.gluedWordEnd(base, from, p.count) {
                    parts.append(TokenizedText.hash(String(String.UnicodeScalarView(scalars[from..<cut]))))
                    from = cut
                }
                if from > 0 { parts.append(TokenizedText.hash(String(String.UnicodeScalarView(scalars[from...])))) }
                return parts
            }
        }
    }

    static let dateWords = DateFinder.nameHashes

    /// Words that join two figures ("1,3 juta personel aktif dan 600.000 personel cadangan"): key words stop there.
    static let conjunctions: Set<UInt64> = Set(["dan", "serta", "atau", "and", "or", "sedangkan", "sementara"].map(TokenizedText.hash))

    /// Words that add a second thing to the one counted ("penumpang dan awak").
    static let addingWords: Set<UInt64> = Set(["dan", "serta", "and"].map(TokenizedText.hash))

    /// What the "dan" at `k` right after a number adds: another count when a number follows
    /// within four words of the clause, before any name ("dan 12 awak", "serta denda Rp 1
    /// miliar"), else a thing counted together with the first ("dan awak pesawat Boeing 787-8").
    static func joined(after k: Int, words: [WordSpan], boundary: (Int, Int) -> Bool) -> Keys.Joined {
        var j = k
        while j + 1 < words.count, j - k < 4, !boundary(words[j].range.upperBound, words[j + 1].range.lowerBound) {
            j += 1
            if words[j].isNumber { return .listed }
            // A name ends the thing added ("dan awak pesawat Boeing 787-8"); "Rp" does not.
            if words[j].isCapitalized, !genericNames.contains(words[j].hash) { break }
        }
        return j > k ? .together : .alone
    }

    /// Words that say a figure sums several things: a total ("total nilai proyek", "seluruh
    /// penumpang", bit 1) or the sum of a few named ones ("nilai kedua proyek", bit 2).
    static let totalWords: [UInt64: UInt8] = {
        var m: [UInt64: UInt8] = [:]
        for w in ["total", "totalnya", "seluruh", "keseluruhan", "semua", "gabungan", "kumulatif", "combined", "all"] { m[TokenizedText.hash(w)] = 1 }
        for w in ["kedua", "ketiga", "keempat", "kelima", "both"] { m[TokenizedText.hash(w)] = 2 }
        return m
    }()

    /// Words that make a number a limit ("di bawah 3 persen", "maksimal 10 orang", "menembus level Rp 14.000").
    static let boundWords: Set<UInt64> = Set(["bawah", "atas", "maksimal", "maksimum", "minimal", "minimum", "batas", "paling",
                                              "menembus", "tembus", "melewati", "melampaui", "below", "above", "under", "maximum",
                                              "minimum", "limit", "beyond", "exceeded", "topped"].map(TokenizedText.hash))

    /// Words that make a number a capacity, within the words before it.
    static let capacityWords: Set<UInt64> = Set(["kapasitas", "kapasitasnya", "berkapasitas", "tampung", "capacity"].map(TokenizedText.hash))

    /// Words after a count that make it the rest of a whole ("257 daerah lainnya").
    static let restWords: Set<UInt64> = Set(["lainnya", "sisanya", "lain", "others", "remaining"].map(TokenizedText.hash))
    static let perWord = TokenizedText.hash("per")

    /// Speech verbs say who gives a figure, not what it counts ("menyebut 22 lembaga").
    static let speechVerbs: Set<UInt64> = Set((IndonesianCues.reportingVerbs + IndonesianCues.passiveCueWords).map(TokenizedText.hash))

    /// What the words around a number say it counts.
    struct Keys {
        /// The two nearest content words before the number.
        var before: [UInt64] = []
        /// The nearest content word before it that is no name: what it counts ("kedalaman", "denda").
        var counted: UInt64?
        /// The first content word after it ("personel aktif", "untuk TKI").
        var after: UInt64?
        /// Whether that word is a name ("ke Rusia"): it says whose or where, not what is counted.
        var afterIsName = false
        /// Names of the place after it ("di Bandara Lombok", "dari Bandara Bali").
        var placeNames: Set<UInt64> = []
        /// Whether the words before it say it is a total or a sum of a few (`totalWords`' bits).
        var total: UInt8 = 0
        /// Whether the words before it make it a limit ("di bawah 3 persen", "maksimal"), not a value.
        var bound = false
        /// Whether "dan" right after it adds another thing to the count ("242 penumpang dan awak":
        /// both together) or lists another count ("230 penumpang dan 12 awak": this one a part).
        var joined: Joined = .alone
        enum Joined { case alone, together, listed }
    }

    /// The two nearest content words before the number and the first after it, within its clause
    /// and without crossing another number or a conjunction. `isName` tells a name (a word written
    /// capitalised inside a sentence, or a headline's name): names say whose a figure is, and
    /// before a number they are not what it counts.
    static func keyWords(of q: Quantity, words: [WordSpan], scalars: [Unicode.Scalar], isName: (Int) -> Bool) -> Keys {
        guard let first = words.firstIndex(where: { $0.range.upperBound > q.range.lowerBound }) else { return Keys() }
        var last = first
        while last + 1 < words.count && words[last + 1].range.lowerBound < q.range.upperBound { last += 1 }
        func isKey(_ w: WordSpan) -> Bool {
            w.range.count >= 3 && !TermCounter.stopwords.contains(w.hash) && !approximators.contains(w.hash)
                && !NumberContext.stageVerbs.contains(w.hash) && !prepositions.contains(w.hash)
                && !speechVerbs.contains(w.hash) && !NumberContext.earlierWords.contains(w.hash)
        }
        /// A comma, full stop, colon, bracket or quote between two words ends a clause.
        func boundary(_ from: Int, _ to: Int) -> Bool {
            guard from < to, to <= scalars.count else { return true }
            return scalars[from..<to].contains { ",.;:!?()\"\n\u{201C}\u{201D}".unicodeScalars.contains($0) }
        }
        var keys = Keys()
        var direction: UInt64?
        var k = first
        while k > 0, first - k < 5, !boundary(words[k - 1].range.upperBound, words[k].range.lowerBound) {
            k -= 1
            if words[k].isNumber || conjunctions.contains(words[k].hash) { break }
            keys.total |= totalWords[words[k].hash] ?? 0
            if first - k <= 2, boundWords.contains(words[k].hash) { keys.bound = true }
            // A capacity is a limit too ("kapasitas resminya yang hanya 200 orang" is not the 250 aboard).
            if capacityWords.contains(words[k].hash) { keys.bound = true }
            guard first - k < 5, isKey(words[k]) else { continue }
            if keys.before.count < 2 { keys.before.append(words[k].hash) }
            if keys.counted == nil, !isName(k) {
                if let way = directionWords[words[k].hash] { direction = direction ?? way } else { keys.counted = words[k].hash }
            }
        }
        if keys.counted == nil { keys.counted = direction }
        k = last
        var place = false, perUnit = false
        // A place read on past the three words while it goes on ("di Bandara Internasional Lombok").
        while k + 1 < words.count, k - last < 3 || (place && isName(k + 1)),
              !boundary(words[k].range.upperBound, words[k + 1].range.lowerBound) {
            k += 1
            if k == last + 1, addingWords.contains(words[k].hash) { keys.joined = joined(after: k, words: words, boundary: boundary) }
            if words[k].isNumber || conjunctions.contains(words[k].hash) { break }
            if placePrepositions.contains(words[k].hash) { place = true }
            if place, isName(k), !genericNames.contains(words[k].hash) { keys.placeNames.insert(words[k].hash) }
            // "the other 257 regions" is a part of the whole; "per dolar AS", "per gram" is the unit, not what is counted.
            if restWords.contains(words[k].hash) { keys.total |= 4 }
            if words[k].hash == perWord { perUnit = true; continue }
            if perUnit { perUnit = false; continue }
            if keys.after == nil, isKey(words[k]) { keys.after = words[k].hash; keys.afterIsName = isName(k) }
        }
        return keys
    }

    /// Families whose unit says nothing of what is counted.
    static func isGeneric(_ family: String) -> Bool { family.hasPrefix("money") || family == "persen" }

    /// Prepositions of place ("di Bandara Lombok").
    static let placePrepositions: Set<UInt64> = Set(["di", "dari", "at", "in"].map(TokenizedText.hash))

    /// Prepositions the general stopword list lacks ("di atas puncak", "di bawah target").
    static let prepositions: Set<UInt64> = Set(["atas", "bawah", "per", "tiap", "setiap", "sekitar", "sebelum", "sesudah",
                                                "terhadap", "menuju", "sampai", "selama", "over", "under", "per"].map(TokenizedText.hash))
}
