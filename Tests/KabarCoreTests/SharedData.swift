import Foundation
import Testing

/// Locates `../shared` beside the package root. Under CI (`CI` set) a missing folder is a
/// test failure; elsewhere the test is skipped with a printed reason.
enum SharedData {
    static let root: String = {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared").path
    }()

    /// The path of `relative` under shared/, or nil (after recording why) when it is missing.
    static func path(_ relative: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        let full = root + "/" + relative
        if FileManager.default.fileExists(atPath: full) { return full }
        if ProcessInfo.processInfo.environment["CI"] != nil {
            Issue.record("shared data missing at \(full): CI always has ../shared", sourceLocation: sourceLocation)
        } else {
            print("skipping: shared data not found at \(full)")
        }
        return nil
    }
}
