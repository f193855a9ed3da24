/// Makes untrusted article bytes safe to measure and display.
///
/// One pass over the bytes: decodes UTF-8 (invalid bytes read as Windows-1252, or the whole
/// input when a single-byte charset is declared and the bytes are not UTF-8), decodes HTML
/// character references, turns CRLF and CR into LF, and removes every character that could
/// move the cursor or change how text is drawn: C0 controls except newline (tab becomes a
/// space), whole escape sequences, DEL, C1 controls, bidi embeddings/overrides/isolates,
/// zero-width and other invisible format characters. No-break and typographic spaces become
/// plain spaces. "Â±"-style mojibake (UTF-8 read as Latin-1) is repaired.
public struct Sanitizer: Sendable {
    public struct Output: Sendable {
        public var text: String
        public var encoding: TextEncoding
        /// Number of characters removed because they were controls or invisible formatting.
        public var removedControls: Int
    }

    public var decodesEntities: Bool

    public init(decodesEntities: Bool = true) {
        self.decodesEntities = decodesEntities
    }

    public func sanitize(_ string: String) -> String {
        var s = string
        return s.withUTF8 { sanitize(bytes: $0, declared: .utf8).text }
    }

    public func sanitize(_ bytes: [UInt8], declared: TextEncoding? = nil) -> Output {
        bytes.withUnsafeBufferPointer { sanitize(bytes: $0, declared: declared) }
    }

    public func sanitize(bytes p: UnsafeBufferPointer<UInt8>, declared: TextEncoding?) -> Output {
        // Validating up front is only needed to honour a declared single-byte charset; otherwise
        // invalid sequences are noticed (and read as Windows-1252) while decoding.
        let singleByte = declared == .windows1252 && !isValidUTF8(p)
        var sawInvalid = false

        var w = ScalarWriter(capacity: p.count)
        let n = p.count
        var i = 0

        while i < n {
            let b = p[i]
            if b >= 0x20 && b < 0x7F && b != 0x26 {
                if w.pendingMojibakeLead == 0 {
                    // Copy the whole run of plain printable ASCII at once.
                    var j = i + 1
                    while j < n {
                        let c = p[j]
                        if c < 0x20 || c >= 0x7F || c == 0x26 { break }
                        j += 1
                    }
                    w.out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<j]))
                    w.lastWasCR = false
                    i = j
                    continue
                }
                w.emit(UInt32(b)); i += 1; continue
            }
            if b == 0x1B {
                // Drop the whole escape sequence, not only ESC, so "[31m" does not remain.
                w.removed += 1
                i = Sanitizer.skipEscapeSequence(p, from: i)
                continue
            }
            if b == 0x26, decodesEntities, let (scalar, next) = HTMLEntities.decode(p, at: i) {
                w.emit(scalar); i = next; continue
            }
            if b < 0x80 { w.emit(UInt32(b)); i += 1; continue }
            if singleByte {
                let s = windows1252Scalar(b)
                if s == 0 { w.removed += 1 } else { w.emit(s) }
                i += 1; continue
            }
            let (scalar, len) = decodeUTF8Scalar(p, at: i)
            if len == 0 {
                sawInvalid = true
                let s = windows1252Scalar(b)
                if s == 0 { w.removed += 1 } else { w.emit(s) }
                i += 1
            } else {
                if scalar == 0x9B { // C1 CSI: drop its parameters too
                    w.removed += 1
                    i = Sanitizer.skipCSIParameters(p, from: i + len)
                    continue
                }
                w.emit(scalar); i += len
            }
        }
        if w.pendingMojibakeLead != 0 { appendUTF8(w.pendingMojibakeLead, to: &w.out) }
        let encoding: TextEncoding = singleByte ? .windows1252 : (sawInvalid ? .utf8WithFallback : .utf8)
        return Output(text: String(decoding: w.out, as: UTF8.self), encoding: encoding, removedControls: w.removed)
    }

    /// `from` points at ESC. Returns the index after the sequence.
    static func skipEscapeSequence(_ p: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        let n = p.count
        var i = from + 1
        guard i < n else { return i }
        let c = p[i]
        switch c {
        case UInt8(ascii: "["):
            return skipCSIParameters(p, from: i + 1)
        case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "X"), UInt8(ascii: "^"), UInt8(ascii: "_"):
            // OSC / DCS / SOS / PM / APC: up to BEL or ESC \ (bounded so a stray ESC cannot eat a file).
            i += 1
            let limit = min(n, i + 4096)
            while i < limit {
                if p[i] == 0x07 { return i + 1 }
                if p[i] == 0x1B { return i + 1 < n && p[i + 1] == UInt8(ascii: "\\") ? i + 2 : i + 1 }
                if p[i] == 0x0A { return i }
                i += 1
            }
            return i
        case 0x20...0x2F:
            // nF escape: intermediates then one final byte.
            while i < n, p[i] >= 0x20, p[i] <= 0x2F { i += 1 }
            return i < n ? i + 1 : i
        case 0x30...0x7E:
            return i + 1
        default:
            return i
        }
    }

    static func skipCSIParameters(_ p: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        let n = p.count
        var i = from
        let limit = min(n, from + 256)
        while i < limit, p[i] >= 0x20, p[i] <= 0x3F { i += 1 }
        if i < n, p[i] >= 0x40, p[i] <= 0x7E { return i + 1 }
        return i
    }
}

/// The output side of the sanitiser: filters each decoded scalar and appends it as UTF-8.
struct ScalarWriter {
    var out: [UInt8]
    var removed = 0
    /// Â or Ã waiting to see the next scalar (mojibake repair).
    var pendingMojibakeLead: UInt32 = 0
    var lastWasCR = false

    init(capacity: Int) {
        out = []
        out.reserveCapacity(capacity)
    }

    @inline(__always)
    mutating func emit(_ scalarIn: UInt32) {
        var scalar = scalarIn
        if pendingMojibakeLead != 0 {
            let lead = pendingMojibakeLead
            pendingMojibakeLead = 0
            if scalar >= 0xA0 && scalar <= 0xBF {
                // "Â±" is ± and "Ã©" is é: the pair was one UTF-8 character read as Latin-1.
                scalar = ((lead & 0x1F) << 6) | (scalar & 0x3F)
            } else {
                appendUTF8(lead, to: &out)
            }
        }
        if scalar == 0xC2 || scalar == 0xC3 {
            pendingMojibakeLead = scalar
            return
        }
        if scalar < 0x80 {
            if scalar >= 0x20 && scalar != 0x7F {
                out.append(UInt8(scalar)); lastWasCR = false; return
            }
            switch scalar {
            case 0x0A:
                if !lastWasCR { out.append(0x0A) }
                lastWasCR = false
            case 0x0D:
                out.append(0x0A); lastWasCR = true
            case 0x09, 0x0B, 0x0C:
                out.append(0x20); lastWasCR = false
            default:
                removed += 1; lastWasCR = false
            }
            return
        }
        lastWasCR = false
        switch scalar {
        case 0x80...0x9F, 0xAD, 0x061C, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x206F,
             0xFEFF, 0xFFF9...0xFFFB, 0xE0000...0xE007F:
            removed += 1
        case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x1680:
            out.append(0x20)
        case 0x2028, 0x2029:
            out.append(0x0A)
        default:
            appendUTF8(scalar, to: &out)
        }
    }
}
