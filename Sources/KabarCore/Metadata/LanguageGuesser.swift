/// Indonesian or English, by counting frequent function words.
enum LanguageGuesser {
    static let indonesian: Set<UInt64> = Set(["yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "tidak",
                                              "akan", "pada", "dalam", "juga", "adalah", "karena", "bahwa", "telah", "oleh", "atau"].map(pack))
    static let english: Set<UInt64> = Set(["the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "are",
                                           "has", "have", "by", "from", "this", "it", "said", "be"].map(pack))

    /// A word of up to 8 ASCII letters packed into an integer (no allocation per word).
    static func pack(_ word: String) -> UInt64 {
        var v: UInt64 = 0
        for b in word.utf8 { v = (v << 8) | UInt64(b) }
        return v
    }

    static func guess(_ text: String) -> Language {
        var id = 0, en = 0
        var packed: UInt64 = 0
        var length = 0
        var examined = 0
        for b in text.utf8 {
            examined += 1
            if examined > 3000 { break }
            if isASCIIUpper(b) || isASCIILower(b) {
                packed = (packed << 8) | UInt64(b | 0x20)
                length += 1
            } else if length > 0 {
                if length <= 7 {
                    if indonesian.contains(packed) { id += 1 } else if english.contains(packed) { en += 1 }
                }
                packed = 0
                length = 0
            }
        }
        return en > id ? .english : .indonesian
    }
}
