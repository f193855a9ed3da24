import KabarCore

/// The state of one screen in the stack, kept while another screen of the same kind is open above
/// it: each kind's state lives in its own field of `AppState` (`reader`, `claimDetails`, …) for the
/// screen of that kind nearest the top, and a screen of the same kind opened over it (a claim's
/// other version read, then that version's claim opened) would overwrite it. Going back gives the
/// lower screen its own place again: scroll, selection, search. The library is not kept here: its
/// marks are one selection across the stack (`leaveStory`).
enum ScreenPlace: Sendable {
    case reader(ReaderScreen)
    case columns(ColumnsScreen)
    case compare(CompareScreen)
    case entities(EntityListScreen)
    case entity(EntityScreen)
    case claim(ClaimScreen)
    case stories(StoryListScreen)
    case help(TextScreen)
    case skipped(TextScreen)
    case desk(DeskScreen)
    case outlets(OutletsScreen)
    case ledger(LedgerScreen)
}

extension AppState.Screen {
    /// Screens of one kind share their state's field in `AppState`.
    func isSameKind(as other: AppState.Screen) -> Bool {
        switch (self, other) {
        case (.library, .library), (.reader, .reader), (.columns, .columns), (.compare, .compare), (.entities, .entities),
             (.entity, .entity), (.claim, .claim), (.stories, .stories), (.help, .help), (.skipped, .skipped), (.desk, .desk),
             (.outlets, .outlets), (.ledger, .ledger): return true
        default: return false
        }
    }
}

/// Every kind's state as `AppState` holds it, taken before a key (the arrays inside are shared,
/// not copied).
struct ScreenStates: Sendable {
    var reader: ReaderScreen, columns: ColumnsScreen, compare: CompareScreen, entityList: EntityListScreen
    var entity: EntityScreen, claimDetails: ClaimScreen, storyList: StoryListScreen, help: TextScreen
    var skippedList: TextScreen, desk: DeskScreen, outlets: OutletsScreen, ledger: LedgerScreen

    /// The state a screen of this kind has; nil for the library.
    func place(of screen: AppState.Screen) -> ScreenPlace? {
        switch screen {
        case .library: nil
        case .reader: .reader(reader)
        case .columns: .columns(columns)
        case .compare: .compare(compare)
        case .entities: .entities(entityList)
        case .entity: .entity(entity)
        case .claim: .claim(claimDetails)
        case .stories: .stories(storyList)
        case .help: .help(help)
        case .skipped: .skipped(skippedList)
        case .desk: .desk(desk)
        case .outlets: .outlets(outlets)
        case .ledger: .ledger(ledger)
        }
    }
}

extension AppState {
    var screenStates: ScreenStates {
        ScreenStates(reader: reader, columns: columns, compare: compare, entityList: entityList, entity: entity,
                     claimDetails: claimDetails, storyList: storyList, help: help, skippedList: skippedList, desk: desk,
                     outlets: outlets, ledger: ledger)
    }

    /// Gives a screen of the place's kind its state back.
    mutating func restore(_ place: ScreenPlace) {
        switch place {
        case .reader(let s): reader = s
        case .columns(let s): columns = s
        case .compare(let s): compare = s
        case .entities(let s): entityList = s
        case .entity(let s): entity = s
        case .claim(let s): claimDetails = s
        case .stories(let s): storyList = s
        case .help(let s): help = s
        case .skipped(let s): skippedList = s
        case .desk(let s): desk = s
        case .outlets(let s): outlets = s
        case .ledger(let s): ledger = s
        }
    }

    /// After a key on `closed` (the screen on top before it, at stack depth `depth`): a screen opened
    /// over another of its kind keeps the lower one's state as it was before the key (`before`); one
    /// closed gives the next of its kind below its state back.
    mutating func keepPlaces(before: ScreenStates, closed: Screen, depth: Int) {
        let now = screenStack.count
        if now > depth, let lower = screenStack[..<depth].lastIndex(where: { $0.isSameKind(as: screen) }),
           let kept = before.place(of: screen) {
            places[lower] = kept
        }
        if now < depth {
            if let lower = screenStack.lastIndex(where: { $0.isSameKind(as: closed) }), let kept = places[lower] {
                restore(kept)
            }
            places = places.filter { $0.key < now - 1 }
        }
    }
}
