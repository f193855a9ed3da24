/// The paragraphs of a cleaned body (article-text blocks joined by a blank line), as ranges of
/// Unicode scalars.
enum ParagraphRanges {
    static func of(_ body: String) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0, k = 0, newlines = 0
        for s in body.unicodeScalars {
            if s == "\n" {
                newlines += 1
            } else {
                if newlines > 0 {
                    let end = k - newlines
                    if end > start { result.append(start..<end) }
                    start = k
                }
                newlines = 0
            }
            k += 1
        }
        let end = k - newlines
        if end > start { result.append(start..<end) }
        return result
    }
}
