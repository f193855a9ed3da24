import Foundation

/// A fresh folder under the system temp dir, removed when the value is dropped by the test.
final class TemporaryFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "kabar-test-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let full = path + "/" + name
        let dir = (full as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: full, contents: Data(bytes))
        return full
    }

    @discardableResult
    func write(_ name: String, _ text: String) -> String { write(name, Array(text.utf8)) }

    /// Copies the files of `source` into the subfolder `name` (so a test can change them); returns its path.
    func copyFiles(of source: String, into name: String) throws -> String {
        let target = path + "/" + name
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        for f in try FileManager.default.contentsOfDirectory(atPath: source) {
            try FileManager.default.copyItem(atPath: source + "/" + f, toPath: target + "/" + f)
        }
        return target
    }
}
