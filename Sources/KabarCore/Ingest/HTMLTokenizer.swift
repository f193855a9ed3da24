/// A forgiving HTML tokenizer over bytes: start tags (with attributes), end tags and text.
/// Comments, doctypes and processing instructions are skipped; the content of raw-text
/// elements (script, style, …) is skipped whole. Malformed markup never stops it.
struct HTMLTokenizer {
    enum Token {
        case start(name: String, attributes: [String: String], selfClosing: Bool)
        case end(name: String)
        case text(ArraySlice<UInt8>)
    }

    static let skippedContent: Set<String> = ["script", "style", "noscript", "template", "svg", "iframe", "textarea", "object", "canvas"]

    let bytes: [UInt8]
    var i = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func next() -> Token? {
        let n = bytes.count
        guard i < n else { return nil }
        if bytes[i] != UInt8(ascii: "<") {
            let start = i
            while i < n && bytes[i] != UInt8(ascii: "<") { i += 1 }
            return .text(bytes[start..<i])
        }
        // bytes[i] == "<"
        if i + 3 < n && bytes[i + 1] == UInt8(ascii: "!") && bytes[i + 2] == UInt8(ascii: "-") && bytes[i + 3] == UInt8(ascii: "-") {
            i = find("-->", from: i + 4).map { $0 + 3 } ?? n
            return next()
        }
        if i + 1 < n && (bytes[i + 1] == UInt8(ascii: "!") || bytes[i + 1] == UInt8(ascii: "?")) {
            i = find(">", from: i + 2).map { $0 + 1 } ?? n
            return next()
        }
        if i + 1 < n && bytes[i + 1] == UInt8(ascii: "/") {
            var j = i + 2
            let nameStart = j
            while j < n && isNameByte(bytes[j]) { j += 1 }
            let name = lowerName(nameStart, j)
            i = find(">", from: j).map { $0 + 1 } ?? n
            return name.isEmpty ? next() : .end(name: name)
        }
        var j = i + 1
        let nameStart = j
        while j < n && isNameByte(bytes[j]) { j += 1 }
        if j == nameStart {
            // A lone "<" in text.
            i += 1
            return .text(bytes[(i - 1)..<i])
        }
        let name = lowerName(nameStart, j)
        var attributes: [String: String] = [:]
        var selfClosing = false
        // Attributes.
        while j < n {
            while j < n && isSpace(bytes[j]) { j += 1 }
            guard j < n else { break }
            if bytes[j] == UInt8(ascii: ">") { j += 1; break }
            if bytes[j] == UInt8(ascii: "/") { selfClosing = true; j += 1; continue }
            let aStart = j
            while j < n && !isSpace(bytes[j]) && bytes[j] != UInt8(ascii: "=") && bytes[j] != UInt8(ascii: ">")
                && bytes[j] != UInt8(ascii: "/") { j += 1 }
            let aName = lowerName(aStart, j)
            while j < n && isSpace(bytes[j]) { j += 1 }
            var value = ""
            if j < n && bytes[j] == UInt8(ascii: "=") {
                j += 1
                while j < n && isSpace(bytes[j]) { j += 1 }
                if j < n && (bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'")) {
                    let q = bytes[j]
                    let vStart = j + 1
                    var k = vStart
                    while k < n && bytes[k] != q { k += 1 }
                    value = String(decoding: bytes[vStart..<min(k, n)], as: UTF8.self)
                    j = min(k + 1, n)
                } else {
                    let vStart = j
                    while j < n && !isSpace(bytes[j]) && bytes[j] != UInt8(ascii: ">") { j += 1 }
                    value = String(decoding: bytes[vStart..<j], as: UTF8.self)
                }
            }
            if !aName.isEmpty && attributes[aName] == nil { attributes[aName] = value }
            if j == aStart { j += 1 }
        }
        i = j
        if HTMLTokenizer.skippedContent.contains(name) && !selfClosing {
            // Skip to the matching end tag.
            let close = Array("</\(name)".utf8)
            var k = i
            while let pos = find(close, from: k) {
                let after = pos + close.count
                if after >= n || !isNameByte(bytes[after]) {
                    i = find(">", from: after).map { $0 + 1 } ?? n
                    return .end(name: name)
                }
                k = after
            }
            i = n
            return .end(name: name)
        }
        return .start(name: name, attributes: attributes, selfClosing: selfClosing)
    }

    private func lowerName(_ a: Int, _ b: Int) -> String {
        String(decoding: bytes[a..<b].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    private func isNameByte(_ b: UInt8) -> Bool { isASCIIAlnum(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: ":") || b == UInt8(ascii: "_") }
    private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C }

    private func find(_ s: String, from: Int) -> Int? { find(Array(s.utf8), from: from) }

    /// Case-insensitive search for an ASCII pattern.
    private func find(_ pat: [UInt8], from: Int) -> Int? {
        let n = bytes.count
        guard let first = pat.first, from <= n - pat.count else { return nil }
        var k = from
        while k <= n - pat.count {
            if (bytes[k] | 0x20) == (first | 0x20) {
                var m = 1
                while m < pat.count && (bytes[k + m] | 0x20) == (pat[m] | 0x20) { m += 1 }
                if m == pat.count { return k }
            }
            k += 1
        }
        return nil
    }
}
