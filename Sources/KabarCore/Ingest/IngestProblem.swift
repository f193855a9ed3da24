/// Why an input could not be used. Every problem names its file.
public struct IngestProblem: Sendable, Hashable, Error, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        /// The file (or record) could not be read: counts towards exit status 1.
        case error
        /// The file was read but holds no article (a listing page, an RSS feed).
        case notice
        /// The file was read after a repair (NUL bytes removed): its articles are there.
        case repaired
    }

    public var path: String
    public var message: String
    public var severity: Severity

    public init(path: String, message: String, severity: Severity = .error) {
        self.path = path
        self.message = message
        self.severity = severity
    }

    public var description: String { "\(path): \(message)" }
}
