/// Word hash → value, with open addressing on the hash's own bits (as `WordSet`): the
/// per-article name tables are written and read thousands of times per article, and a
/// `Dictionary` would rehash every FNV hash through SipHash and allocate as it grows.
struct WordMap<Value> {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    private(set) var count = 0

    /// Empty, with no storage until the first write (many articles name nobody).
    init() {
        keys = []
        values = []
        mask = -1
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while keys[i] != 0 && keys[i] != key { i = (i &+ 1) & mask }
        return i
    }

    /// Hash 0 (punctuation) is never stored: reading it gives nil, writing it does nothing.
    subscript(key: UInt64) -> Value? {
        get { key == 0 || keys.isEmpty ? nil : values[slot(key)] }
        set {
            guard key != 0 else { return }
            if keys.isEmpty {
                guard newValue != nil else { return }
                keys = Array(repeating: 0, count: 32)
                values = Array(repeating: nil, count: 32)
                mask = 31
            }
            let i = slot(key)
            if keys[i] == 0 {
                guard let newValue else { return }
                keys[i] = key
                values[i] = newValue
                count += 1
                if count * 2 > keys.count { grow() }
            } else {
                // Removal is not needed by the extractor; a nil write keeps the slot with no value.
                values[i] = newValue
            }
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: nil, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (k, key) in oldKeys.enumerated() where key != 0 {
            let i = slot(key)
            keys[i] = key
            values[i] = oldValues[k]
        }
    }
}
