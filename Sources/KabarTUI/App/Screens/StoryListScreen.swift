/// The story list's own state: the selected story, the first row shown, and the library as it
/// was when a story's articles were opened over it (given back when the user leaves the story).
public struct StoryListScreen: Sendable {
    public var cursor = 0
    public var top = 0
    var libraryOutside: LibraryScreen?

    /// Rows of stories between the title bar and the status bar.
    static func viewport(height: Int) -> Int { max(1, height - 2) }

    mutating func clamp(storyCount n: Int, height: Int) {
        Movement.clampList(cursor: &cursor, top: &top, rowCount: n, viewport: Self.viewport(height: height))
    }
}
