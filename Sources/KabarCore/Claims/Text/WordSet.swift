/// A set of word hashes (FNV-1a from `TokenizedText.hash`) with open addressing on the hash's
/// own bits: membership costs a mask and a compare or two, with no rehashing.
struct WordSet: Sendable {
    private var slots: [UInt64]
    private let mask: Int

    init<S: Sequence>(_ hashes: S) where S.Element == UInt64 {
        let list = Array(hashes)
        var size = 16
        while size < list.count * 4 { size <<= 1 }
        mask = size - 1
        slots = Array(repeating: 0, count: size)
        for h in list where h != 0 {
            var i = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
            while slots[i] != 0 && slots[i] != h { i = (i + 1) & mask }
            slots[i] = h
        }
    }

    init(words: [String]) { self.init(words.map(TokenizedText.hash)) }

    @inline(__always)
    func contains(_ h: UInt64) -> Bool {
        // 0 marks an empty slot (and is the hash of punctuation tokens): never a member.
        if h == 0 { return false }
        var i = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while true {
            let s = slots[i]
            if s == h { return true }
            if s == 0 { return false }
            i = (i + 1) & mask
        }
    }

    /// The hashes in the set.
    var members: [UInt64] { slots.filter { $0 != 0 } }

    func subtracting(_ words: [String]) -> WordSet {
        let drop = Set(words.map(TokenizedText.hash))
        return WordSet(slots.filter { $0 != 0 && !drop.contains($0) })
    }
}

/// Word hash → small flag set, with the same open addressing as `WordSet`.
struct WordFlags: Sendable {
    private var keys: [UInt64]
    private var values: [UInt8]
    private let mask: Int

    init(_ entries: [(UInt64, UInt8)]) {
        var merged: [UInt64: UInt8] = [:]
        for (h, f) in entries where h != 0 { merged[h, default: 0] |= f }
        var size = 16
        while size < merged.count * 4 { size <<= 1 }
        mask = size - 1
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
        for (h, f) in merged {
            var i = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
            while keys[i] != 0 && keys[i] != h { i = (i + 1) & mask }
            keys[i] = h
            values[i] = f
        }
    }

    /// The table read through raw pointers: the tokenizer looks up every word.
    struct Table {
        let keys: UnsafePointer<UInt64>
        let values: UnsafePointer<UInt8>
        let mask: Int

        @inline(__always)
        func flags(_ h: UInt64) -> UInt8 {
            var i = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
            while true {
                let k = keys[i]
                if k == h { return values[i] }
                if k == 0 { return 0 }
                i = (i &+ 1) & mask
            }
        }
    }

    func withTable<R>(_ body: (Table) -> R) -> R {
        keys.withUnsafeBufferPointer { k in
            values.withUnsafeBufferPointer { v in body(Table(keys: k.baseAddress!, values: v.baseAddress!, mask: mask)) }
        }
    }
}
