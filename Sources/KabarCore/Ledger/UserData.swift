import Foundation

/// Where the user's own files live: `$XDG_DATA_HOME` (when set and not empty), else
/// `~/.local/share`. kabar's are under `kabar/` there (the ledger, the fetched library), never in
/// the disposable cache.
public enum UserData {
    public static func base(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
    }

    /// `$XDG_DATA_HOME/kabar`.
    public static var folder: String { base() + "/kabar" }
}
