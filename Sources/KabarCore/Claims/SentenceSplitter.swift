/// Splits a paragraph into sentences at . ? ! followed by a space and a capital, a digit or a
/// quotation mark. Quotations are atomic (a quote's inner full stops do not split), and
/// abbreviations ("Dr.", "H.", "No.") and initials do not end sentences.
enum SentenceSplitter {
    static let abbreviations: Set<UInt64> = Set(["dr", "drs", "prof", "ir", "st", "no", "jl", "h", "hj", "mr", "mrs", "ms",
                                                 "gen", "lt", "vs", "dll", "dsb", "tsb", "sdr", "bpk", "kol", "mayjen", "brigjen",
                                                 "inc", "co", "ltd", "jr", "sr", "u.s", "a.n", "p"].map(TokenizedText.hash))

    static func split(_ text: TokenizedText, _ paragraph: Range<Int>, quotes: [Range<Int>]) -> [Range<Int>] {
        let s = text.scalars
        var result: [Range<Int>] = []
        var start = paragraph.lowerBound
        var i = paragraph.lowerBound
        let end = paragraph.upperBound
        var q = 0
        while i < end {
            if q < quotes.count, i >= quotes[q].lowerBound {
                if i < quotes[q].upperBound { i = quotes[q].upperBound; continue }
                q += 1
                continue
            }
            let c = s[i]
            if c == "." || c == "?" || c == "!" {
                var j = i + 1
                while j < end, QuoteScanner.isDouble(s[j]) || s[j] == "’" || s[j] == ")" { j += 1 }
                guard j < end, s[j] == " " else { i += 1; continue }
                var k = j
                while k < end, s[k] == " " { k += 1 }
                guard k < end else { break }
                let next = s[k]
                let startsSentence = next.properties.isUppercase || QuoteScanner.isDouble(next) || next == "‘"
                    || (next.value >= 0x30 && next.value <= 0x39)
                if startsSentence && !(c == "." && isAbbreviation(text, before: i)) {
                    result.append(start..<j)
                    start = k
                    i = k
                    continue
                }
            }
            i += 1
        }
        if start < end { result.append(start..<end) }
        return result
    }

    static func isAbbreviation(_ text: TokenizedText, before dot: Int) -> Bool {
        let s = text.scalars
        var k = dot
        while k > 0, TokenizedText.isWordScalar(s[k - 1]) { k -= 1 }
        let length = dot - k
        if length == 0 { return false }
        if length == 1 && s[k].properties.isUppercase { return true }   // initials: "S. Budi"
        return length <= 7 && abbreviations.contains(TokenizedText.hash(text.string(k..<dot)))
    }
}
