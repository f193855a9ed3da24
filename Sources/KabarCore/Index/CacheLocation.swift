import Foundation

/// Where the corpus index lives: a folder (one database per set of input paths), or nowhere
/// (an in-memory index for this run only).
public enum CacheLocation: Sendable, Equatable {
    case folder(String)
    case memory

    /// `$XDG_CACHE_HOME/kabar`, or `~/.cache/kabar`.
    public static var defaultFolder: CacheLocation {
        let env = ProcessInfo.processInfo.environment
        let base = env["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() + "/.cache")
        return .folder(base + "/kabar")
    }

    /// The database file for a set of inputs: named after a hash of their absolute paths.
    public func databasePath(for inputs: [String]) -> String? {
        guard case .folder(let folder) = self else { return nil }
        let absolute = inputs.map { URL(fileURLWithPath: $0).standardizedFileURL.path }.sorted()
        var h: UInt64 = 0xcbf29ce484222325
        for b in absolute.joined(separator: "\n").utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return folder + "/index-" + String(h, radix: 16) + ".sqlite"
    }
}
