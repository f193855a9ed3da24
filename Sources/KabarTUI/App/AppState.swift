import KabarCore

/// Everything the screen shows. Changed only by `update(_:_:)`.
public struct AppState: Sendable {
    public enum Screen: Sendable, Equatable {
        case library
        case reader(articleIndex: Int)
        case columns(articleIndexes: [Int])
        /// Two articles in split view, aligned by shared claims and paragraphs.
        case compare(left: Int, right: Int)
        /// The entity list, filtered as the user types.
        case entities
        /// One entity: its claims (by it and about it) and its mentions across articles.
        case entity(index: Int)
        /// One claim's details and the other articles' versions of it.
        case claim(ClaimCluster.Member)
        /// Stories: the articles grouped by the event they report, one row per story.
        case stories
        case help
        /// The inputs that could not be read: which file or record, and why.
        case skipped
        /// The desk: where the chosen articles disagree (numbers reported differently).
        case desk
        /// Two outlets over the collection: the stories both covered and what differs.
        case outlets
        /// Every verdict of the user's ledger, and where each stands in this collection.
        case ledger
    }

    public typealias SortOrder = LibraryScreen.SortOrder

    public var articles: [Article]
    public var screenStack: [Screen] = [.library]
    public var width: Int
    public var height: Int

    /// The library: its cursor, filter, sort, marks and rows (kept under every screen opened from it).
    public var library = LibraryScreen()
    /// The articles' texts folded for the filter's full-text search (made at the first `/`).
    public var textIndex: TextSearchIndex?

    // Reader
    /// The reader on top of the stack: its scroll, claim, search and marked mention.
    public var reader = ReaderScreen()
    public var showsBoilerplate = false
    /// The panel listing the article's claims (C toggles).
    public var showsClaimPanel = false
    /// The state of screens under the top of the stack (by stack index) that a screen of the same
    /// kind opened above them would otherwise overwrite (`ScreenPlace`).
    var places: [Int: ScreenPlace] = [:]
    public typealias MarkedMention = ReaderScreen.MarkedMention

    /// The collection's stories (several outlets first), grouped when the story list first opens.
    public var stories: [Story]?
    /// The collection's entities, found when the entity screen first opens.
    public var entityTable: EntityTable?

    // Each screen's own state (Screens/), kept while the screen is in the stack.
    public var storyList = StoryListScreen()
    public var columns = ColumnsScreen()
    public var compare = CompareScreen()
    public var entityList = EntityListScreen()
    public var entity = EntityScreen()
    public var claimDetails = ClaimScreen()
    public var help = TextScreen()
    public var skippedList = TextScreen()
    public var desk = DeskScreen()
    public var outlets = OutletsScreen()
    public var ledger = LedgerScreen()

    /// Article layouts kept between frames (see `ReaderLineCache`).
    var lineCache: [ReaderLineKey: [ReaderView.Line]] = [:]

    /// A one-line message for the status bar (problems reading inputs, hints).
    public var message: String?
    /// What the last key did or why it did nothing ("unknown key"), shown until the next key.
    public var notice: String?
    /// Work the last key asked the run loop to do (open a browser, copy to the clipboard, find
    /// the entities in the background).
    public var effects: [Effect] = []
    /// Background work started and not yet delivered: its screen shows a spinner.
    public var pendingWork: Set<Effect> = []
    /// Advances while background work runs, for the spinner.
    public var spinnerFrame = 0
    public var wantsQuit = false
    /// The library's q asked whether to quit with articles marked: the next q quits.
    public var quitAsked = false

    /// For each claim reported by several articles, the same claim in the other articles.
    public let sameClaim: [ClaimCluster.Member: [ClaimCluster.Member]]
    /// Per article, headline numbers its opening reports differently (found once, at start).
    public let headlineConflicts: [[HeadlineNumberConflict]]
    /// The body numbers other outlets report differently (background work started with the first reader).
    public var numberConflicts: NumberConflictIndex?

    /// - Parameter claimClusters: the claims several articles report, when already known (from the
    ///   persistent index); found from `articles` otherwise.
    /// The entity names the user's alias file adds (`--aliases`); nil: the built-in ones.
    public var entityLexicon: EntityLexicon?

    /// A note (`N`) or an evidence link (`E`) being typed for the selected claim's verdict.
    public var ledgerInput: LedgerInput?
    public struct LedgerInput: Sendable, Equatable {
        public enum Kind: Sendable, Equatable { case note, evidence }
        public var kind: Kind
        public var text: String
        public var member: ClaimCluster.Member
    }

    /// The verdicts of the user's ledger (as read at start, and set since with `v`).
    public var verdicts: [Verdict] = []
    public var verdictScale = VerdictScale.indonesian

    /// The verdict on a claim of an article, if the ledger has one.
    public func verdict(_ member: ClaimCluster.Member) -> Verdict? {
        let a = articles[member.article]
        guard member.claim < a.claims.count else { return nil }
        let claim = a.claims[member.claim]
        return verdicts.last { $0.isAbout(claim, in: a) } ?? verdicts.last { $0.stillReads(on: claim, in: a) }
    }

    /// The verdict set on the same claim as another outlet printed it, when this one has none:
    /// the outlet and its verdict.
    public func verdictElsewhere(_ member: ClaimCluster.Member) -> (outlet: String, verdict: Verdict)? {
        for other in sameClaim[member] ?? [] {
            if let v = verdict(other) { return (articles[other.article].outlet ?? articles[other.article].id, v) }
        }
        return nil
    }

    /// The mark a claim carries wherever it is listed: "⚖ Keliru" for its own verdict, "⚖ checked in
    /// Kompas: Keliru" for the verdict on the same claim in another outlet; empty without either.
    public func verdictMark(_ member: ClaimCluster.Member) -> String {
        if let v = verdict(member) { return "⚖ \(v.label)" }
        if let (outlet, v) = verdictElsewhere(member) { return "⚖ checked in \(outlet): \(v.label)" }
        return ""
    }

    /// Work outside the reader the status bar tells of while it lasts ("indexing in the background").
    public var backgroundNote: String?

    /// Keeps `v` as the claim's verdict (in place of any before) and asks the run loop to save
    /// the part of it that `change` names (the rest as the ledger has it then).
    mutating func record(_ v: Verdict, changing change: Ledger.Change) {
        verdicts.removeAll { $0.article == v.article && $0.claim == v.claim }
        verdicts.append(v)
        effects.append(.saveVerdict(v, change))
    }

    /// The inputs that could not be read ("path: why"), listed on their own screen (`!`).
    public var skipped: [String] = []

    public init(articles: [Article], claimClusters: [ClaimCluster]? = nil, width: Int, height: Int, message: String? = nil,
                skipped: [String] = []) {
        self.articles = articles
        self.skipped = skipped
        var others: [ClaimCluster.Member: [ClaimCluster.Member]] = [:]
        for cluster in claimClusters ?? ClaimMatcher().clusters(in: articles) {
            for m in cluster.members { others[m] = cluster.members.filter { $0.article != m.article } }
        }
        self.sameClaim = others
        self.headlineConflicts = articles.map(HeadlineNumberCheck.conflicts(in:))
        self.width = width
        self.height = height
        self.message = message
    }

    public var screen: Screen { screenStack.last ?? .library }

    /// The outlets (or ids) of the other articles carrying a claim.
    public func otherOutlets(_ member: ClaimCluster.Member) -> [String] {
        (sameClaim[member] ?? []).map { articles[$0.article].outlet ?? articles[$0.article].id }
    }

    /// Indexes into `articles`, filtered and sorted as the library shows them.
    public var visibleArticles: [Int] { library.rows(articles: articles, stories: stories) }

    /// The smallest terminal kabar draws on; below it a notice is shown instead.
    public static let minimumWidth = 40
    public static let minimumHeight = 10
    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
}

extension AppState {
    /// Stories told by the most articles first; ties keep the grouper's order.
    static func orderedStories(_ articles: [Article]) -> [Story] {
        StoryGrouper().group(articles).enumerated().sorted { a, b in
            let (x, y) = (a.element.articleIndexes.count, b.element.articleIndexes.count)
            return x != y ? x > y : a.offset < b.offset
        }.map(\.element)
    }
}
