/// Indonesian or English, by counting the most frequent function words of each language
/// in the first 800 bytes.
enum LanguageGuesser {
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
        var text = text
        text.withUTF8 { u in
            for b in u.prefix(800) {
                if isASCIIUpper(b) || isASCIILower(b) {
                    packed = (packed << 8) | UInt64(b | 0x20)
                    length += 1
                } else if length > 0 {
                    if length <= 6 {
                        // Literal packed words (see `pack`); static lets would cost a swift_once per word.
                        switch packed {
                        case 0x79616e67, 0x64616e, 0x6469, 0x64656e67616e, 0x756e74756b, 0x696e69, 0x697475, 0x64617269: id += 1   // yang dan di dengan untuk ini itu dari
                        case 0x746865, 0x616e64, 0x6f66, 0x746f, 0x74686174, 0x776173, 0x73616964, 0x77697468: en += 1   // the and of to that was said with
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
