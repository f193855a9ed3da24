import KabarCore
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The signal (SIGTERM, SIGHUP) that asked kabar to stop, 0 for none; the loop notices it within
/// one input timeout and restores the terminal.
private let terminationRequested = Atomic<Int32>(0)

/// Runs the full-screen reader until the user quits.
public enum ReaderApp {
    public enum Outcome: Sendable, Equatable {
        case quit
        /// Stopped by SIGTERM or SIGHUP (the terminal restored): exit with 128 + the signal.
        case terminated(signal: Int32)
        case failed(String)
    }

    /// - Parameters:
    ///   - problems: inputs that could not be read (counted in the status bar).
    ///   - notices: other messages for the status bar (a theme that fell back).
    ///   - claimClusters: the claims several articles report, when the index already knows them.
    ///   - lexicon: the entity names with the user's aliases (`--aliases`), for the entity screen.
    ///   - storedEntities: the entity table as the index stored it, read when the entity screen is
    ///     first opened (the mentions are found again with `lexicon` when it gives none).
    ///   - ledger, verdicts: where `v` writes verdicts, and those set before.
    ///   - backgroundNote: asked between keys; what work outside the reader is doing (the index being
    ///     written), shown in the status bar until it returns nil.
    public static func run(articles: [Article], claimClusters: [ClaimCluster]? = nil, problems: [String], notices: [String] = [],
                           theme: Theme, lexicon: EntityLexicon? = nil, storedEntities: StoredEntities? = nil, ledger: Ledger? = nil, ledgerPath: String? = nil,
                           verdicts: [Verdict] = [], verdictScale: VerdictScale = .indonesian,
                           backgroundNote: (@Sendable () -> String?)? = nil) -> Outcome {
        var ledger = ledger
        let terminal: NCursesTerminal
        switch NCursesTerminal.open(theme: theme) {
        case .success(let t): terminal = t
        case .failure(let e): return .failed(e.message)
        }
        defer { terminal.close() }
        signal(SIGTERM) { terminationRequested.store($0, ordering: .relaxed) }
        signal(SIGHUP) { terminationRequested.store($0, ordering: .relaxed) }
        defer {
            // After the reader, a signal stops kabar at once (while it saves the index, say).
            signal(SIGTERM, SIG_DFL)
            signal(SIGHUP, SIG_DFL)
        }

        let (w, h) = terminal.size
        var parts = notices
        if !problems.isEmpty { parts.append("\(problems.count) input\(problems.count == 1 ? "" : "s") skipped (! lists them)") }
        let message = parts.isEmpty ? nil : parts.joined(separator: " · ")
        var state = AppState(articles: articles, claimClusters: claimClusters, width: w, height: h, message: message, skipped: problems)
        state.entityLexicon = lexicon
        state.verdicts = verdicts
        state.verdictScale = verdictScale
        terminal.draw(render(state))
        let background = BackgroundWork()
        while !state.wantsQuit && terminationRequested.load(ordering: .relaxed) == 0 {
            // Results of background work, then the spinner turns while more is pending.
            let finished = background.takeFinished()
            for result in finished { deliver(result, to: &state) }
            guard let event = terminal.nextEvent() else {
                if !state.pendingWork.isEmpty { state.spinnerFrame += 1 }
                let note = backgroundNote?()
                let noteChanged = note != state.backgroundNote
                state.backgroundNote = note
                if !finished.isEmpty || !state.pendingWork.isEmpty || noteChanged { terminal.draw(render(state)) }
                continue
            }
            if case .key(.redraw) = event { terminal.invalidate() }
            if case .resize = event { terminal.invalidate() }
            update(&state, event)
            // What the key asked for beyond a new screen, before the screen says it is done (a
            // verdict is committed before its notice shows): slow work goes to the background, the
            // rest runs now with its outcome in the status bar.
            if !state.effects.isEmpty {
                let effects = state.effects
                state.effects.removeAll()
                for effect in effects {
                    if case .cancel(let work) = effect {
                        background.cancel(work)
                    } else if effect.isBackgroundWork {
                        background.start(effect, on: articles, lexicon: lexicon, storedEntities: storedEntities)
                    } else {
                        // The ledger is made by the first verdict.
                        if case .saveVerdict = effect, ledger == nil, let path = ledgerPath {
                            do { ledger = try Ledger(path: path) } catch { state.notice = "the verdict is NOT saved: ledger \(error)"; continue }
                        }
                        if let failed = EffectRunner.run(effect, ledger: ledger) {
                            state.notice = failed
                        }
                    }
                }
            }
            terminal.draw(render(state))
        }
        return state.wantsQuit ? .quit : .terminated(signal: terminationRequested.load(ordering: .relaxed))
    }
}

/// Slow work on the collection (the entity table, the stories) on another thread; the input
/// loop takes what has finished each time it wakes (at most every 100 ms), so no key waits for it.
/// Work the user stopped (they left its screen) is told so: the entity table stops early, and
/// whatever a stopped task finds is dropped.
final class BackgroundWork: Sendable {
    private let finished = Mutex<[WorkResult]>([])
    /// One flag per start of a piece of work, set when it is cancelled.
    final class Flag: Sendable { let isSet = Mutex(false) }
    private let running = Mutex<[Effect: Flag]>([:])

    func start(_ effect: Effect, on articles: [Article], lexicon: EntityLexicon?, storedEntities: StoredEntities?) {
        let flag = Flag()
        running.withLock { $0[effect] = flag }
        Task.detached(priority: .userInitiated) { [self] in
            let result = Effect.perform(effect, on: articles, lexicon: lexicon, storedEntities: storedEntities,
                                        isCancelled: { flag.isSet.withLock { $0 } })
            running.withLock { if $0[effect] === flag { $0[effect] = nil } }
            guard let result, !flag.isSet.withLock({ $0 }) else { return }
            finished.withLock { $0.append(result) }
        }
    }

    /// Stops `effect`'s latest start: it ends early where it can, and its result never arrives.
    func cancel(_ effect: Effect) {
        running.withLock { $0.removeValue(forKey: effect) }?.isSet.withLock { $0 = true }
    }

    func takeFinished() -> [WorkResult] {
        finished.withLock { list in
            defer { list.removeAll() }
            return list
        }
    }
}
