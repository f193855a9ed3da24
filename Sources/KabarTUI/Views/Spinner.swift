/// The line a screen shows while its background work runs: a turning mark, what is being done,
/// and that Esc goes back (the work goes on and is kept for the next visit).
enum Spinner {
    static let frames: [String] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

    static func draw(_ what: String, _ state: AppState, y: Int, into buffer: inout Buffer) {
        let mark = frames[state.spinnerFrame % frames.count]
        buffer.put(" \(mark) \(what)…", x: 1, y: y, style: Style(.heading), maxWidth: max(0, buffer.width - 2))
        buffer.put("keys keep working; Esc goes back", x: 4, y: y + 1, style: Style(.dim), maxWidth: max(0, buffer.width - 5))
    }
}
