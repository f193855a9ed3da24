/// Terminal column widths from a table of kabar's own (Unicode's East Asian Wide and Fullwidth
/// ranges, emoji presentation, combining marks), never from the C library's `wcwidth`: that one
/// answers by the locale, so tests, command-line output and the terminal would measure apart.
/// The terminal backend places every cell itself, so a character the terminal measures otherwise
/// cannot shift the rest of the row.
public enum DisplayWidth {
    /// Columns one scalar takes: 0 for combining marks, 2 for wide East Asian characters,
    /// 1 otherwise. Control characters never reach here (the sanitiser removed them); if one
    /// does, it counts as 1 and is drawn as a replacement character.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return 1 }
        if v < 0x20 || (0x7F...0x9F).contains(v) { return 1 }
        if v < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        // Hangul's medial vowels and final consonants join the syllable before them.
        if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return 0 }
        return isWide(v) || scalar.properties.isEmojiPresentation ? 2 : 1
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
             0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Columns a string takes.
    public static func of(_ s: String) -> Int {
        var total = 0
        for scalar in s.unicodeScalars { total += of(scalar) }
        return total
    }
}
