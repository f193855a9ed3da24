/// Finds quotations in a paragraph. Double marks (" “ ” „) may open or close, decided by the
/// characters around them (Kompas opens and closes with ”); single curly marks (‘ ’) quote
/// inside a quotation or around a short phrase. An unclosed quotation ends with its paragraph:
/// a span never runs past it.
struct QuoteScanner {
    struct Quote: Equatable {
        /// Index of the opening mark.
        var open: Int
        /// Index of the closing mark, nil when the paragraph ended first.
        var close: Int?
        var isSingle: Bool
        /// Quotes nested inside this one (‘…’ inside “…”).
        var inner: [Quote] = []

        /// Content between the marks (to the paragraph end when unclosed).
        func content(paragraphEnd: Int) -> Range<Int> { (open + 1)..<(close ?? paragraphEnd) }
        /// The whole quotation, marks included.
        func span(paragraphEnd: Int) -> Range<Int> { open..<((close.map { $0 + 1 }) ?? paragraphEnd) }
    }

    static func isDouble(_ s: Unicode.Scalar) -> Bool { s == "\"" || s == "“" || s == "”" || s == "„" }

    /// Scans the mark tokens of `paragraph` (quote marks are never inside words: ’ between
    /// letters belongs to a word token, "Ma’ruf"; as a quote mark it is its own token).
    static func scan(_ text: TokenizedText, _ paragraph: Range<Int>) -> [Quote] {
        let tokens = text.tokens, marks = text.marks
        var positions: [Int] = []
        var m = text.firstMark(atOrAfterToken: text.tokenIndex(atOrAfter: paragraph.lowerBound))
        while m < marks.count, tokens[Int(marks[m])].range.lowerBound < paragraph.upperBound {
            let v = tokens[Int(marks[m])].mark.value
            if v == 0x22 || (v >= 0x2018 && v <= 0x201E) { positions.append(tokens[Int(marks[m])].range.lowerBound) }
            m += 1
        }
        guard !positions.isEmpty else { return [] }
        return scan(text.scalars, paragraph, at: positions)
    }

    static func scan(_ s: [Unicode.Scalar], _ paragraph: Range<Int>) -> [Quote] {
        scan(s, paragraph, at: Array(paragraph))
    }

    private static func scan(_ s: [Unicode.Scalar], _ paragraph: Range<Int>, at positions: [Int]) -> [Quote] {
        var quotes: [Quote] = []
        var open: Quote?
        var openSingle: Quote?
        let start = paragraph.lowerBound, end = paragraph.upperBound

        func before(_ i: Int) -> Unicode.Scalar? { i > start ? s[i - 1] : nil }
        func after(_ i: Int) -> Unicode.Scalar? { i + 1 < end ? s[i + 1] : nil }
        func isSpaceOrNone(_ c: Unicode.Scalar?) -> Bool { c == nil || c == " " }
        func isLetterOrDigit(_ c: Unicode.Scalar?) -> Bool { c.map(TokenizedText.isWordScalar) ?? false }

        for i in positions {
            let c = s[i]
            let v = c.value
            // Quote marks are " (0x22) and ‘ ’ ‚ “ ” „ (0x2018…0x201E): everything else is skipped at once.
            if v != 0x22 && (v < 0x2018 || v > 0x201E) { continue }
            if isDouble(c) {
                let prev = before(i), next = after(i)
                if var q = open {
                    // Closing: after a non-space, or an explicit closing mark; an opening mark set wrong
                    // way round after a comma or a stop and before a space closes too ("…Kemendikdasmen,“ kata dia").
                    let closes = c == "”" || c == "\"" ? !isSpaceOrNone(prev) || isSpaceOrNone(next)
                        : c == "“" && (prev == "," || prev == "." || prev == "?" || prev == "!") && isSpaceOrNone(next)
                    if closes {
                        if let single = openSingle { q.inner.append(single); openSingle = nil }
                        q.close = i
                        quotes.append(q)
                        open = nil
                    } else if (c == "“" || c == "„") || isSpaceOrNone(prev) {
                        // A new quotation starts while one is open: the first was never closed.
                        quotes.append(q)
                        open = Quote(open: i, close: nil, isSingle: false)
                    }
                } else {
                    let opens = c == "“" || c == "„" || (!isSpaceOrNone(next) && (isSpaceOrNone(prev) || !isLetterOrDigit(prev)))
                    if opens { open = Quote(open: i, close: nil, isSingle: false) }
                }
            } else if c == "‘" {
                if openSingle == nil && (isSpaceOrNone(before(i)) || !isLetterOrDigit(before(i))) {
                    openSingle = Quote(open: i, close: nil, isSingle: true)
                }
            } else if c == "’", var q = openSingle {
                // ’ inside a word is an apostrophe (Ma’ruf).
                if !(isLetterOrDigit(before(i)) && isLetterOrDigit(after(i))) {
                    q.close = i
                    if open != nil { open!.inner.append(q) } else { quotes.append(q) }
                    openSingle = nil
                }
            }
        }
        if var q = open {
            if let single = openSingle { q.inner.append(single); openSingle = nil }
            quotes.append(q)
        }
        if let single = openSingle, single.open + 1 < end { quotes.append(Quote(open: single.open, close: nil, isSingle: true)) }
        return quotes.sorted { $0.open < $1.open }
    }
}
