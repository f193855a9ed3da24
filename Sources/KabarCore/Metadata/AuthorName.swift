/// Recognises a personal name on a byline line.
enum AuthorName {
    /// 2 to 5 words, each starting with an upper-case letter, letters (and ' . -) only.
    static func looksLikeName(_ s: String) -> Bool {
        let words = s.splitBytes(0x20)
        guard words.count >= 1, words.count <= 5, s.utf8.count <= 60 else { return false }
        if words.count == 1 && s.utf8.count < 4 { return false }
        for w in words {
            guard let first = w.utf8.first, isASCIIUpper(first) else { return false }
            for b in w.utf8 where !(isASCIIUpper(b) || isASCIILower(b) || b == UInt8(ascii: "'") || b == UInt8(ascii: ".")
                                     || b == UInt8(ascii: "-") || b >= 0x80) { return false }
        }
        let lower = s.lowercased()
        for furniture in ["penulis", "editor", "reporter", "komentar", "berita", "news", "video", "foto", "global", "baca"]
            where lower.contains(furniture) { return false }
        return true
    }

    /// Cleans "Penulis: Danur Lambang", "Oleh: X", "By X", "Reporter : X | Editor : Y".
    static func fromLabelled(_ s: String) -> String? {
        var rest = Substring(s)
        for label in ["penulis", "reporter", "oleh", "pewarta", "kontributor", "by"] {
            if rest.lowercased().hasPrefix(label) {
                rest = rest.dropFirst(label.count)
                break
            }
        }
        rest = rest.drop { $0 == " " || $0 == ":" }
        if let bar = rest.firstIndex(where: { $0 == "|" || $0 == "," || $0 == "•" }) { rest = rest[..<bar] }
        let name = String(rest).trimmedASCII
        return looksLikeName(name) ? name : nil
    }
}
