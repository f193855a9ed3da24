/// FNV-1a over UTF-8 bytes: the same value on every run and machine (Swift's `Hasher` is seeded
/// per process), for ids and file names derived from text.
enum StableHash {
    static func fnv1a(_ s: String, into h: UInt64 = 0xcbf29ce484222325) -> UInt64 {
        var h = h
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }

    /// A short id for `s`: 48 bits of its hash in hex.
    static func shortID(_ s: String) -> String { String(fnv1a(s) & 0xFFFF_FFFF_FFFF, radix: 16) }
}
