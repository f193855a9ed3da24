/// Text style of a cell: a semantic role the theme turns into colours, plus attributes.
public struct Style: Sendable, Hashable {
    public enum Role: UInt8, Sendable, Hashable, CaseIterable {
        case text, title, dim, boilerplate, selection, statusBar, heading, caption, byline, border, notice
        case claimDirect, claimPartial, claimIndirect, claimHedged
        /// Compare: a number, date or name one side has and the other lacks; another differing word; a filler side.
        case conflict, changed, filler
        /// Entity kinds in the entity screens.
        case entityPerson, entityOrganisation, entityPlace
        case speaker0, speaker1, speaker2, speaker3, speaker4, speaker5

        /// The same speaker gets the same colour in every article (a stable hash of the name).
        public static func speaker(_ name: String) -> Role {
            var h: UInt32 = 2166136261
            for b in name.lowercased().utf8 { h = (h ^ UInt32(b)) &* 16777619 }
            return [.speaker0, .speaker1, .speaker2, .speaker3, .speaker4, .speaker5][Int(h % 6)]
        }
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
