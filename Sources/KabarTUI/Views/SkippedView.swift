/// The inputs kabar could not read, one per entry ("path: why"), wrapped to the width; the text
/// comes from file names and records, so it is drawn through the buffer's control-character guard.
enum SkippedView {
    static func lines(_ state: AppState, width: Int) -> [(text: String, first: Bool)] {
        var out: [(String, Bool)] = []
        for problem in state.skipped {
            let wrapped = TextWrapper.wrap(problem, width: max(10, width - 4))
            for (k, line) in wrapped.enumerated() { out.append((line, k == 0)) }
        }
        return out
    }

    /// Lines between the title bar and the status bar.
    static func viewport(height: Int) -> Int { max(0, height - 2) }

    static func draw(_ state: AppState, into buffer: inout Buffer) {
        let n = state.skipped.count
        TitleBar.draw("kabar — \(n) input\(n == 1 ? "" : "s") skipped", right: buffer.width >= 70 ? "what could not be read, and why" : "", into: &buffer)
        let all = lines(state, width: buffer.width)
        for row in 0..<viewport(height: buffer.height) {
            let k = state.skippedList.top + row
            guard k < all.count else { break }
            buffer.put((all[k].first ? "• " : "  ") + all[k].text, x: 1, y: row + 1, style: Style(all[k].first ? .text : .dim),
                       maxWidth: buffer.width - 2)
        }
    }
}
