/// An article's text as scalars, cut by word or by range.
struct ScalarText {
    let scalars: [Unicode.Scalar]

    func callAsFunction(_ range: Range<Int>) -> String {
        var s = ""
        s.unicodeScalars.append(contentsOf: scalars[range])
        return s
    }

    func callAsFunction(_ word: WordSpan) -> String { self(word.range) }
}
