/// Splits a paragraph into sentences at . ? ! followed by a space and a capital, a digit or a
/// quotation mark. Quotations are atomic (a quote's inner full stops do not split), and
/// abbreviations ("Dr.", "H.", "No.") and initials do not end sentences.
enum SentenceSplitter {
    static let abbreviations: WordSet = WordSet(["dr", "drs", "prof", "ir", "st", "no", "jl", "h", "hj", "mr", "mrs", "ms",
                                                 "gen", "lt", "vs", "dll", "dsb", "tsb", "sdr", "bpk", "kol", "mayjen", "brigjen",
                                                 "inc", "co", "ltd", "jr", "sr", "u.s", "a.n", "p"].map(TokenizedText.hash))

    static func split(_ text: TokenizedText, _ paragraph: Range<Int>, quotes: [Range<Int>]) -> [Range<Int>] {
        let s = text.scalars
        let tokens = text.tokens
        var result: [Range<Int>] = []
        result.reserveCapacity(8)
        var start = paragraph.lowerBound
        let end = paragraph.upperBound
        var q = 0
        // Only sentence-ending marks can split: walk the paragraph's mark tokens.
        let marks = text.marks
        var markIndex = text.firstMark(atOrAfterToken: text.tokenIndex(atOrAfter: paragraph.lowerBound))
        while markIndex < marks.count, tokens[Int(marks[markIndex])].range.lowerBound < end {
            let markToken = Int(marks[markIndex])
            let tok = tokens[markToken]
            markIndex += 1
            guard tok.mark == "." || tok.mark == "?" || tok.mark == "!" else { continue }
            let i = tok.range.lowerBound
            if i < start { continue }
            // "… melanggar HAM: 1. Ketidakadilan …": a list number opens its item; the item starts before
            // it, not after its full stop.
            if tok.mark == ".", markToken >= 2, tokens[markToken - 1].isWord, tokens[markToken - 1].range.upperBound == i,
               tokens[markToken - 1].range.count <= 2, tokens[markToken - 1].range.allSatisfy({ s[$0].value >= 0x30 && s[$0].value <= 0x39 }),
               !tokens[markToken - 2].isWord, tokens[markToken - 2].mark == ":" || tokens[markToken - 2].mark == "." {
                let number = tokens[markToken - 1].range.lowerBound
                if tokens[markToken - 2].mark == ":", number > start {
                    result.append(start..<tokens[markToken - 2].range.upperBound)
                    start = number
                }
                continue
            }
            // "… mereka.“Jika …", "… tahun ini.\"Rencana …", "… (25/8/2015).Bambang …": a sentence glued
            // to the next one (scrapers drop the space at old paragraph breaks).
            if tok.mark == ".", i > start, i + 2 < end, gluedSentenceStart(s, i), s[i + 2] != " " {
                while q < quotes.count, quotes[q].upperBound <= i { q += 1 }
                if !(q < quotes.count && quotes[q].lowerBound <= i) {
                    result.append(start..<(i + 1))
                    start = i + 1
                }
                continue
            }
            while q < quotes.count, quotes[q].upperBound <= i { q += 1 }
            var j = i + 1
            while j < end, QuoteScanner.isDouble(s[j]) || s[j] == "’" || s[j] == ")" { j += 1 }
            // Inside a quotation, unless the quotation closes right after the stop ("… dampaknya.” Secara …").
            let closesQuote = q < quotes.count && quotes[q].upperBound <= j && j > i + 1
            if q < quotes.count, quotes[q].lowerBound <= i, !closesQuote { continue }
            guard j < end, s[j] == " " else { continue }
            var m = j
            while m < end, s[m] == " " { m += 1 }
            guard m < end else { break }
            let next = s[m]
            let startsSentence = TokenizedText.isUppercase(next) || QuoteScanner.isDouble(next) || next == "‘"
                || (next.value >= 0x30 && next.value <= 0x39)
                // "… 2015. 'Pemerintah akan …,\" tambah Bambang": a straight single mark opening a quotation.
                || (next == "'" && m + 1 < end && TokenizedText.isUppercase(s[m + 1]))
            // "“…,” Kata Budi": an attribution after the quotation stays with it.
            if closesQuote, let after = text.tokenIndex(atOrAfter: m) as Int?, after < tokens.count, tokens[after].isWord,
               CueLexicon.postCues.contains(tokens[after].hash) || CueLexicon.nyaCues.contains(tokens[after].hash) { continue }
            // "di X. “Ini …": a single capital before a quotation is no initial.
            let initialBeforeQuote = QuoteScanner.isDouble(next) && i >= 2 && !TokenizedText.isWordScalar(s[i - 2])
            if startsSentence && !(tok.mark == "." && !initialBeforeQuote && isAbbreviation(text, before: i, markToken: markToken)) {
                result.append(start..<j)
                start = m
            }
        }
        if start < end { result.append(start..<end) }
        return result
    }

    /// After the full stop at `i`: an opening quote, or a capitalised word of 3+ letters whose
    /// first letters are lowercase after the capital, with a lowercase letter or ")" before the stop.
    static func gluedSentenceStart(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        let next = s[i + 1]
        if next == "“" || next == "\"" { return true }
        guard TokenizedText.isUppercase(next), i + 3 < s.count else { return false }
        let prev = s[i - 1]
        func digit(_ k: Int) -> Bool { k >= 0 && s[k].value >= 0x30 && s[k].value <= 0x39 }
        func upper(_ k: Int) -> Bool { k >= 0 && s[k].value >= 0x41 && s[k].value <= 0x5A }
        // "… Agustus 2015.Lucky": a year; "… disapa ADS.Mantan": an acronym of two capitals or more
        // (an initial, "S.Budi", stays one sentence).
        let year = i >= 4 && (i - 4..<i).allSatisfy(digit) && !digit(i - 5) && !(i >= 5 && s[i - 5] == ".")
        let acronym = upper(i - 1) && upper(i - 2) && !(i >= 3 && s[i - 3] == ".")
        let prevOK = prev == ")" || (prev.value >= 0x61 && prev.value <= 0x7A) || year || acronym
        let a = s[i + 2], b = s[i + 3]
        func lower(_ c: Unicode.Scalar) -> Bool { c.value >= 0x61 && c.value <= 0x7A }
        // "… jelasnya.Ia mengatakan": the two-letter pronoun opens a sentence too.
        if prevOK, next == "I", a == "a", b == " " { return true }
        return prevOK && lower(a) && lower(b)
    }

    /// True when the word before the full stop at `dot` (token `markToken`) is an initial or a
    /// known abbreviation. The word is the letters and digits before the stop: after an inner
    /// hyphen or apostrophe of its token ("Jong-un" reads "un").
    static func isAbbreviation(_ text: TokenizedText, before dot: Int, markToken: Int) -> Bool {
        let s = text.scalars, tokens = text.tokens
        // A word token ends at the stop exactly when the scalar before it is a letter or digit.
        guard markToken > 0, tokens[markToken - 1].isWord, tokens[markToken - 1].range.upperBound == dot else { return false }
        let word = tokens[markToken - 1]
        // Back over letters and digits, no further than an abbreviation's length (seven).
        var k = dot
        while k > word.range.lowerBound, dot - k <= 7, TokenizedText.isWordScalar(s[k - 1]) { k -= 1 }
        let length = dot - k
        if length > 7 { return false }
        if length == 1 && TokenizedText.isUppercase(s[k]) { return true }   // initials: "S. Budi"
        // The whole token (no inner hyphen or apostrophe): its hash is already known.
        return abbreviations.contains(k == word.range.lowerBound ? word.hash : text.hash(of: k..<dot))
    }
}
