/// The reader screen's own state: the scroll, the selected claim, the search and its hits, and the
/// mention it was opened at. Each reader in the stack keeps its own (`ScreenPlace`): a
/// reader opened over another (a claim's other version) leaves the first as it was.
public struct ReaderScreen: Sendable, Equatable {
    /// The first line shown.
    public var top = 0
    /// The claim selected with ] and [ (index into the article's claims), nil before the first jump.
    public var claimCursor: Int?
    /// The search (`/`): the words sought, whether they are being typed, and what they were before.
    public var query = ""
    public var isSearching = false
    var queryBeforeEditing = ""
    /// Where the search's words occur in the article's body (scalar ranges), and the one selected (n/N).
    public var hits: [Range<Int>] = []
    public var hit = 0
    /// A mention the reader was opened at (from an entity's list): drawn highlighted until the
    /// reader is left.
    public var markedMention: MarkedMention?

    /// Article index and range in its body, in scalars.
    public struct MarkedMention: Sendable, Equatable {
        public var article: Int
        public var range: Range<Int>
    }

    public init() {}

    /// A reader opened on an article: at its top, no claim selected, no search.
    static let atTop = ReaderScreen()
}
