import KabarCore

/// Writes a JSON document `{"<key>": [items…], …}` to standard output an item at a time, byte for
/// byte as `JSONValue.pretty()` writes the whole document, so a long listing needs no memory for
/// what is already written.
struct JSONArrayStream {
    let key: String
    private var count = 0
    private var pending: [String] = []
    private var pendingBytes = 0

    init(key: String) { self.key = key }

    mutating func append(_ item: JSONValue) {
        let head = count == 0 ? "{\n  " + JSONValue.string(key).serialized() + ": [" : ","
        pending.append(head + "\n    " + item.pretty(level: 2))
        pendingBytes += pending[pending.count - 1].utf8.count
        count += 1
        if pendingBytes > 1 << 20 { flush() }
    }

    /// Ends the array, then the document's other keys.
    mutating func finish(rest: [(String, JSONValue)]) {
        if count == 0 { pending.append("{\n  " + JSONValue.string(key).serialized() + ": []") } else { pending.append("\n  ]") }
        for (name, value) in rest { pending.append(",\n  " + JSONValue.string(name).serialized() + ": " + value.pretty(level: 1)) }
        pending.append("\n}\n")
        flush()
    }

    private mutating func flush() {
        print(pending.joined(), terminator: "")
        pending.removeAll(keepingCapacity: true)
        pendingBytes = 0
    }
}
