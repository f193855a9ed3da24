/// Words of a text read as UTF-8 bytes: runs of ASCII letters and digits (lowercased) and of
/// non-ASCII bytes, so "Korea", "100.000" (two words) and "Zelenskiy" come out without decoding.
enum ByteWords {
    /// Calls `body` with each word's lowercase bytes, in order, until it returns false.
    static func forEach(in text: String, _ body: (ArraySlice<UInt8>) -> Bool) {
        var word: [UInt8] = []
        word.reserveCapacity(32)
        for var b in text.utf8 {
            if (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b >= 0x80 {
                if b >= 0x41 && b <= 0x5A { b += 32 }
                word.append(b)
            } else if !word.isEmpty {
                if !body(word[...]) { return }
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { _ = body(word[...]) }
    }

    /// FNV-1a of lowercase bytes; equals `TokenizedText.hash` for ASCII words.
    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }
}
