/// What an entity is.
public enum EntityKind: String, Sendable, Codable, CaseIterable {
    case person
    /// Organisations, including media outlets and news agencies.
    case organisation = "org"
    case place
}
