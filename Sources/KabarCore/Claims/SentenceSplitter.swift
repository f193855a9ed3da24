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
        // Only sentence-ending marks can split: walk the punctuation tokens of the paragraph.
        var k = text.tokenIndex(atOrAfter: paragraph.lowerBound)
        while k < tokens.count, tokens[k].range.lowerBound < end {
            let tok = tokens[k]
            k += 1
            guard !tok.isWord, tok.mark == "." || tok.mark == "?" || tok.mark == "!" else { continue }
            let i = tok.range.lowerBound
            if i < start { continue }
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
            if q < quotes.count, quotes[q].lowerBound <= i { continue }   // inside a quotation
            var j = i + 1
            while j < end, QuoteScanner.isDouble(s[j]) || s[j] == "’" || s[j] == ")" { j += 1 }
            guard j < end, s[j] == " " else { continue }
            var m = j
            while m < end, s[m] == " " { m += 1 }
            guard m < end else { break }
            let next = s[m]
            let startsSentence = TokenizedText.isUppercase(next) || QuoteScanner.isDouble(next) || next == "‘"
                || (next.value >= 0x30 && next.value <= 0x39)
            if startsSentence && !(tok.mark == "." && isAbbreviation(text, before: i)) {
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
        let prevOK = prev == ")" || (prev.value >= 0x61 && prev.value <= 0x7A)
        let a = s[i + 2], b = s[i + 3]
        return prevOK && a.value >= 0x61 && a.value <= 0x7A && b.value >= 0x61 && b.value <= 0x7A
    }

    static func isAbbreviation(_ text: TokenizedText, before dot: Int) -> Bool {
        let s = text.scalars
        var k = dot
        while k > 0, TokenizedText.isWordScalar(s[k - 1]) { k -= 1 }
        let length = dot - k
        if length == 0 { return false }
        if length == 1 && TokenizedText.isUppercase(s[k]) { return true }   // initials: "S. Budi"
        return length <= 7 && abbreviations.contains(text.hash(of: k..<dot))
    }
}
