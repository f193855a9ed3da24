import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads RSS 2.0 and Atom (RFC 4287) feeds with Foundation's XML parser: every `<item>` or
/// `<entry>` is an article, its text from `content:encoded` / `<content>` or else the
/// description / summary (HTML, as feeds carry it), its title, link, author and date from the
/// entry; the feed's own title stands for the outlet when nothing better names one.
public enum FeedReader {
    /// One item or entry as the feed states it.
    struct Entry {
        var title: String?
        var link: String?
        var id: String?
        var author: String?
        var date: String?
        var content: String?
        var summary: String?
    }

    /// The feed's title and entries, or nil with the parser's complaint.
    static func parse(_ bytes: [UInt8]) -> Result<(title: String?, entries: [Entry]), IngestProblem> {
        let parser = XMLParser(data: Data(bytes))
        let reader = FeedParser()
        parser.delegate = reader
        parser.shouldResolveExternalEntities = false
        if !parser.parse() && reader.entries.isEmpty {
            let line = parser.lineNumber
            return .failure(IngestProblem(path: "", message: "not a readable feed: XML error at line \(line)"))
        }
        return .success((reader.feedTitle, reader.entries))
    }

    /// The links of a feed's items, in feed order; nil when the bytes are no readable feed.
    public static func itemLinks(_ bytes: [UInt8]) -> [String]? {
        guard case .success(let parsed) = parse(bytes) else { return nil }
        return parsed.entries.compactMap(\.link)
    }

    static func read(_ bytes: [UInt8], path: String) -> (documents: [SourceDocument], problems: [IngestProblem]) {
        let parsed: (title: String?, entries: [Entry])
        switch parse(bytes) {
        case .failure(let p): return ([], [IngestProblem(path: path, message: p.message)])
        case .success(let r): parsed = r
        }
        if parsed.entries.isEmpty { return ([], [IngestProblem(path: path, message: "a feed with no items")]) }
        let clean = HTMLReader.field
        let stem = fileStem(path)
        let feedTitle = clean(parsed.title)
        var documents: [SourceDocument] = []
        var problems: [IngestProblem] = []
        var used = Set<String>()
        for (k, entry) in parsed.entries.enumerated() {
            guard let html = entry.content ?? entry.summary, !html.trimmedASCII.isEmpty else {
                problems.append(IngestProblem(path: path, message: "item \(k + 1): no content or summary, skipped", severity: .notice))
                continue
            }
            let blocks = HTMLReader.itemBlocks(title: clean(entry.title), html: html, path: path)
            guard !blocks.isEmpty else {
                problems.append(IngestProblem(path: path, message: "item \(k + 1): no text in its content, skipped", severity: .notice))
                continue
            }
            // A stable id: the same item keeps it when the feed gains new ones.
            var id = stem + "-" + StableHash.shortID(entry.id ?? entry.link ?? entry.title ?? String(k))
            if !used.insert(id).inserted { id += "-\(k + 1)" }
            let stated = StatedMetadata(title: clean(entry.title), url: clean(entry.link), date: entry.date.flatMap(isoDate),
                                        siteName: feedTitle, author: clean(entry.author))
            documents.append(SourceDocument(id: id, path: path, format: .feed, blocks: blocks, stated: stated))
        }
        return (documents, problems)
    }

    /// An RSS date (RFC 822: "Tue, 01 Jul 2025 10:00:00 +0700") or Atom date (RFC 3339) as
    /// "2025-07-01T10:00" in the time zone it was written in.
    static func isoDate(_ raw: String) -> String? {
        let s = raw.trimmedASCII
        if s.count >= 10, s.utf8.prefix(4).allSatisfy(isASCIIDigit) {
            return String(s.prefix(16))   // already ISO: "2025-07-01T10:00:00+07:00"
        }
        for format in ["EEE, dd MMM yyyy HH:mm:ss Z", "EEE, d MMM yyyy HH:mm:ss Z", "dd MMM yyyy HH:mm:ss Z", "EEE, dd MMM yyyy HH:mm Z",
                       "EEE, dd MMM yyyy HH:mm:ss zzz"] {
            let f = DateFormatter()
            f.locale = Locale(identifier: "en_US_POSIX")
            f.dateFormat = format
            guard let date = f.date(from: s) else { continue }
            // Keep the writer's own clock time: the offset the date names.
            let zone = s.split(separator: " ").last.flatMap { TimeZone(abbreviation: String($0)) ?? offsetZone(String($0)) }
            let out = DateFormatter()
            out.locale = Locale(identifier: "en_US_POSIX")
            out.timeZone = zone ?? TimeZone(secondsFromGMT: 0)
            out.dateFormat = "yyyy-MM-dd'T'HH:mm"
            return out.string(from: date)
        }
        return s
    }

    /// "+0700" → UTC+7.
    static func offsetZone(_ s: String) -> TimeZone? {
        let u = Array(s.utf8)
        guard u.count == 5, u[0] == UInt8(ascii: "+") || u[0] == UInt8(ascii: "-"), u[1...].allSatisfy(isASCIIDigit),
              let hours = Int(String(decoding: u[1...2], as: UTF8.self)), let minutes = Int(String(decoding: u[3...4], as: UTF8.self))
        else { return nil }
        return TimeZone(secondsFromGMT: (u[0] == UInt8(ascii: "-") ? -1 : 1) * (hours * 3600 + minutes * 60))
    }
}

/// The XML parser's delegate: collects the feed's title and its entries.
private final class FeedParser: NSObject, XMLParserDelegate {
    var feedTitle: String?
    var entries: [FeedReader.Entry] = []
    private var entry: FeedReader.Entry?
    /// Open elements, innermost last.
    private var path: [String] = []
    private var text = ""
    /// Inside an Atom `<content type="xhtml">`: child elements are copied as markup.
    private var markupDepth: Int?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let name = name.lowercased()
        if let depth = markupDepth, path.count > depth {
            text += "<\(name)>"
            path.append(name)
            return
        }
        path.append(name)
        if name == "item" || name == "entry" {
            entry = FeedReader.Entry()
        } else if name == "link", entry != nil, let href = attributes["href"] {
            // Atom: the alternate link is the article's page.
            let rel = attributes["rel"] ?? "alternate"
            if rel == "alternate", entry?.link == nil { entry?.link = href }
        } else if (name == "content" || name == "summary"), entry != nil, attributes["type"] == "xhtml" {
            markupDepth = path.count
        }
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, foundCDATA block: Data) { text += String(decoding: block, as: UTF8.self) }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let name = name.lowercased()
        if let depth = markupDepth, path.count > depth {
            text += "</\(name)>"
            path.removeLast()
            return
        }
        markupDepth = nil
        defer { if !path.isEmpty { path.removeLast() } }
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let parent = path.count >= 2 ? path[path.count - 2] : ""
        if name == "item" || name == "entry" {
            if let e = entry { entries.append(e) }
            entry = nil
            return
        }
        guard entry != nil else {
            if name == "title", feedTitle == nil, parent == "channel" || parent == "feed" { feedTitle = value }
            return
        }
        guard !value.isEmpty, var e = entry else { return }
        switch name {
        case "title" where parent == "item" || parent == "entry": e.title = value
        case "link" where e.link == nil: e.link = value
        case "guid", "id": e.id = e.id ?? value
        case "pubdate", "published", "dc:date": e.date = e.date ?? value
        case "updated": if e.date == nil { e.date = value }
        case "dc:creator": e.author = e.author ?? value
        case "author" where parent == "item": e.author = e.author ?? value
        case "name" where parent == "author": e.author = e.author ?? value
        case "content:encoded", "content": e.content = value
        case "description", "summary": e.summary = value
        default: break
        }
        entry = e
    }
}
