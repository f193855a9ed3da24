/// Indonesian or English, by counting the most frequent function words of each language
/// in the first 1,500 bytes.
enum LanguageGuesser {
    /// A word of up to 8 ASCII letters packed into an integer (no allocation per word).
    static func pack(_ word: String) -> UInt64 {
        var v: UInt64 = 0
        for b in word.utf8 { v = (v << 8) | UInt64(b) }
        return v
    }

    static let yang = pack("yang"), dan = pack("dan"), di = pack("di"), dengan = pack("dengan"), untuk = pack("untuk")
    static let ini = pack("ini"), itu = pack("itu"), dari = pack("dari")
    static let the = pack("the"), and = pack("and"), of = pack("of"), to = pack("to"), that = pack("that")
    static let was = pack("was"), said = pack("said"), with = pack("with")

    static func guess(_ text: String) -> Language {
        var id = 0, en = 0
        var packed: UInt64 = 0
        var length = 0
        var text = text
        text.withUTF8 { u in
            for b in u.prefix(1500) {
                if isASCIIUpper(b) || isASCIILower(b) {
                    packed = (packed << 8) | UInt64(b | 0x20)
                    length += 1
                } else if length > 0 {
                    if length <= 6 {
                        switch packed {
                        case yang, dan, di, dengan, untuk, ini, itu, dari: id += 1
                        case the, and, of, to, that, was, said, with: en += 1
                        default: break
                        }
                    }
                    packed = 0
                    length = 0
                }
            }
        }
        return en > id ? .english : .indonesian
    }
}
