/// Word hash → value, with open addressing on the hash's own bits (as `WordSet`): the
/// per-article name tables are written and read thousands of times per article, and a
/// `Dictionary` would rehash every FNV hash through SipHash and allocate as it grows.
struct WordMap<Value> {
    fileprivate struct Slot {
        /// 0 marks an empty slot.
        var key: UInt64
        var value: Value?
    }
    private var slots: [Slot] = []
    private(set) var count = 0

    /// Empty, with no storage until the first write (many articles name nobody).
    init() {}

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private static func slot(_ key: UInt64, in slots: UnsafeBufferPointer<Slot>) -> Int {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while slots[i].key != 0 && slots[i].key != key { i = (i &+ 1) & mask }
        return i
    }

    /// Hash 0 (punctuation) is never stored: reading it gives nil, writing it does nothing.
    subscript(key: UInt64) -> Value? {
        get {
            guard key != 0, !slots.isEmpty else { return nil }
            return slots.withUnsafeBufferPointer { $0[Self.slot(key, in: $0)].value }
        }
        set {
            guard key != 0 else { return }
            if slots.isEmpty {
                guard newValue != nil else { return }
                slots = Array(repeating: Slot(key: 0, value: nil), count: 32)
            }
            let added = slots.withUnsafeMutableBufferPointer { buffer -> Bool in
                let i = Self.slot(key, in: UnsafeBufferPointer(buffer))
                if buffer[i].key == 0 {
                    guard newValue != nil else { return false }
                    buffer[i].key = key
                    buffer[i].value = newValue
                    return true
                }
                // Removal is not needed by the extractor; a nil write keeps the slot with no value.
                buffer[i].value = newValue
                return false
            }
            if added {
                count += 1
                if count * 2 > slots.count { grow() }
            }
        }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(key: 0, value: nil), count: old.count * 2)
        slots.withUnsafeMutableBufferPointer { buffer in
            for entry in old where entry.key != 0 {
                buffer[Self.slot(entry.key, in: UnsafeBufferPointer(buffer))] = entry
            }
        }
    }
}

extension WordMap: Sendable where Value: Sendable {}
extension WordMap.Slot: Sendable where Value: Sendable {}
