import Foundation
import KabarCore

/// The reader's keys (scrolling, claims, articles, open and copy) and the claim details screen's.
// (One file per screen; `update` in Update.swift dispatches to them.)

func reader(_ state: inout AppState, _ key: Key, _ count: Int, _ index: Int) {
    let page = max(1, ReaderView.textRows(state) - 1)
    if let moved = Movement.apply(key, to: state.reader.top, count: count, page: page, last: Int.max / 2) {
        state.reader.top = moved
        clampReader(&state)
        return
    }
    switch key {
    case .character("B"): state.showsBoilerplate.toggle()
    case .character("C"): state.showsClaimPanel.toggle()
    case .enter, .character("i"):
        guard let c = state.reader.claimCursor, c < state.articles[index].claims.count else { break }
        openClaim(&state, ClaimCluster.Member(article: index, claim: c))
        return
    case .character("]"): jumpToClaim(&state, index, forward: true); return
    case .character("["): jumpToClaim(&state, index, forward: false); return
    case .character("/"):
        state.reader.isSearching = true
        state.reader.queryBeforeEditing = state.reader.query
        state.reader.query = ""
        state.reader.hits = []
    case .character("n") where !state.reader.hits.isEmpty: moveHit(&state, index, forward: true); return
    case .character("N") where !state.reader.hits.isEmpty: moveHit(&state, index, forward: false); return
    case .escape where !state.reader.query.isEmpty:
        clearReaderSearch(&state)
        state.notice = "search cleared"
    case .character("n"): moveArticle(&state, by: 1)
    case .character("p"): moveArticle(&state, by: -1)
    case .character("o"):
        // The article's web address in the browser (the run loop opens it and says how it went).
        if let url = WebAddress.checked(state.articles[index].url) {
            state.effects.append(.openURL(url))
            state.notice = "opening \(url)"
        } else {
            state.notice = state.articles[index].url == nil ? "this article has no web address" : "its address is no http(s) link"
        }
    case .character("v"):
        // The selected claim's verdict: each v the next label of the scale, saved to the ledger at once.
        guard let c = state.reader.claimCursor, c < state.articles[index].claims.count else {
            state.notice = "select a claim with ] first, then v sets its verdict"
            break
        }
        setNextVerdict(&state, ClaimCluster.Member(article: index, claim: c))
    case .character("N"), .character("E"):
        // A note or an evidence link for the selected claim's verdict, typed in the status bar.
        guard let c = state.reader.claimCursor, c < state.articles[index].claims.count else {
            state.notice = "select a claim with ] first"
            break
        }
        startLedgerInput(&state, key, ClaimCluster.Member(article: index, claim: c))
    case .character("y"):
        // The selected claim as a citation, to the clipboard through the terminal.
        guard let c = state.reader.claimCursor, c < state.articles[index].claims.count else {
            state.notice = "select a claim with ] first, then y copies it"
            break
        }
        state.effects.append(.copy(Citation.of(state.articles[index].claims[c], in: state.articles[index])))
        state.notice = "claim \(c + 1) copied as a citation (through the terminal: OSC 52)"
    case .character("q"), .escape, .left, .character("h"):
        state.screenStack.removeLast()
        state.reader = .atTop
    default: unknown(&state, key)
    }
    clampReader(&state)
}

/// Opens the reader on an article with a claim selected (or none), scrolled so body offset
/// `offset` is near the top.
func openReader(_ state: inout AppState, article: Int, claim: Int?, at offset: Int) {
    state.screenStack.append(.reader(articleIndex: article))
    state.reader = .atTop
    startNumberConflicts(&state)
    state.reader.claimCursor = claim
    let lines = state.cachedReaderLines(state.readerKey(article))
    let row = lines.firstIndex { $0.bodyRange?.contains(offset) ?? false } ?? 0
    state.reader.top = max(0, row - 2)
    clampReader(&state)
}

/// `N` (a note) or `E` (an evidence link) on a claim with a verdict (reader, desk, claim details):
/// typed in the status bar, saved on Enter.
func startLedgerInput(_ state: inout AppState, _ key: Key, _ member: ClaimCluster.Member) {
    guard let v = state.verdict(member) else { state.notice = "set the claim's verdict with v first"; return }
    let kind: AppState.LedgerInput.Kind = key == .character("N") ? .note : .evidence
    state.ledgerInput = AppState.LedgerInput(kind: kind, text: kind == .note ? (v.note ?? "") : "", member: member)
}

/// `v` on a claim (reader, desk, claim details): its verdict becomes the next label of the scale, saved to the ledger at once.
func setNextVerdict(_ state: inout AppState, _ member: ClaimCluster.Member) {
    let a = state.articles[member.article], claim = a.claims[member.claim]
    let label = state.verdictScale.label(after: state.verdict(member)?.label)
    var v = state.verdict(member) ?? Verdict(on: claim, in: a, label: label.name, updated: "")
    v.label = label.name
    v.updated = Ledger.now()
    state.record(v, changing: .label)
    state.notice = "verdict: \(label.name) (v: the next label)"
}

/// Opens a claim's details beside the other articles' versions of it.
func openClaim(_ state: inout AppState, _ member: ClaimCluster.Member) {
    state.claimDetails.versions = ClaimVersion.versions(of: member, others: state.sameClaim[member] ?? [], in: state.articles)
    state.claimDetails.cursor = 0
    state.claimDetails.top = 0
    state.screenStack.append(.claim(member))
}

func claimDetails(_ state: inout AppState, _ key: Key, _ count: Int, _ member: ClaimCluster.Member) {
    let lines = ClaimView.lines(state, claim: member, width: state.width)
    let rows = ClaimScreen.viewport(height: state.height)
    let versions = state.claimDetails.versions.count
    let before = state.claimDetails.cursor
    switch key {
    // Arrows move between versions, and scroll once the first or last is selected.
    case .down, .character("j"), .character("]"):
        if state.claimDetails.cursor + 1 < versions { state.claimDetails.cursor = min(versions - 1, state.claimDetails.cursor + count) } else { state.claimDetails.top += count }
    case .up, .character("k"), .character("["):
        if state.claimDetails.cursor > 0 { state.claimDetails.cursor = max(0, state.claimDetails.cursor - count) } else { state.claimDetails.top -= count }
    case .pageDown, .character(" "): state.claimDetails.top += rows
    case .pageUp, .character("b"): state.claimDetails.top -= rows
    case .home, .character("g"): state.claimDetails.top = 0; state.claimDetails.cursor = 0
    case .end, .character("G"): state.claimDetails.top = lines.count; state.claimDetails.cursor = max(0, versions - 1)
    case .enter, .right, .character("l"):
        guard state.claimDetails.cursor < versions else { break }
        let other = state.claimDetails.versions[state.claimDetails.cursor].member
        let range = state.articles[other.article].claims[other.claim].range
        openReader(&state, article: other.article, claim: other.claim, at: range.lowerBound)
        return
    case .character("v"), .character("N"), .character("E"):
        // The claim these details are about (not the selected version).
        if key == .character("v") { setNextVerdict(&state, member) } else { startLedgerInput(&state, key, member) }
    case .character("q"), .escape, .left, .character("h"):
        state.screenStack.removeLast()
        clampReader(&state)
        return
    default: unknown(&state, key)
    }
    // Keep the selected version's header (and a line of its text) on screen when moving between versions.
    if state.claimDetails.cursor != before {
        if let header = lines.firstIndex(where: { $0.isVersionHeader && $0.version == state.claimDetails.cursor }) {
            if header < state.claimDetails.top { state.claimDetails.top = max(0, header - 1) }
            if header + 2 >= state.claimDetails.top + rows { state.claimDetails.top = header + 3 - rows }
        }
    }
    state.claimDetails.top = max(0, min(state.claimDetails.top, max(0, lines.count - rows)))
}

/// Selects the next (or previous) claim and scrolls so its first line is on screen.
func jumpToClaim(_ state: inout AppState, _ index: Int, forward: Bool) {
    let claims = state.articles[index].claims
    guard !claims.isEmpty else { return }
    if let c = state.reader.claimCursor {
        state.reader.claimCursor = forward ? min(claims.count - 1, c + 1) : max(0, c - 1)
    } else {
        state.reader.claimCursor = forward ? 0 : claims.count - 1
    }
    revealClaim(&state, index)
}

/// Scrolls the reader so the selected claim's first line is on screen (after a jump or a resize).
func revealClaim(_ state: inout AppState, _ index: Int) {
    guard let claim = state.reader.claimCursor else { return }
    let lines = state.cachedReaderLines(state.readerKey(index))
    if let row = lines.firstIndex(where: { $0.claimIndexes.contains(claim) }) {
        let rows = ReaderView.textRows(state)
        if row < state.reader.top || row >= state.reader.top + rows { state.reader.top = max(0, row - 2) }
    }
    clampReader(&state)
}

func moveArticle(_ state: inout AppState, by delta: Int) {
    let visible = state.visibleArticles
    guard !visible.isEmpty else { return }
    state.library.cursor = min(max(0, state.library.cursor + delta), visible.count - 1)
    state.screenStack[state.screenStack.count - 1] = .reader(articleIndex: visible[state.library.cursor])
    state.reader.top = 0
    state.reader.claimCursor = nil
    // The search goes on in the next article (as in less), its hits found there.
    if !state.reader.query.isEmpty, case .reader(let index) = state.screen { findInReader(&state, index, from: 0) }
}

/// The numbers other outlets report differently are found once, in the background, when the first
/// reader opens (the reader marks them when they arrive).
func startNumberConflicts(_ state: inout AppState) {
    if state.numberConflicts == nil, state.articles.count > 1 { startWork(&state, .findNumberConflicts) }
}

func clampReader(_ state: inout AppState) {
    guard case .reader(let index) = state.screen, index < state.articles.count else { return }
    let total = state.cachedReaderLines(state.readerKey(index)).count
    let rows = ReaderView.textRows(state)
    state.reader.top = max(0, min(state.reader.top, max(0, total - rows)))
}

/// A key while a verdict's note or evidence link is typed: Enter saves it to the ledger, Esc drops it.
func editLedgerInput(_ state: inout AppState, _ key: Key) {
    guard var input = state.ledgerInput else { return }
    switch key {
    case .escape: state.ledgerInput = nil; state.notice = input.kind == .note ? "note not changed" : "no link added"; return
    case .backspace: if !input.text.isEmpty { input.text.removeLast() }
    case .character(let c): input.text.append(c)
    case .enter:
        state.ledgerInput = nil
        guard var v = state.verdict(input.member) else { return }
        let text = input.text.trimmingCharacters(in: .whitespaces)
        switch input.kind {
        case .note: v.note = text.isEmpty ? nil : text
        case .evidence:
            guard !text.isEmpty else { return }
            v.evidence.append(text)
        }
        v.updated = Ledger.now()
        state.record(v, changing: input.kind == .note ? .note : .evidence)
        state.notice = input.kind == .note ? "note saved" : "evidence link saved (\(v.evidence.count) in all)"
        return
    default: return
    }
    state.ledgerInput = input
}
