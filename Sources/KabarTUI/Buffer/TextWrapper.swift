/// Word-wraps text to a column width by display width, never splitting a grapheme cluster.
/// A word longer than the width is broken between clusters.
public enum TextWrapper {
    /// Wraps one paragraph (no newlines) and returns each line with the scalar range it covers in
    /// `text`, so styled ranges (claims) can be laid over the wrapped lines.
    public static func wrapWithRanges(_ text: String, width: Int) -> [(line: String, range: Range<Int>)] {
        guard width > 0 else { return [] }
        let scalars = Array(text.unicodeScalars)
        var words: [Range<Int>] = []
        var i = 0
        while i < scalars.count {
            if scalars[i] == " " { i += 1; continue }
            let start = i
            while i < scalars.count && scalars[i] != " " { i += 1 }
            words.append(start..<i)
        }
        func columns(_ r: Range<Int>) -> Int { scalars[r].reduce(0) { $0 + DisplayWidth.of($1) } }
        func string(_ r: Range<Int>) -> String { var s = ""; s.unicodeScalars.append(contentsOf: scalars[r]); return s }
        var lines: [(String, Range<Int>)] = []
        var lineStart: Int?
        var lineEnd = 0
        var lineWidth = 0
        for w in words {
            let ww = columns(w)
            if let ls = lineStart, lineWidth + 1 + ww <= width {
                lineEnd = w.upperBound
                lineWidth = columns(ls..<lineEnd)
                continue
            }
            if let ls = lineStart { lines.append((string(ls..<lineEnd), ls..<lineEnd)) }
            if ww <= width {
                lineStart = w.lowerBound; lineEnd = w.upperBound; lineWidth = ww
            } else {
                // An over-long word is cut between scalars (combining marks stay with their base).
                var from = w.lowerBound
                var acc = 0
                var k = w.lowerBound
                while k < w.upperBound {
                    let cw = DisplayWidth.of(scalars[k])
                    if acc + cw > width && k > from {
                        lines.append((string(from..<k), from..<k))
                        from = k; acc = 0
                    }
                    acc += cw
                    k += 1
                }
                lineStart = from; lineEnd = w.upperBound; lineWidth = acc
            }
        }
        if let ls = lineStart { lines.append((string(ls..<lineEnd), ls..<lineEnd)) }
        if lines.isEmpty { lines.append(("", 0..<0)) }
        return lines
    }

    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                let w = DisplayWidth.of(String(word))
                if lineWidth > 0 && lineWidth + 1 + w <= width {
                    line += " " + word
                    lineWidth += 1 + w
                    continue
                }
                if lineWidth > 0 { lines.append(line); line = ""; lineWidth = 0 }
                if w <= width {
                    line = String(word)
                    lineWidth = w
                    continue
                }
                // Break an over-long word between grapheme clusters.
                for character in word {
                    let cw = DisplayWidth.of(String(character))
                    if lineWidth + cw > width && lineWidth > 0 { lines.append(line); line = ""; lineWidth = 0 }
                    line.append(character)
                    lineWidth += cw
                }
            }
            lines.append(line)
        }
        return lines
    }
}
