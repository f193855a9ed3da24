/// An in-memory screen: views draw here, and only the terminal backend writes it out.
/// Tests read cells and lines back without a terminal.
public struct Buffer: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Writes `text` from column `x` on row `y`, clipped at `x + maxWidth` or the buffer's edge.
    /// Text that does not fit ends in "…" where it was cut (`Ellipsis.fit`: never inside a
    /// number), so no view can show a cut line as if it were whole. Grapheme clusters are never
    /// split. Returns the column after the last one written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let limit = min(width, x + (maxWidth ?? width))
        let room = limit - x
        guard room > 0 else { return x }
        var text = text
        if text.utf8.count > room, DisplayWidth.of(text) > room { text = Ellipsis.fit(text, width: room) }
        var col = x
        for character in text {
            // The cluster's scalars, read without making an array: most are a single scalar.
            let scalars = character.unicodeScalars
            var w = 0
            for s in scalars { w += DisplayWidth.of(s) }
            if w == 0 {
                // A lone combining mark attaches to the previous cell.
                if col > x, col - 1 < width { for s in scalars { self[col - 1, y].append(s) } }
                continue
            }
            if col + w > limit {
                if col < limit { self[col, y] = Cell(" ", style: style) }
                return limit
            }
            if col >= 0 {
                var cell: Cell?
                for s in scalars {
                    let shown = Self.printable(s)
                    if cell == nil { cell = Cell(shown, style: style) } else { cell!.append(shown) }
                }
                if let cell { self[col, y] = cell }
            }
            if w == 2, col + 1 < width { self[col + 1, y] = Cell([], style: style, isContinuation: true) }
            col += w
        }
        return col
    }

    /// A control character shows as U+FFFD: it never reaches the terminal.
    @inline(__always)
    private static func printable(_ s: Unicode.Scalar) -> Unicode.Scalar {
        s.value < 0x20 || (0x7F...0x9F).contains(s.value) ? Unicode.Scalar(0xFFFD)! : s
    }

    /// Writes `text`, then lays each span's style over its scalar range (claims, cue words,
    /// differences), at the display columns those scalars occupy.
    public mutating func put(_ text: String, x: Int, y: Int, style: Style, spans: [(range: Range<Int>, style: Style)], maxWidth: Int) {
        put(text, x: x, y: y, style: style, maxWidth: maxWidth)
        guard !spans.isEmpty else { return }
        let scalars = Array(text.unicodeScalars)
        for span in spans where span.range.upperBound <= scalars.count {
            let column = x + scalars[0..<span.range.lowerBound].reduce(0) { $0 + DisplayWidth.of($1) }
            guard column < x + maxWidth else { continue }
            var piece = ""
            piece.unicodeScalars.append(contentsOf: scalars[span.range])
            put(piece, x: column, y: y, style: span.style, maxWidth: x + maxWidth - column)
        }
    }

    /// Fills a row span with a style (for bars and selections).
    public mutating func fill(y: Int, from x0: Int = 0, to x1: Int? = nil, style: Style) {
        guard y >= 0, y < height else { return }
        for x in max(0, x0)..<min(width, x1 ?? width) { self[x, y] = Cell(" ", style: style) }
    }

    /// The text of row `y`, continuation cells skipped, trailing spaces kept.
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<width where !self[x, y].isContinuation {
            s.unicodeScalars.append(contentsOf: self[x, y].scalars)
        }
        return s
    }

    /// Every row, trailing spaces trimmed (for tests and plain-text dumps).
    public var lines: [String] {
        (0..<height).map { y in
            var l = line(y)
            while l.last == " " { l.removeLast() }
            return l
        }
    }
}
