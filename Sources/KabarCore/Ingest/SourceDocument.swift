/// What a reader hands to the article builder: sanitised page text split into candidate
/// blocks, plus whatever metadata the container stated (record fields, HTML meta tags).
public struct SourceDocument: Sendable {
    public var id: String
    public var path: String
    public var format: SourceFormat
    public var blocks: [BlockCandidate]
    public var stated: StatedMetadata

    public init(id: String, path: String, format: SourceFormat, blocks: [BlockCandidate], stated: StatedMetadata) {
        self.id = id
        self.path = path
        self.format = format
        self.blocks = blocks
        self.stated = stated
    }
}

/// A line or paragraph before classification, with what its markup said about it.
public struct BlockCandidate: Sendable, Hashable {
    public enum Hint: Sendable, Hashable {
        case none
        /// `<h1>` inside the article's main content.
        case headline
        /// `<h2>`…`<h4>` inside the main content.
        case heading
        /// `<figcaption>` or an element whose class says caption.
        case caption
        /// Outside the page's main content, or in navigation, footer, comments, share bars.
        case outsideContent
        /// Mostly link text.
        case linkList
    }

    public var text: String
    public var hint: Hint

    public init(text: String, hint: Hint = .none) {
        self.text = text
        self.hint = hint
    }
}

/// Metadata a container states outright (JSON fields, HTML `<meta>` tags).
public struct StatedMetadata: Sendable, Hashable {
    public var title: String?
    public var url: String?
    public var date: String?
    public var outlet: String?
    public var siteName: String?
    public var author: String?
    public var language: String?

    public init(title: String? = nil, url: String? = nil, date: String? = nil, outlet: String? = nil,
                siteName: String? = nil, author: String? = nil, language: String? = nil) {
        self.title = title
        self.url = url
        self.date = date
        self.outlet = outlet
        self.siteName = siteName
        self.author = author
        self.language = language
    }
}

extension BlockCandidate {
    /// Splits sanitised plain text into candidate blocks: one per non-blank line; a line that
    /// glues paragraphs with double spaces after a sentence end (old single-line scrapes) is
    /// split there; inline markers such as "ADVERTISEMENT" become blocks of their own.
    static func lines(of text: String) -> [BlockCandidate] {
        var result: [BlockCandidate] = []
        for rawLine in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: true) {
            let line = String(Substring(rawLine))
            for paragraph in InlineMarkers.splitParagraphs(line) {
                for piece in InlineMarkers.split(paragraph) {
                    let t = piece.trimmedASCII.collapsingSpaces
                    if !t.isEmpty { result.append(BlockCandidate(text: t)) }
                }
            }
        }
        return result
    }
}
