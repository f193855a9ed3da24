/// UTF-16 text, as Windows editors save it: recognised by its byte-order mark.
enum UTF16Text {
    /// The UTF-8 bytes of `bytes` when they open with a UTF-16 byte-order mark (FF FE little-endian,
    /// FE FF big-endian), nil otherwise. An unpaired surrogate or an odd last byte becomes U+FFFD.
    static func utf8(fromBOM bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= 2 else { return nil }
        let littleEndian: Bool
        switch (bytes[0], bytes[1]) {
        case (0xFF, 0xFE): littleEndian = true
        case (0xFE, 0xFF): littleEndian = false
        default: return nil
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        for scalar in Unicode.UTF16.decode(units) { appendUTF8(scalar.value, to: &out) }
        if i < bytes.count { appendUTF8(0xFFFD, to: &out) }
        return out
    }
}

extension Unicode.UTF16 {
    /// The scalars of `units`, an ill-formed sequence read as U+FFFD.
    static func decode(_ units: [UInt16]) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(units.count)
        var iterator = units.makeIterator()
        var decoder = Unicode.UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): scalars.append(s)
            case .error: scalars.append("\u{FFFD}")
            case .emptyInput: break loop
            }
        }
        return scalars
    }
}
