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
        /// A number in the reader's text (a conflicting one takes `conflict`).
        case number

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
///
/// The first scalar is stored inline and only the rare rest of a cluster (combining marks) on
/// the heap, so a screen of cells is one flat allocation, made and freed every frame.
public struct Cell: Sendable, Hashable {
    /// The cluster's first scalar; U+0000 for a cell without scalars (a continuation).
    private var first: Unicode.Scalar
    /// The scalars after the first, when there are any.
    private var rest: [Unicode.Scalar]?
    public var style: Style
    public var isContinuation: Bool

    public init(_ scalars: [Unicode.Scalar] = [" "], style: Style = .plain, isContinuation: Bool = false) {
        first = scalars.first ?? Unicode.Scalar(0)
        rest = scalars.count > 1 ? Array(scalars.dropFirst()) : nil
        self.style = style
        self.isContinuation = isContinuation
    }

    /// A cell holding one scalar (no array is made).
    init(_ scalar: Unicode.Scalar, style: Style) {
        first = scalar
        rest = nil
        self.style = style
        isContinuation = false
    }

    public var scalars: [Unicode.Scalar] {
        if first.value == 0 && rest == nil { return [] }
        guard let rest else { return [first] }
        return [first] + rest
    }

    /// Adds a combining mark to the cluster.
    mutating func append(_ mark: Unicode.Scalar) {
        if first.value == 0 && rest == nil { first = mark } else { rest = (rest ?? []) + [mark] }
    }

    public static let blank = Cell()
}
