/// Word-wraps text to a column width by display width, never splitting a grapheme cluster.
/// A word longer than the width is broken between clusters.
public enum TextWrapper {
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
