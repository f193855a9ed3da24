import Foundation

/// The key under which spellings of one name meet: lowercase, accents and punctuation dropped,
/// words run together, and a few transliteration endings made one ("Kim Jong-un" and "Kim Jong
/// Un" → "kimjongun"; "Zelenskiy", "Zelenskyy", "Zelensky" → "zelensky").
public enum EntityName {
    public static func key(_ name: String) -> String {
        normalizedEnding(folded(name))
    }

    /// Letters and digits of a name, lowercased and without accents (no ending rule): the key of
    /// several words is the concatenation of their folded forms.
    static func folded(_ name: String) -> String {
        // ASCII names (almost all) byte by byte.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(name.utf8.count)
            for b in name.utf8 {
                if b >= 0x41 && b <= 0x5A { bytes.append(b + 32) }
                else if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) { bytes.append(b) }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = ""
        for s in name.unicodeScalars {
            if let folded = fold(s) { out.append(folded) }
        }
        return out
    }

    /// Transliterations of Slavic endings: -skiy, -skyy, -ski(j) → -sky.
    static func normalizedEnding(_ folded: String) -> String {
        guard folded.utf8.count >= 4, folded.utf8.last == UInt8(ascii: "y") || folded.utf8.last == UInt8(ascii: "i") || folded.utf8.last == UInt8(ascii: "j") else { return folded }
        var out = folded
        for (ending, replacement) in [("skiy", "sky"), ("skyy", "sky"), ("skyi", "sky"), ("skij", "sky")] where out.hasSuffix(ending) {
            out.removeLast(ending.count)
            out += replacement
            break
        }
        return out
    }

    /// The key of a name's last word ("Korotchenko" of "Igor Korotchenko").
    public static func lastWordKey(_ name: String) -> String {
        key(String(name.split(whereSeparator: { $0 == " " }).last ?? Substring(name)))
    }

    /// ASCII letters and digits lowercased; Latin letters with accents to their base letter; the rest dropped.
    static func fold(_ s: Unicode.Scalar) -> Character? {
        let v = s.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { return Character(Unicode.Scalar(v + 32)!) }
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) { return Character(s) }
            return nil
        }
        // Decompose and keep the base letter of accented Latin letters (é → e, ö → o).
        if let base = String(s).decomposedStringWithCanonicalMapping.unicodeScalars.first, base.value < 0x80, base.properties.isAlphabetic {
            return Character(Unicode.Scalar(base.value | 0x20)!)
        }
        return s.properties.isAlphabetic ? Character(String(s).lowercased()) : nil
    }
}
