/// Text cut to a width with "…" where it was cut. A cut never splits a number ("Tawarkan 100 Ri"
/// would read as a figure) nor leaves one without its unit ("212…"): such a word goes whole.
enum Ellipsis {
    static func fit(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        guard DisplayWidth.of(text) > width else { return text }
        // Only spaces past the edge: nothing is lost.
        var trimmed = Substring(text)
        while trimmed.last?.isWhitespace == true { trimmed.removeLast() }
        if DisplayWidth.of(String(trimmed)) <= width { return String(trimmed) }
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
        if let next, !next.isWhitespace {
            let wordStart = kept.lastIndex(where: \.isWhitespace) ?? -1
            let previousStart = wordStart > 0 ? (kept[..<wordStart].lastIndex(where: \.isWhitespace) ?? -1) : wordStart
            let unitOfANumber = wordStart > 0 && kept[(previousStart + 1)..<wordStart].contains(where: \.isNumber)
            if kept[(wordStart + 1)...].contains(where: \.isNumber) || next.isNumber || unitOfANumber {
                // With no space before it, the whole cut word goes: "…" alone, never "30…" for 300;
                // a cut unit goes too, and its number after it below ("5 clai…" is no count).
                kept.removeSubrange((wordStart + 1)...)
            }
        }
        while kept.last?.isWhitespace == true { kept.removeLast() }
        // A number whose unit was cut off ("Lombar, 212…") reads as cut too: it goes with its unit.
        if let lastSpace = kept.lastIndex(where: \.isWhitespace), kept[(lastSpace + 1)...].contains(where: \.isNumber) {
            kept.removeSubrange(lastSpace...)
        }
        // No dangling separator before the mark ("headline ·…").
        while let last = kept.last, last.isWhitespace || Self.separators.contains(last) { kept.removeLast() }
        return String(kept) + "…"
    }

    static let separators: Set<Character> = [",", "·", "—", "–", "-", ":", ";", "|", "("]
}
