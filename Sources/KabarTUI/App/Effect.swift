import KabarCore

/// Work a key asks for that is not a change of state: the run loop carries it out after the
/// update (`ReaderApp`), so `update` stays a pure function tests can call.
public enum Effect: Sendable, Hashable {
    /// Open a web address in the user's browser (`$BROWSER`, else `xdg-open`).
    case openURL(String)
    /// Put text on the clipboard through the terminal (OSC 52).
    case copy(String)
    /// Write a verdict to the ledger (committed before the next key is read).
    case saveVerdict(Verdict, Ledger.Change)
    /// Slow work on the whole collection, run off the input loop; its screen shows a spinner until
    /// the result is delivered (`deliver(_:to:)`), and keys keep working meanwhile.
    case findEntities
    case groupStories
    /// Fold every article's text for the library filter's full-text search.
    case foldTexts
    /// Two outlets over the collection (`O`).
    case compareOutlets(String, String)
    /// The numbers other outlets report differently, for the reader's marks (started with the first reader).
    case findNumberConflicts
    /// Two articles' paragraphs aligned for the compare screen (`d`, and `s` for the sides swapped).
    case alignPair(left: Int, right: Int)
    /// The desk's sections for these articles (`D`).
    case buildDesk([Int])
    /// Stop background work the user no longer waits for (they left its screen): its result is dropped.
    indirect case cancel(Effect)

    /// The background work a screen alone waits for, stopped when the user leaves it.
    static func work(of screen: AppState.Screen, in state: AppState) -> Effect? {
        switch screen {
        case .entities: return .findEntities
        case .stories: return .groupStories
        case .desk: return .buildDesk(state.desk.articles)
        case .outlets: return state.outlets.names.map { .compareOutlets($0.0, $0.1) }
        case .compare(let left, let right): return .alignPair(left: left, right: right)
        default: return nil
        }
    }

    /// What the status bar calls the work when it is stopped.
    var stoppedNote: String {
        switch self {
        case .findEntities: return "stopped finding the entities"
        case .groupStories: return "stopped grouping the stories"
        case .buildDesk: return "stopped building the desk"
        case .compareOutlets: return "stopped comparing the outlets"
        case .alignPair: return "stopped aligning the two articles"
        default: return "stopped"
        }
    }

    /// Work that runs in the background and ends in a `WorkResult`.
    public var isBackgroundWork: Bool {
        switch self {
        case .findEntities, .groupStories, .foldTexts, .compareOutlets, .findNumberConflicts, .alignPair, .buildDesk: return true
        case .openURL, .copy, .saveVerdict, .cancel: return false
        }
    }

    /// The background work itself: pure, on value types, safe on any thread. `storedEntities`
    /// gives the entity table the index stored (nil when it has none for these articles); without
    /// it the mentions are found again with `lexicon`.
    public static func perform(_ effect: Effect, on articles: [Article], lexicon: EntityLexicon? = nil,
                               storedEntities: StoredEntities? = nil, isCancelled: () -> Bool = { false }) -> WorkResult? {
        switch effect {
        case .findEntities:
            return .entities(storedEntities?(articles) ?? EntityTable(articles, lexicon: lexicon ?? EntityLexicon(), isCancelled: isCancelled))
        case .groupStories: return .stories(AppState.orderedStories(articles))
        case .foldTexts: return .texts(TextSearchIndex(articles))
        case .compareOutlets(let a, let b): return .outlets(OutletComparison(articles, first: a, second: b))
        case .findNumberConflicts: return .numberConflicts(NumberConflictIndex(articles))
        case .alignPair(let left, let right):
            guard articles.indices.contains(left), articles.indices.contains(right) else { return nil }
            return .alignment(left: left, right: right, PairAlignment(articles[left], articles[right]))
        case .buildDesk(let chosen):
            guard chosen.allSatisfy(articles.indices.contains) else { return nil }
            return .desk(DeskContent(articles: chosen, rows: StoryDesk.rows(articles, articles: chosen)))
        case .openURL, .copy, .saveVerdict, .cancel: return nil
        }
    }
}

/// Reads the entity table of these articles from where it was stored (the persistent index), or nil.
public typealias StoredEntities = @Sendable ([Article]) -> EntityTable?

/// What background work found, handed back to the state.
public enum WorkResult: Sendable {
    case entities(EntityTable)
    case stories([Story])
    case texts(TextSearchIndex)
    case outlets(OutletComparison)
    case numberConflicts(NumberConflictIndex)
    case alignment(left: Int, right: Int, PairAlignment)
    case desk(DeskContent)
}

/// Puts a background result into the state (kept for later visits even when the user left the
/// screen that asked for it).
public func deliver(_ result: WorkResult, to state: inout AppState) {
    switch result {
    case .entities(let table):
        state.entityTable = table
        state.pendingWork.remove(.findEntities)
    case .stories(let stories):
        state.stories = stories
        state.pendingWork.remove(.groupStories)
    case .texts(let index):
        state.textIndex = index
        state.pendingWork.remove(.foldTexts)
        updateTextMatches(&state)
    case .outlets(let comparison):
        state.pendingWork.remove(.compareOutlets(comparison.first, comparison.second))
        // Only the comparison last asked for is shown.
        if state.outlets.names?.0 == comparison.first && state.outlets.names?.1 == comparison.second { state.outlets.comparison = comparison }
    case .numberConflicts(let index):
        state.numberConflicts = index
        state.pendingWork.remove(.findNumberConflicts)
        // The articles' layouts mark the numbers now known to conflict.
        state.lineCache.removeAll()
    case .alignment(let left, let right, let alignment):
        state.pendingWork.remove(.alignPair(left: left, right: right))
        // Only the pair the compare screen still waits for is shown.
        guard let waiting = state.compare.waiting, waiting == CompareScreen.Pair(left: left, right: right) else { break }
        let comparison = Comparison(alignment: alignment, articles: state.articles, left: left, right: right, screenWidth: state.width)
        state.compare.comparison = comparison
        state.compare.waiting = nil
        // After a swap, the alignment row that was at the top stays there.
        let row = state.compare.rowToKeep
        state.compare.rowToKeep = nil
        state.compare.top = row.flatMap { $0 < comparison.layout.rowStarts.count ? comparison.layout.rowStarts[$0] : nil } ?? 0
        clampCompare(&state)
    case .desk(let content):
        deliverDesk(content, to: &state)
    }
    // Stories and the texts' matches change the library's rows; a table found, the entity list's.
    state.library.refreshRows(articles: state.articles, stories: state.stories)
    if let table = state.entityTable { state.entityList.refreshRows(in: table) }
}

/// Runs the background work the last keys asked for at once, in this thread (tests, benchmarks).
public func performPendingWork(_ state: inout AppState) {
    // In order, as the run loop starts and stops them: a start a later cancel stopped does nothing.
    var work: [Effect] = []
    for effect in state.effects {
        if case .cancel(let w) = effect { work.removeAll { $0 == w } } else if effect.isBackgroundWork { work.append(effect) }
    }
    state.effects.removeAll { if case .cancel = $0 { return true } else { return $0.isBackgroundWork } }
    for effect in work {
        if let result = Effect.perform(effect, on: state.articles, lexicon: state.entityLexicon) { deliver(result, to: &state) }
    }
}

/// A claim as a citation a fact-checker can paste: who said it, what, where and when.
enum Citation {
    static func of(_ claim: Claim, in article: Article) -> String {
        var who = claim.speaker ?? "unattributed"
        if let role = claim.role, !role.isEmpty { who += " (\(role))" }
        var source = [article.outlet ?? article.id]
        if let date = article.published { source.append(date.iso8601) }
        if let url = article.url { source.append(url) }
        if !claim.via.isEmpty { source.append("via " + claim.via.joined(separator: ", ")) }
        // One line: newlines and control characters of the article never reach the clipboard.
        let text = Sanitizer.oneLine(claim.content)
        return "\(Sanitizer.oneLine(who)): “\(text)” — " + source.map(Sanitizer.oneLine).joined(separator: ", ")
    }
}

/// A web address safe to hand to a browser: http or https, no spaces or control characters.
enum WebAddress {
    static func checked(_ url: String?) -> String? {
        guard let url, url.hasPrefix("http://") || url.hasPrefix("https://"), url.utf8.count < 4096,
              !url.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) }) else { return nil }
        return url
    }
}
