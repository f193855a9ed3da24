import Foundation
import Testing

/// Locates `../shared` beside the package root. Under CI (`CI` set) a missing folder is a
/// test failure; elsewhere the test is skipped with a printed reason.
enum SharedData {
    static let root: String = {
        // KABAR_SHARED points elsewhere (a test of what a machine without the corpus sees).
        if let override = ProcessInfo.processInfo.environment["KABAR_SHARED"], !override.isEmpty { return override }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared").path
    }()

    /// Whether the tests that read shared/ run: when it is there, and always under CI (where a
    /// missing folder then fails them). Elsewhere they show as skipped, never as passed.
    static let isPresent: Bool = FileManager.default.fileExists(atPath: root) || ProcessInfo.processInfo.environment["CI"] != nil

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
