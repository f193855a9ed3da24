/// Untrusted strings that are printed on one line: file names, paths, record fields, queries.
extension Sanitizer {
    /// `string` with every control sequence, bidi override and invisible format character removed
    /// (as for article text, without decoding HTML references) and line breaks turned into
    /// spaces, so a hostile name can neither drive the terminal nor forge a line of output.
    public static func oneLine(_ string: String) -> String {
        let clean = Sanitizer(decodesEntities: false).sanitize(string)
        guard clean.utf8.contains(0x0A) else { return clean }
        return String(clean.map { $0 == "\n" ? " " : $0 })
    }
}
