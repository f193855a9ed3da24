import KabarCore

/// Placeholder until the reader lands.
public enum ReaderApp {
    public enum Outcome { case quit, failed(String) }
    public static func run(articles: [Article], problems: [String]) -> Outcome { .quit }
}
