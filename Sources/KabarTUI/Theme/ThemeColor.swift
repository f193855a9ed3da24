/// A colour as a theme writes it: a hex RGB value, one of the 8 ANSI names, or the terminal default.
public enum ThemeColor: Sendable, Hashable {
    case rgb(UInt8, UInt8, UInt8)
    case ansi(Int)          // 0 black … 7 white
    case terminalDefault

    static let ansiNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
    /// The 8 ANSI colours as RGB (xterm defaults), for choosing the nearest one.
    static let ansiRGB: [(Int, Int, Int)] = [(0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
                                             (0, 205, 205), (229, 229, 229)]

    /// Parses "#rrggbb", "#rgb", an ANSI name or "default".
    public init?(_ text: String) {
        let t = text.lowercased()
        if t == "default" || t == "none" { self = .terminalDefault; return }
        if let i = Self.ansiNames.firstIndex(of: t) { self = .ansi(i); return }
        guard t.hasPrefix("#") else { return nil }
        let hex = Array(t.dropFirst())
        func value(_ s: ArraySlice<Character>) -> UInt8? { UInt8(String(s), radix: 16) }
        if hex.count == 6, let r = value(hex[0..<2]), let g = value(hex[2..<4]), let b = value(hex[4..<6]) {
            self = .rgb(r, g, b)
        } else if hex.count == 3, let r = value(hex[0..<1]), let g = value(hex[1..<2]), let b = value(hex[2..<3]) {
            self = .rgb(r * 17, g * 17, b * 17)
        } else {
            return nil
        }
    }

    /// The nearest colour index for a terminal with `colors` colours (8, 16, 256), or -1 for default.
    public func index(forColors colors: Int) -> Int {
        switch self {
        case .terminalDefault: return -1
        case .ansi(let i): return i
        case .rgb(let r, let g, let b):
            if colors >= 256 { return Self.xterm256(Int(r), Int(g), Int(b)) }
            return Self.nearestANSI(Int(r), Int(g), Int(b))
        }
    }

    /// xterm's 6x6x6 colour cube (16…231) or its grey ramp (232…255), whichever is closer.
    static func xterm256(_ r: Int, _ g: Int, _ b: Int) -> Int {
        func level(_ v: Int) -> Int { v < 48 ? 0 : v < 115 ? 1 : (v - 35) / 40 }
        let steps = [0, 95, 135, 175, 215, 255]
        let (lr, lg, lb) = (level(r), level(g), level(b))
        let cube = 16 + 36 * lr + 6 * lg + lb
        let cubeDistance = sq(steps[lr] - r) + sq(steps[lg] - g) + sq(steps[lb] - b)
        let grey = max(0, min(23, ((r + g + b) / 3 - 8) / 10))
        let greyValue = 8 + 10 * grey
        let greyDistance = sq(greyValue - r) + sq(greyValue - g) + sq(greyValue - b)
        return greyDistance < cubeDistance ? 232 + grey : cube
    }

    static func nearestANSI(_ r: Int, _ g: Int, _ b: Int) -> Int {
        var best = 0, bestDistance = Int.max
        for (i, c) in ansiRGB.enumerated() {
            let d = sq(c.0 - r) + sq(c.1 - g) + sq(c.2 - b)
            if d < bestDistance { best = i; bestDistance = d }
        }
        return best
    }

    private static func sq(_ x: Int) -> Int { x * x }
}
