/// The language an article is written in.
public enum Language: String, Sendable, Codable {
    case indonesian = "id"
    case english = "en"
}
