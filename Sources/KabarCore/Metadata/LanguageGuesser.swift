/// Indonesian or English, by counting frequent function words.
enum LanguageGuesser {
    static let indonesian: Set<String> = ["yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "tidak",
                                          "akan", "pada", "dalam", "juga", "adalah", "karena", "bahwa", "telah", "oleh", "atau"]
    static let english: Set<String> = ["the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "are",
                                       "has", "have", "by", "from", "this", "it", "said", "be"]

    static func guess(_ text: String) -> Language {
        var id = 0, en = 0
        var word = [UInt8]()
        var examined = 0
        for b in text.utf8 {
            examined += 1
            if examined > 6000 { break }
            if isASCIIUpper(b) || isASCIILower(b) {
                word.append(b | 0x20)
            } else if !word.isEmpty {
                if word.count <= 7 {
                    let w = String(decoding: word, as: UTF8.self)
                    if indonesian.contains(w) { id += 1 } else if english.contains(w) { en += 1 }
                }
                word.removeAll(keepingCapacity: true)
            }
        }
        return en > id ? .english : .indonesian
    }
}
