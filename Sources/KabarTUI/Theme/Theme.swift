/// How one semantic element looks: colours and attributes. Attributes keep every highlight
/// visible without colour.
public struct ThemeStyle: Sendable, Hashable {
    public var fg: ThemeColor?
    public var bg: ThemeColor?
    public var bold = false
    public var underline = false
    public var reverse = false
    public var dim = false

    public init(fg: ThemeColor? = nil, bg: ThemeColor? = nil, bold: Bool = false, underline: Bool = false,
                reverse: Bool = false, dim: Bool = false) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }
}

/// A colour theme: a style for each semantic role of the screen.
public struct Theme: Sendable {
    public var name: String
    public var styles: [Style.Role: ThemeStyle]
    /// The screen's own background and text colours (palette entries `bg` and `fg`): a light theme
    /// paints its background instead of leaving the terminal's, which may be dark. Nil: the terminal's.
    public var background: ThemeColor?
    public var foreground: ThemeColor?

    public init(name: String, styles: [Style.Role: ThemeStyle], background: ThemeColor? = nil, foreground: ThemeColor? = nil) {
        self.name = name
        self.styles = styles
        self.background = background == .terminalDefault ? nil : background
        self.foreground = foreground == .terminalDefault ? nil : foreground
    }

    /// The theme key of each role, as written in theme files.
    public static let keys: [Style.Role: String] = [
        .text: "text", .title: "title", .dim: "dim", .boilerplate: "boilerplate", .selection: "selection",
        .statusBar: "statusbar", .heading: "heading", .caption: "caption", .byline: "byline", .border: "border",
        .notice: "notice", .claimDirect: "claim.direct", .claimPartial: "claim.partial", .claimIndirect: "claim.indirect",
        .claimHedged: "claim.hedged", .speaker0: "speaker.0", .speaker1: "speaker.1", .speaker2: "speaker.2",
        .speaker3: "speaker.3", .speaker4: "speaker.4", .speaker5: "speaker.5", .number: "number",
        .conflict: "conflict", .changed: "changed", .filler: "filler",
        .entityPerson: "entity.person", .entityOrganisation: "entity.org", .entityPlace: "entity.place",
    ]

    /// Attributes only: every highlight stays visible through bold, underline, reverse and dim (NO_COLOR).
    public static let monochrome = Theme(name: "monochrome", styles: [:])
}
