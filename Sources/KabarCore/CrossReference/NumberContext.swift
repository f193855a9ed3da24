/// What the sentence around a number says about which figure it is, beyond its key words: the
/// stage it holds for (a fine demanded is not the fine imposed; a budget target is not its
/// outlook or its half-year realisation), the years it names (the 2018 verdict is not the 2025
/// review), and whether it is a figure at all (one end of "8 hingga 15 persen", a number in a
/// "Baca juga" link to another article).
struct NumberContext: Equatable {
    /// Bits of `Stage`.
    var stages: UInt16 = 0
    /// Years (1900–2099) named in the sentence, outside the number itself.
    var years: Set<Int> = []
    /// Days named in the sentence ("30 Juni"), as month × 32 + day.
    var days: Set<Int> = []
    /// Clock times named in the sentence ("pukul 14.00", "18.00 WIB"), as minutes after midnight:
    /// a flood's depth at two in the afternoon is not its depth at six.
    var times: Set<Int> = []
    /// Whether the sentence ties the figure to the day it was written ("hari ini", "ditutup
    /// naik", "kurs", "harga"): such a figure in an article of another day is another figure.
    var ofTheDay = false
    /// Whether the words say the figure is an earlier one ("Sebelumnya, Setnov dijatuhi … denda
    /// Rp500 juta", "hari sebelumnya yang sudah turun Rp 8.000", "semula 15 tahun"): a value
    /// that changed since, not a disagreement with the current one.
    var earlier = false
    /// Bits of `Condition`: what the sentence says befell the people counted (dead, missing, hurt,
    /// brought home, or simply there: aboard, living there): 14 dead are not the 11 still buried.
    var conditions: UInt8 = 0
    /// Bits of `Moment`: the market moment a figure holds for (the open, the end of a session, the
    /// close): the index's rise at the end of session I is not its rise at the close.
    var moments: UInt8 = 0
    /// Names (words written capitalised inside the sentence, but for company forms, date words
    /// and titles such as "Gunung"): what a figure of another story must share to be the same.
    var names: Set<UInt64> = []

    enum Stage {
        static let demand: UInt16 = 1, verdict: UInt16 = 2, appeal: UInt16 = 4
        static let target: UInt16 = 8, outlook: UInt16 = 16, realisation: UInt16 = 32
    }

    enum Condition {
        static let dead: UInt8 = 1, missing: UInt8 = 2, hurt: UInt8 = 4, moved: UInt8 = 8, present: UInt8 = 16
    }

    static let conditionWords: [UInt64: UInt8] = {
        var m: [UInt64: UInt8] = [:]
        func add(_ c: UInt8, _ words: [String]) { for w in words { m[TokenizedText.hash(w)] = c } }
        add(Condition.dead, ["meninggal", "tewas", "wafat", "dead", "killed", "died", "jenazah"])
        add(Condition.missing, ["hilang", "tertimbun", "missing", "pencarian"])
        add(Condition.hurt, ["luka", "terluka", "injured", "wounded"])
        add(Condition.moved, ["dievakuasi", "mengevakuasi", "evakuasi", "dipulangkan", "memulangkan", "pemulangan", "mengungsi",
                              "diselamatkan", "menyelamatkan", "selamat", "evacuated", "repatriated", "rescued", "rescuers", "saved"])
        add(Condition.present, ["berada", "menetap", "tinggal", "dalamnya", "membawa", "mengangkut", "berlayar", "aboard", "board",
                                "carrying"])
        return m
    }()

    enum Moment {
        static let open: UInt8 = 1, session: UInt8 = 2, close: UInt8 = 4
    }

    /// Stage words, Indonesian and English.
    static let stageWords: [UInt64: UInt16] = {
        var m: [UInt64: UInt16] = [:]
        func add(_ stage: UInt16, _ words: [String]) { for w in words { m[TokenizedText.hash(w)] = stage } }
        add(Stage.demand, ["tuntut", "tuntutan", "menuntut", "dituntut", "tuntutannya", "menuntutnya", "demanded", "sought"])
        add(Stage.verdict, ["vonis", "divonis", "memvonis", "dihukum", "menghukum", "dijatuhi", "menjatuhkan", "putusan",
                            "diputus", "memutuskan", "sentenced", "convicted", "verdict"])
        add(Stage.appeal, ["banding", "kasasi", "peninjauan", "appeal"])
        add(Stage.target, ["target", "targetkan", "ditargetkan", "menargetkan", "dipatok", "asumsi", "pagu", "targeted"])
        add(Stage.outlook, ["outlook", "berpotensi", "diperkirakan", "perkirakan", "prediksi", "memprediksi", "diprediksi", "perkiraan", "memperkirakan", "proyeksi", "diproyeksikan",
                            "memproyeksikan", "prognosis", "prognosa", "forecast", "projected", "projection"])
        add(Stage.realisation, ["realisasi", "terealisasi", "semester"])
        return m
    }()

    /// Stage words that are verbs ("diperkirakan mencapai Rp 3.527 triliun"): they say how a
    /// figure is given, not what it counts, so they are never a number's key word. Nouns
    /// ("persen dari target") still are.
    static let stageVerbs: Set<UInt64> = Set(["menuntut", "dituntut", "divonis", "memvonis", "dihukum", "menghukum", "dijatuhi",
                                              "menjatuhkan", "diputus", "memutuskan", "ditargetkan", "menargetkan", "dipatok",
                                              "berpotensi", "diperkirakan", "memperkirakan", "perkirakan", "memprediksi", "diprediksi", "diproyeksikan", "memproyeksikan", "terealisasi",
                                              "demanded", "sought", "sentenced", "convicted", "targeted", "projected"].map(TokenizedText.hash))

    /// Long stage words scraped text glues to the next word ("perkiraandefisit"), and their stages.
    static let gluedStageWords: [([Unicode.Scalar], UInt16)] = ["perkiraan", "diperkirakan", "memperkirakan", "ditargetkan", "realisasi",
                                                                "proyeksi", "diproyeksikan", "prognosis"]
        .map { (Array($0.unicodeScalars), stageWords[TokenizedText.hash($0)]!) }

    /// The stage of a long lowercase word that opens with a stage word of eight letters or more.
    static func gluedStage(_ word: ArraySlice<Unicode.Scalar>) -> UInt16? {
        for (prefix, stage) in gluedStageWords where word.count >= prefix.count + 4 && word.starts(with: prefix) { return stage }
        return nil
    }

    /// Month names by hash.
    static let monthOfName: [UInt64: Int] = Dictionary(DateFinder.months.map { (TokenizedText.hash($0.key), $0.value) }) { a, _ in a }
    /// Words of a figure that holds for one day or one moment: market closes and indexes, rates,
    /// prices, a time of day ("pukul 04.43"), "kemarin".
    static let dayWords: Set<UInt64> = Set(["ditutup", "dibuka", "perdagangan", "kurs", "harga", "indeks", "ihsg", "poin", "pukul",
                                            "tukar", "penutupan", "pembukaan",
                                            "kemarin", "today", "yesterday", "closed", "opened", "trading", "index", "points"].map(TokenizedText.hash))
    static let timesOfDay: Set<UInt64> = Set(["hari", "pagi", "siang", "sore", "malam"].map(TokenizedText.hash))
    static let sesi = TokenizedText.hash("sesi")
    /// The open and the close of trading ("sesi I ditutup" is the end of a session, not the close).
    static let momentWords: [UInt64: UInt8] = {
        var m: [UInt64: UInt8] = [:]
        for w in ["dibuka", "pembukaan", "opened", "opening"] { m[TokenizedText.hash(w)] = Moment.open }
        for w in ["ditutup", "penutupan", "closed"] { m[TokenizedText.hash(w)] = Moment.close }
        return m
    }()
    static let ini = TokenizedText.hash("ini")
    static let pukul = TokenizedText.hash("pukul")
    /// Time zones written after a clock time.
    static let timeZones: Set<UInt64> = Set(["wib", "wita", "wit", "utc", "gmt"].map(TokenizedText.hash))

    /// "14.00", "14:00", "09.05", "14" as minutes after midnight, or nil.
    static func clockTime(_ word: ArraySlice<Unicode.Scalar>) -> Int? {
        let text = String(String.UnicodeScalarView(word))
        let parts = text.split(whereSeparator: { $0 == "." || $0 == ":" })
        guard (1...2).contains(parts.count), parts.allSatisfy({ (1...2).contains($0.count) }),
              let hour = Int(parts[0]), (0...24).contains(hour) else { return nil }
        let minute = parts.count == 2 ? Int(parts[1]) : 0
        guard let minute, (0...59).contains(minute), parts.count == 1 || parts[1].count == 2 else { return nil }
        return hour * 60 + minute
    }

    /// Words joining the two ends of a range ("8 hingga 15", "antara 8 dan 15", "8 sampai 15").
    static let rangeWords: Set<UInt64> = Set(["hingga", "sampai", "sd", "to"].map(TokenizedText.hash))
    static let and = TokenizedText.hash("dan"), between = TokenizedText.hash("antara")
    static let baca = TokenizedText.hash("baca"), juga = TokenizedText.hash("juga")
    /// Words that make a figure an earlier one, when they open its sentence or stand shortly before it.
    static let earlierWords: Set<UInt64> = Set(["sebelumnya", "semula", "sebelum", "previously", "earlier"].map(TokenizedText.hash))
    /// Capitalised words that title a name without being one ("Gunung Raung", "Kabupaten Garut",
    /// "Presiden Prabowo"): two stories sharing only these are about different things.
    static let titleWords: Set<UInt64> = Set(["gunung", "kabupaten", "kota", "provinsi", "kecamatan", "kelurahan", "desa", "pulau",
                                              "jalan", "sungai", "danau", "bandara", "pelabuhan", "pengadilan", "presiden", "menteri",
                                              "wakil", "ketua", "kepala", "gubernur", "bupati", "wali", "jakarta", "indonesia", "ri",
                                              "wib", "wita", "wit", "mount", "president", "minister",
                                              // The currency's country ("per dolar AS") names no one in particular.
                                              "as", "us"].map(TokenizedText.hash))

    /// Two figures are told apart by their contexts when both name stages and not the same
    /// ones ("95 persen dari target" outlook against "38 persen dari target" in the first
    /// semester), or both name years and share none.
    func differs(from other: NumberContext, years comparesYears: Bool = true) -> Bool {
        if stages != 0, other.stages != 0, stages != other.stages { return true }
        if comparesYears, !years.isEmpty, !other.years.isEmpty, years.isDisjoint(with: other.years) { return true }
        if !days.isEmpty, !other.days.isEmpty, days.isDisjoint(with: other.days) { return true }
        if !times.isEmpty, !other.times.isEmpty, times.isDisjoint(with: other.times) { return true }
        if conditions != 0, other.conditions != 0, conditions & other.conditions == 0 { return true }
        if moments != 0, other.moments != 0, moments != other.moments { return true }
        return false
    }

    /// The context of quantity `q` in `text` (split into `words`), read over its sentence.
    static func of(_ q: Quantity, words: [WordSpan], scalars: [Unicode.Scalar]) -> NumberContext {
        let (lo, hi) = sentence(around: q.range, scalars: scalars)
        var context = NumberContext()
        var previous: WordSpan?
        let opening = firstWord(in: words) { $0.range.lowerBound >= lo }
        let numberAt = firstWord(in: words) { $0.range.upperBound > q.range.lowerBound }
        for k in opening..<words.count {
            let w = words[k]
            if w.range.upperBound > hi { break }
            defer { previous = w }
            if q.range.overlaps(w.range) { continue }
            if earlierWords.contains(w.hash), k == opening || (k < numberAt && numberAt - k <= 5) { context.earlier = true }
            if w.isCapitalized, k > opening, !titleWords.contains(w.hash), !NumberDiscrepancyFinder.genericNames.contains(w.hash),
               !DateFinder.nameHashes.contains(w.hash),
               !scalars[words[k - 1].range.upperBound..<w.range.lowerBound].contains(where: { $0 == "\"" || $0 == "\u{201C}" }) {
                context.names.insert(w.hash)
                for part in NumberDiscrepancyFinder.gluedParts(scalars[w.range]) { context.names.insert(part) }
            }
            if let c = conditionWords[w.hash] { context.conditions |= c }
            if w.hash == sesi { context.moments = Moment.session }
            else if context.moments != Moment.session, let m = momentWords[w.hash] { context.moments |= m }
            if let stage = stageWords[w.hash] { context.stages |= stage }
            else if w.range.count >= 13, !w.isCapitalized, let stage = gluedStage(scalars[w.range]) { context.stages |= stage }
            if dayWords.contains(w.hash) || (w.hash == ini && previous.map { timesOfDay.contains($0.hash) } == true) { context.ofTheDay = true }
            if w.isNumber, previous?.hash == pukul, let t = clockTime(scalars[w.range]) { context.times.insert(t) }
            if timeZones.contains(w.hash), let previous, previous.isNumber, !q.range.overlaps(previous.range),
               let t = clockTime(scalars[previous.range]) { context.times.insert(t) }
            if let month = monthOfName[w.hash], let previous, previous.isNumber, previous.range.count <= 2, !q.range.overlaps(previous.range),
               let day = Int(String(String.UnicodeScalarView(scalars[previous.range]))), (1...31).contains(day) {
                context.days.insert(month * 32 + day)
            }
            // "Senin (24/8)", "Rabu (18/6/2025)": a day and a month (and a year) in one word after a bracket.
            if w.isNumber, w.range.lowerBound > 0, scalars[w.range.lowerBound - 1] == "(", scalars[w.range].contains("/") {
                let parts = String(String.UnicodeScalarView(scalars[w.range])).split(separator: "/").map { Int($0) }
                if (2...3).contains(parts.count), let day = parts[0], let month = parts[1], (1...31).contains(day), (1...12).contains(month) {
                    context.days.insert(month * 32 + day)
                    if parts.count == 3, let year = parts[2], (1900...2099).contains(year) { context.years.insert(year) }
                }
            }
            if w.isNumber, w.range.count == 4, let year = Int(String(String.UnicodeScalarView(scalars[w.range]))),
               (1900...2099).contains(year) {
                context.years.insert(year)
            }
        }
        // A sentence opening with a word that points back ("Nilainya setara 2,78 persen") holds
        // the figure of the sentence before, at that sentence's stage ("berpotensi mencapai").
        if context.stages == 0, lo >= 2, opening < words.count, words[opening].range.count >= 6,
           scalars[words[opening].range].suffix(3).elementsEqual("nya".unicodeScalars) {
            let (before, _) = sentence(around: (lo - 2)..<(lo - 1), scalars: scalars)
            for w in words[firstWord(in: words) { $0.range.lowerBound >= before }..<opening] {
                if let stage = stageWords[w.hash] { context.stages |= stage }
            }
        }
        return context
    }

    /// True when `q` is one end of a range of numbers: another number right before or after it,
    /// joined by a dash or a range word.
    static func isRangeEnd(_ q: Quantity, words: [WordSpan], scalars: [Unicode.Scalar]) -> Bool {
        let first = firstWord(in: words) { $0.range.upperBound > q.range.lowerBound }
        guard first < words.count else { return false }
        var last = first
        while last + 1 < words.count && words[last + 1].range.lowerBound < q.range.upperBound { last += 1 }
        /// A gap of at most three scalars holding a dash and nothing but dashes and spaces.
        func dash(_ from: Int, _ to: Int) -> Bool {
            guard from <= to, to <= scalars.count else { return false }
            let gap = scalars[from..<to]
            func isDash(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "\u{2013}" || c == "\u{2014}" }
            return gap.count <= 3 && gap.contains(where: isDash) && gap.allSatisfy { $0 == " " || isDash($0) }
        }
        // After: "8 hingga 15", "8-15", "8 dan 15" after "antara".
        if last + 2 < words.count, words[last + 2].isNumber,
           rangeWords.contains(words[last + 1].hash) || (words[last + 1].hash == and && first > 0 && words[first - 1].hash == between) {
            return true
        }
        if last + 1 < words.count, words[last + 1].isNumber, dash(words[last].range.upperBound, words[last + 1].range.lowerBound),
           q.range.upperBound <= words[last + 1].range.lowerBound {
            return true
        }
        // Before: "8 hingga [15]", "antara 8 dan [15]", "8-[15]" (the unit may sit after the first number: "8 persen hingga 15 persen").
        var k = first - 1
        var steps = 0
        while k >= 0, steps < 3 {
            let w = words[k]
            if rangeWords.contains(w.hash) || w.hash == and {
                var j = k - 1, back = 0
                while j >= 0, back < 2 { if words[j].isNumber { return w.hash != and || (j > 0 && words[j - 1].hash == between) }; j -= 1; back += 1 }
                return false
            }
            // "8-15", or "8 persen - 15 persen" (a unit after the first number, then a dash).
            if w.isNumber { return dash(w.range.upperBound, words[first].range.lowerBound) || (steps == 1 && dash(words[first - 1].range.upperBound, words[first].range.lowerBound)) }
            k -= 1; steps += 1
        }
        return false
    }

    /// Words that make the number after them a rank or a name, not a count ("Ronde 4 Kualifikasi",
    /// "putaran 3", "Reno 16").
    static let ordinalWords: Set<UInt64> = Set(["ronde", "putaran", "babak", "tahap", "tahapan", "gelombang", "jilid", "episode",
                                                "seri", "nomor", "no", "pekan", "matchday", "gameweek", "round", "stage", "number",
                                                "peringkat", "urutan", "ranking", "rank", "generasi", "edisi"].map(TokenizedText.hash))

    /// Nouns a listicle headline counts ("6 Potret Terbaru Denada", "5 Fakta …", "7 Cara …").
    static let listicleNouns: Set<UInt64> = Set(["potret", "fakta", "cara", "tips", "hal", "alasan", "momen", "foto", "daftar",
                                                 "rekomendasi", "ciri", "manfaat", "tanda", "jenis", "langkah", "gaya", "deretan",
                                                 "kebiasaan", "penampakan", "pesona", "video", "things", "ways", "reasons",
                                                 "photos", "facts", "tips"].map(TokenizedText.hash))

    /// True when `q` opens a headline as a listicle's count: the number of items an article shows
    /// is no figure of the story (Liputan6's 6 photos against Okezone's 5).
    static func isListicleCount(_ q: Quantity, words: [WordSpan]) -> Bool {
        guard let first = words.first, first.range.lowerBound >= q.range.lowerBound, first.range.lowerBound < q.range.upperBound else { return false }
        var last = 0
        while last + 1 < words.count && words[last + 1].range.lowerBound < q.range.upperBound { last += 1 }
        if listicleNouns.contains(words[last].hash) { return true }
        return last + 1 < words.count && listicleNouns.contains(words[last + 1].hash)
    }

    /// True when the word right before `q` makes it a rank ("Ronde 4 Kualifikasi").
    static func isOrdinal(_ q: Quantity, words: [WordSpan]) -> Bool {
        let first = firstWord(in: words) { $0.range.upperBound > q.range.lowerBound }
        return first > 0 && first <= words.count && ordinalWords.contains(words[first - 1].hash)
            && words[first - 1].range.upperBound <= q.range.lowerBound
    }

    /// True when `q` is part of a product's name, not a count: a name right before it and a
    /// capitalised word right after ("iPhone 16 Promax", "Boeing 737 MAX"), in a body (where a
    /// count's noun is written in lowercase).
    static func isModelNumber(_ q: Quantity, words: [WordSpan], scalars: [Unicode.Scalar]) -> Bool {
        let first = firstWord(in: words) { $0.range.upperBound > q.range.lowerBound }
        guard first > 0, first < words.count else { return false }
        var last = first
        while last + 1 < words.count && words[last + 1].range.lowerBound < q.range.upperBound { last += 1 }
        let name = words[first - 1], unit = words[last]
        guard last > first, unit.isCapitalized, name.range.upperBound + 1 == words[first].range.lowerBound,
              scalars[name.range.upperBound] == " ", !name.isNumber, !modelExceptions.contains(name.hash) else { return false }
        // The word before is a name: it has a capital letter ("iPhone", "Boeing"), and it does not open its sentence.
        guard scalars[name.range].contains(where: { $0.properties.isUppercase }) else { return false }
        let before = name.range.lowerBound
        return before > 1 && scalars[before - 1] == " " && ![".", "!", "?", "\n", "\u{2022}", ":"].contains(scalars[before - 2])
    }

    /// Capitalised words a count follows ("Rp 5 Miliar" in a caption is money).
    static let modelExceptions: Set<UInt64> = Set(["rp", "us", "usd", "idr", "sebanyak", "sekitar"].map(TokenizedText.hash))

    /// Words that make the clock time after them the moment an article's figures hold for
    /// ("per pukul 14.00 WIB", "hingga Rabu (18/6/2025) pukul 18.00 WIB").
    static let asOfWords: Set<UInt64> = Set(["per", "hingga", "sampai", "until", "as"].map(TokenizedText.hash))

    /// The clock time the opening (up to `limit` scalars) gives its figures, as minutes after
    /// midnight: a flood's depth "per pukul 14.00" is not its depth "hingga pukul 18.00".
    static func asOfTime(words: [WordSpan], scalars: [Unicode.Scalar], limit: Int) -> Int? {
        var k = 0
        while k + 1 < words.count, words[k].range.lowerBound < limit {
            defer { k += 1 }
            guard words[k].hash == pukul, words[k + 1].isNumber, let t = clockTime(scalars[words[k + 1].range]) else { continue }
            // An as-of word within five words before "pukul".
            var j = k - 1
            while j >= 0, k - j <= 5 {
                // Scraped text glues words: "terendambanjirhingga Rabu … pukul 18.00".
                let word = scalars[words[j].range]
                if asOfWords.contains(words[j].hash) || word.count > 6 && word.suffix(6).elementsEqual("hingga".unicodeScalars) { return t }
                j -= 1
            }
        }
        return nil
    }

    /// True when `q` sits in a "Baca juga: …" line (a link to another article).
    static func isInLink(_ q: Quantity, words: [WordSpan], scalars: [Unicode.Scalar]) -> Bool {
        var p = q.range.lowerBound
        while p > 0, scalars[p - 1] != "\n" { p -= 1 }
        let k = firstWord(in: words) { $0.range.lowerBound >= p }
        guard k + 1 < words.count else { return false }
        return words[k].hash == baca && words[k + 1].hash == juga
    }

    /// The index of the first of `words` (in text order) for which `isAfter` holds, by binary
    /// search (an article has many numbers); `words.count` when there is none. `isAfter` must
    /// be false for a prefix of the words and true for the rest.
    static func firstWord(in words: [WordSpan], where isAfter: (WordSpan) -> Bool) -> Int {
        var a = 0, b = words.count
        while a < b { let m = (a + b) / 2; if isAfter(words[m]) { b = m } else { a = m + 1 } }
        return a
    }

    /// The sentence holding `range`: back to the last line break or ". " (a stop that ends a
    /// sentence, not the one inside "2.076"; or a stop glued to a capital, "2015.Pergerakan"),
    /// forward to the next.
    static func sentence(around range: Range<Int>, scalars: [Unicode.Scalar]) -> (Int, Int) {
        func ends(_ k: Int) -> Bool {
            let c = scalars[k]
            if c == "\n" { return true }
            guard c == "." || c == "!" || c == "?" else { return false }
            if k + 1 >= scalars.count || scalars[k + 1] == " " || scalars[k + 1] == "\n" { return true }
            // Scraped text glues sentences ("25 Agustus 2015.Pergerakan", "hari ini.Seiring").
            guard k > 0, ("A"..."Z").contains(scalars[k + 1]) else { return false }
            let before = scalars[k - 1]
            return ("a"..."z").contains(before) || ("0"..."9").contains(before)
        }
        var lo = min(range.lowerBound, scalars.count)
        while lo > 0, !ends(lo - 1) { lo -= 1 }
        var hi = min(range.upperBound, scalars.count)
        while hi < scalars.count, !ends(hi) { hi += 1 }
        return (lo, hi)
    }
}
