/// Text cut to a width with "…" where it was cut. A cut never splits a number ("Tawarkan 100 Ri"
/// would read as a figure) nor leaves one without its unit ("212…"): such a word goes whole.
enum Ellipsis {
    static func fit(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        guard DisplayWidth.of(text) > width else { return text }
        var kept: [Character] = []
        var used = 0
        for c in text {
            let w = c.unicodeScalars.reduce(0) { $0 + DisplayWidth.of($1) }
            if used + w > width - 1 { break }
            kept.append(c)
            used += w
        }
        // Cut inside a word: drop the word when it holds a digit (the next character is no space).
        let next = text.dropFirst(kept.count).first
        if let next, !next.isWhitespace, let lastSpace = kept.lastIndex(where: \.isWhitespace),
           kept[(lastSpace + 1)...].contains(where: \.isNumber) || next.isNumber {
            kept.removeSubrange(lastSpace...)
        }
        while kept.last?.isWhitespace == true { kept.removeLast() }
        // A number whose unit was cut off ("Lombar, 212…") reads as cut too: it goes with its unit.
        if let lastSpace = kept.lastIndex(where: \.isWhitespace), kept[(lastSpace + 1)...].contains(where: \.isNumber) {
            kept.removeSubrange(lastSpace...)
            while kept.last?.isWhitespace == true || kept.last == "," { kept.removeLast() }
        }
        return String(kept) + "…"
    }
}
