/// Whether a word opens a sentence: nothing but spaces, opening quotes and brackets stand
/// between it and the start of the text, a line break, or a full stop, question or exclamation
/// mark, colon or dash.
enum SentenceStart {
    static func opens(_ s: [Unicode.Scalar], at offset: Int) -> Bool {
        var k = offset - 1
        while k >= 0, s[k] == " " || s[k] == "\"" || s[k] == "\u{201C}" || s[k] == "(" || s[k] == "\u{2018}" || s[k] == "'" { k -= 1 }
        return k < 0 || s[k] == "." || s[k] == "!" || s[k] == "?" || s[k] == "\n" || s[k] == ":" || s[k] == "\u{2013}" || s[k] == "-"
    }
}
