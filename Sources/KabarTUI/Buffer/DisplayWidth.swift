import CNCursesW
#if canImport(Glibc)
import Glibc
#endif

/// Terminal column widths, from the C library's wcwidth (locale must be UTF-8).
public enum DisplayWidth {
    /// Columns one scalar takes: 0 for combining marks, 2 for wide East Asian characters,
    /// 1 otherwise. Control characters never reach here (the sanitiser removed them); if one
    /// does, it counts as 1 and is drawn as a replacement character.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return 1 }
        if v < 0x20 || (0x7F...0x9F).contains(v) { return 1 }
        // Combining marks are zero-width even where the C locale is not set up.
        if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark { return 0 }
        let w = Int(kabar_wcwidth(wchar_t(bitPattern: v)))
        if w >= 0 { return w }
        // wcwidth answers -1 outside a UTF-8 locale: fall back to the East Asian Wide ranges.
        return isWide(v) || scalar.properties.isEmojiPresentation ? 2 : 1
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
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
