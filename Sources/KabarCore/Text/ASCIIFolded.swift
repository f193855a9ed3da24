#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lowercase ASCII prefixes bucketed by first byte, so a line is compared only with the
/// patterns that can match it.
struct PrefixSet: Sendable {
    private var buckets = [[[UInt8]]](repeating: [], count: 256)

    init(_ patterns: [String]) {
        for p in patterns {
            let bytes = Array(p.utf8)
            if let first = bytes.first { buckets[Int(first)].append(bytes) }
        }
    }

    func matchesPrefix(of line: ASCIIFolded) -> Bool {
        guard let first = line.bytes.first else { return false }
        for pattern in buckets[Int(first)] where pattern.count <= line.bytes.count {
            var k = 1
            while k < pattern.count && line.bytes[k] == pattern[k] { k += 1 }
            if k == pattern.count { return true }
        }
        return false
    }
}

/// A line's bytes with ASCII letters lowercased, for fast case-insensitive pattern checks.
/// Non-ASCII bytes are kept as they are, so offsets match the original UTF-8.
struct ASCIIFolded: Sendable {
    let bytes: [UInt8]

    init(_ string: String) {
        var out = [UInt8]()
        out.reserveCapacity(string.utf8.count)
        for b in string.utf8 { out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
        bytes = out
    }

    init<S: Sequence>(bytes: S) where S.Element == UInt8 {
        self.bytes = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }

    /// The lowercased line without surrounding spaces and punctuation (". : ! ? * - | > • – — » ›"),
    /// for comparing whole short lines with a word list. Nil for long lines.
    var key: String? {
        guard bytes.count <= 64 else { return nil }
        var s = 0, e = bytes.count
        func trimmable(_ i: Int, forward: Bool) -> Int {
            // Returns the byte length of a trimmable character at i (forward) or ending at i (backward), else 0.
            let b = bytes[i]
            if b == 0x20 || b == 0x2E || b == 0x3A || b == 0x21 || b == 0x3F || b == 0x2A || b == 0x2D || b == 0x7C || b == 0x3E {
                return 1
            }
            if forward {
                if b == 0xE2 && i + 2 < e && bytes[i + 1] == 0x80 && [0xA2, 0x93, 0x94, 0xBA].contains(bytes[i + 2]) { return 3 }
                if b == 0xC2 && i + 1 < e && bytes[i + 1] == 0xBB { return 2 }
            } else {
                if i >= 2 && bytes[i - 2] == 0xE2 && bytes[i - 1] == 0x80 && [0xA2, 0x93, 0x94, 0xBA].contains(b) { return 3 }
                if i >= 1 && bytes[i - 1] == 0xC2 && b == 0xBB { return 2 }
            }
            return 0
        }
        while s < e { let k = trimmable(s, forward: true); if k == 0 { break }; s += k }
        while e > s { let k = trimmable(e - 1, forward: false); if k == 0 { break }; e -= k }
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }

    func hasPrefix(_ lowercasePattern: String) -> Bool {
        var i = 0
        for p in lowercasePattern.utf8 {
            guard i < bytes.count, bytes[i] == p else { return false }
            i += 1
        }
        return true
    }

    func hasSuffix(_ lowercasePattern: String) -> Bool {
        let pat = Array(lowercasePattern.utf8)
        guard pat.count <= bytes.count else { return false }
        return bytes[(bytes.count - pat.count)...].elementsEqual(pat)
    }

    func contains(_ lowercasePattern: String) -> Bool {
        firstIndex(of: lowercasePattern) != nil
    }

    func firstIndex(of lowercasePattern: String, from start: Int = 0) -> Int? {
        var pattern = lowercasePattern
        return pattern.withUTF8 { pat -> Int? in
            guard !pat.isEmpty, start >= 0, pat.count <= bytes.count - start else { return nil }
            return bytes.withUnsafeBufferPointer { hay -> Int? in
                // memchr finds candidate first bytes at C speed; memcmp confirms.
                let base = hay.baseAddress!
                var i = start
                let last = hay.count - pat.count
                while i <= last {
                    guard let hit = memchr(base + i, Int32(pat[0]), last - i + 1) else { return nil }
                    let at = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                    if memcmp(base + at, pat.baseAddress!, pat.count) == 0 { return at }
                    i = at + 1
                }
                return nil
            }
        }
    }

    /// Last occurrence of an ASCII pattern (lowercase).
    func lastIndex(of lowercasePattern: String) -> Int? {
        var found: Int?
        var from = 0
        while let i = firstIndex(of: lowercasePattern, from: from) { found = i; from = i + 1 }
        return found
    }

    /// True when the pattern occurs as a whole word (ASCII letters/digits do not touch it).
    func containsWord(_ lowercasePattern: String) -> Bool {
        let patLen = lowercasePattern.utf8.count
        var from = 0
        while let i = firstIndex(of: lowercasePattern, from: from) {
            let beforeOK = i == 0 || !isASCIIAlnum(bytes[i - 1])
            let after = i + patLen
            let afterOK = after >= bytes.count || !isASCIIAlnum(bytes[after])
            if beforeOK && afterOK { return true }
            from = i + 1
        }
        return false
    }
}

@inline(__always) func isASCIIAlnum(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
}

@inline(__always) func isASCIIDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

@inline(__always) func isASCIIUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }

@inline(__always) func isASCIILower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }

/// Counts Unicode scalars in UTF-8 bytes (every byte that is not a continuation byte).
@inline(__always) func scalarCount<C: Collection>(_ utf8: C) -> Int where C.Element == UInt8 {
    var n = 0
    for b in utf8 where b & 0xC0 != 0x80 { n += 1 }
    return n
}

extension String {
    /// Number of space-separated words (byte scan; no Character work).
    var wordCount: Int {
        var count = 0
        var inWord = false
        for b in utf8 {
            if b == 0x20 { inWord = false } else if !inWord { count += 1; inWord = true }
        }
        return count
    }

    /// Splits on an ASCII byte without Character segmentation.
    func splitBytes(_ separator: UInt8) -> [String] {
        utf8.split(separator: separator).map { String(Substring($0)) }
    }

    /// The string with leading and trailing spaces and newlines removed (ASCII whitespace only).
    var trimmedASCII: String {
        let u = utf8
        var start = u.startIndex
        var end = u.endIndex
        while start < end, u[start] == 0x20 || u[start] == 0x0A { start = u.index(after: start) }
        while end > start {
            let before = u.index(before: end)
            if u[before] == 0x20 || u[before] == 0x0A { end = before } else { break }
        }
        if start == u.startIndex && end == u.endIndex { return self }
        return String(self[start..<end])
    }

    /// Runs of spaces collapsed to one.
    var collapsingSpaces: String {
        var hasDouble = false
        var previousSpace = false
        for b in utf8 {
            if b == 0x20 && previousSpace { hasDouble = true; break }
            previousSpace = b == 0x20
        }
        if !hasDouble { return self }
        var out = [UInt8]()
        out.reserveCapacity(utf8.count)
        var lastSpace = false
        for b in utf8 {
            if b == 0x20 {
                if !lastSpace { out.append(b) }
                lastSpace = true
            } else {
                out.append(b)
                lastSpace = false
            }
        }
        if out.count == utf8.count { return self }
        return String(decoding: out, as: UTF8.self)
    }
}
