import KabarCore

/// The claim details' own state: the other articles' versions of the claim (found when the screen
/// opens), the selected version and the first line shown.
public struct ClaimScreen: Sendable {
    public var versions: [ClaimVersion] = []
    public var cursor = 0
    public var top = 0

    /// Lines between the title bar and the status bar.
    static func viewport(height: Int) -> Int { max(1, height - 2) }
}
