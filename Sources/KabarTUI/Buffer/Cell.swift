/// Text style of a cell: a semantic role the theme turns into colours, plus attributes.
public struct Style: Sendable, Hashable {
    public enum Role: UInt8, Sendable, Hashable, CaseIterable {
        case text, title, dim, boilerplate, selection, statusBar, heading, caption, byline, border, notice
    }
    public var role: Role
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool

    public init(_ role: Role = .text, bold: Bool = false, underline: Bool = false, reverse: Bool = false, dim: Bool = false) {
        self.role = role
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }

    public static let plain = Style()
}

/// One screen cell: a grapheme cluster (as its scalars) and its style. A double-width
/// character occupies its cell and blanks the next (`isContinuation`).
public struct Cell: Sendable, Hashable {
    public var scalars: [Unicode.Scalar]
    public var style: Style
    public var isContinuation: Bool

    public init(_ scalars: [Unicode.Scalar] = [" "], style: Style = .plain, isContinuation: Bool = false) {
        self.scalars = scalars
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}
