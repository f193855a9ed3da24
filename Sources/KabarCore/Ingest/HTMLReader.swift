/// Reads a saved HTML page: metadata from `<title>` and `<meta>`, text blocks from the
/// markup, the main content located by text density (readability's idea), and listing
/// pages and feeds recognised as "not an article".
enum HTMLReader {
    enum Outcome {
        case article(SourceDocument)
        case notArticle(String)
    }

    static let blockTags: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th", "table",
        "section", "article", "header", "footer", "nav", "aside", "blockquote", "figure", "figcaption",
        "main", "form", "dd", "dt", "dl", "pre", "hr", "address", "center", "button", "select", "option", "label",
    ]
    static let voidTags: Set<String> = ["br", "img", "meta", "link", "input", "hr", "source", "wbr", "area", "base",
                                        "col", "embed", "param", "track", "keygen"]
    static let furnitureTags: Set<String> = ["nav", "footer", "aside", "form", "button", "select", "menu", "header"]
    /// Class or id words that mark page furniture.
    static let furnitureWords: Set<String> = [
        "comment", "comments", "komentar", "related", "terkait", "footer", "nav", "navbar", "navigation", "menu",
        "share", "sharing", "social", "sosmed", "sidebar", "widget", "advert", "advertisement", "ads", "iklan",
        "banner", "breadcrumb", "breadcrumbs", "popular", "terpopuler", "populer", "recommendation", "rekomendasi",
        "newsletter", "subscribe", "tags", "tag", "trending", "copyright", "login", "header", "masthead", "promo",
        "lainnya", "latest", "terbaru", "most", "baca", "readmore",
    ]

    struct RawBlock {
        var text: [UInt8]
        var linkBytes: Int
        var tag: String          // innermost block-level tag
        var path: [Int]          // element ids, outermost first
        var furniture: Bool
        /// Indexes into `path` of the furniture-marked elements.
        var furnitureDepths: [Int]
        var captionish: Bool
    }

    struct Element {
        var name: String
        var id: Int
        var furniture: Bool
        var captionish: Bool
    }

    /// How many open elements the reader keeps.
    static let maximumDepth = 256

    static func read(_ rawBytes: [UInt8], path: String) -> Outcome {
        let declared = declaredCharset(rawBytes)
        // Pass 1: decode to clean UTF-8 (controls out) but keep character references for later,
        // so "&lt;script&gt;" in text never turns into markup.
        let decoded = Sanitizer(decodesEntities: false).sanitize(rawBytes, declared: declared)
        let bytes = Array(decoded.text.utf8)
        let sanitizer = Sanitizer()

        if isFeed(bytes) { return .notArticle("an RSS/Atom feed saved as a page, not an article (named .xml or .rss, its items are read)") }

        var tokenizer = HTMLTokenizer(bytes: bytes)
        var stack: [Element] = []
        var nextID = 0
        var blocks: [RawBlock] = []
        var current: [UInt8] = []
        var currentLink = 0
        var inTitle = false
        var inHead = false
        var titleText: [UInt8] = []
        var meta = StatedMetadata()
        var metaDate: String?
        var ogType: String?
        var anchorCount = 0

        func flush() {
            guard !current.isEmpty else { return }
            let innermost = stack.last(where: { blockTags.contains($0.name) })?.name ?? "body"
            let furnitureDepths = stack.indices.filter { stack[$0].furniture }
            let captionish = stack.contains { $0.captionish }
            blocks.append(RawBlock(text: current, linkBytes: currentLink, tag: innermost, path: stack.map(\.id),
                                   furniture: !furnitureDepths.isEmpty, furnitureDepths: furnitureDepths, captionish: captionish))
            current.removeAll(keepingCapacity: true)
            currentLink = 0
        }

        func appendText(_ slice: ArraySlice<UInt8>) {
            var lastSpace = current.last == nil || current.last == 0x20
            var added = 0
            for b in slice {
                let space = b == 0x20 || b == 0x0A || b == 0x09
                if space {
                    if !lastSpace { current.append(0x20); added += 1 }
                    lastSpace = true
                } else {
                    current.append(b); added += 1
                    lastSpace = false
                }
            }
            // Link text: inside an <a> still open on the stack (unclosed anchors end with their parent).
            if stack.contains(where: { $0.name == "a" }) { currentLink += added }
        }

        while let token = tokenizer.next() {
            switch token {
            case .text(let slice):
                if inTitle { titleText.append(contentsOf: slice); continue }
                if inHead { continue }
                appendText(slice)
            case .start(let name, let attrs, let selfClosing):
                switch name {
                case "head": inHead = true; continue
                case "body": inHead = false
                case "title" where titleText.isEmpty: inTitle = true; continue
                case "meta": readMeta(attrs, into: &meta, date: &metaDate, ogType: &ogType); continue
                case "html": if let lang = attrs["lang"], !lang.isEmpty { meta.language = lang }
                case "link":
                    if attrs["rel"]?.lowercased() == "canonical", let href = attrs["href"], meta.url == nil { meta.url = href }
                    continue
                case "a": anchorCount += 1
                default: break
                }
                if blockTags.contains(name) { flush() }
                if voidTags.contains(name) || selfClosing { continue }
                let classWords = words(of: (attrs["class"] ?? "") + " " + (attrs["id"] ?? ""))
                let furniture = furnitureTags.contains(name) || !classWords.isDisjoint(with: furnitureWords)
                let captionish = name == "figcaption" || classWords.contains("caption") || classWords.contains("credit")
                // Real pages nest a few dozen deep; a page of thousands of unclosed tags must not make
                // every block copy and scan them (it took minutes for 20,000): deeper ones are not kept.
                guard stack.count < Self.maximumDepth else { continue }
                stack.append(Element(name: name, id: nextID, furniture: furniture, captionish: captionish))
                nextID += 1
            case .end(let name):
                switch name {
                case "head": inHead = false; continue
                case "title": inTitle = false; continue
                default: break
                }
                if blockTags.contains(name) { flush() }
                if let idx = stack.lastIndex(where: { $0.name == name }), stack.count - idx <= 12 {
                    stack.removeSubrange(idx...)
                }
            }
        }
        flush()

        if meta.title == nil {
            let t = sanitizer.sanitize(titleText).text.trimmedASCII.collapsingSpaces
            if !t.isEmpty { meta.title = t }
        }
        meta.date = metaDate

        // Decode character references in the block text now that markup is gone.
        let texts: [String] = blocks.map { sanitizer.sanitize($0.text).text.trimmedASCII.collapsingSpaces }

        // Score containers by the article-like text directly inside them. Text under furniture
        // (class "sidebar", <nav>, …) counts a quarter: some sites put such words on the article too.
        var scores: [Int: Double] = [:]
        var totalText = 0, totalLink = 0
        for (k, block) in blocks.enumerated() {
            let len = texts[k].utf8.count
            totalText += len
            totalLink += block.linkBytes
            guard len >= 40 else { continue }
            let density = Double(block.linkBytes) / Double(max(1, block.text.count))
            guard density < 0.34 else { continue }
            let commas = texts[k].utf8.reduce(0) { $0 + ($1 == UInt8(ascii: ",") ? 1 : 0) }
            let score = (1 + Double(commas) + min(Double(len) / 100, 3)) * (block.furniture ? 0.25 : 1)
            if let parent = block.path.last { scores[parent, default: 0] += score }
            if block.path.count >= 2 { scores[block.path[block.path.count - 2], default: 0] += score / 2 }
        }
        guard let best = scores.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else {
            return .notArticle("no article text found (a listing or index page?)")
        }
        let mainID = best.key
        // Furniture marks count only below the main container, not on its ancestors.
        for k in blocks.indices {
            guard let at = blocks[k].path.firstIndex(of: mainID) else { continue }
            blocks[k].furniture = blocks[k].furnitureDepths.contains { $0 > at }
        }

        var mainText = 0, mainParagraphs = 0
        for (k, block) in blocks.enumerated() where block.path.contains(mainID) {
            let len = texts[k].utf8.count
            let density = Double(block.linkBytes) / Double(max(1, block.text.count))
            if density < 0.34 { mainText += len }
            if len >= 80 && density < 0.34 { mainParagraphs += 1 }
        }
        let linkShare = Double(totalLink) / Double(max(1, totalText))
        let saysArticle = ogType?.lowercased() == "article"
        if !saysArticle && (mainText < 500 || mainParagraphs < 2 || (linkShare > 0.6 && mainText < 1500)) {
            return .notArticle("a listing or index page (\(anchorCount) links, \(mainText) bytes of running text), not an article")
        }

        var candidates: [BlockCandidate] = []
        var seenH1 = false
        for (k, block) in blocks.enumerated() {
            let text = texts[k]
            guard !text.isEmpty else { continue }
            let inMain = block.path.contains(mainID)
            let density = Double(block.linkBytes) / Double(max(1, block.text.count))
            var hint: BlockCandidate.Hint = .none
            if block.tag == "h1" && !seenH1 && (!block.furniture || inMain) {
                hint = .headline
                seenH1 = true
            } else if block.captionish && !block.furniture {
                hint = .caption
            } else if !inMain || block.furniture {
                hint = .outsideContent
            } else if density >= 0.5 {
                hint = .linkList
            } else if block.captionish {
                hint = .caption
            } else if ["h2", "h3", "h4", "h5", "h6"].contains(block.tag) {
                hint = .heading
            }
            candidates.append(BlockCandidate(text: text, hint: hint))
        }
        return .article(SourceDocument(id: fileStem(path), path: path, format: .html, blocks: candidates, stated: meta))
    }

    static func readMeta(_ attrs: [String: String], into meta: inout StatedMetadata, date: inout String?, ogType: inout String?) {
        let key = (attrs["property"] ?? attrs["name"] ?? attrs["itemprop"] ?? "").lowercased()
        guard let content = attrs["content"], !content.isEmpty else { return }
        let value = Sanitizer().sanitize(content).trimmedASCII.collapsingSpaces
        guard !value.isEmpty else { return }
        switch key {
        case "og:title", "twitter:title":
            if meta.title == nil { meta.title = value }
        case "title" where meta.title == nil:
            meta.title = value
        case "og:url":
            if meta.url == nil { meta.url = value }
        case "og:site_name":
            meta.siteName = value
        case "og:type":
            ogType = value
        case "author", "article:author", "dc.creator", "content_author", "byl":
            if meta.author == nil && !value.hasPrefix("http") { meta.author = value }
        case "article:published_time", "datepublished", "pubdate", "publishdate", "publish-date", "content_publisheddate",
             "dc.date.issued", "dc.date", "date", "publish_date", "dtk:publishdate", "og:published_time":
            if date == nil { date = value }
        case "language", "content-language":
            if meta.language == nil { meta.language = value }
        default:
            break
        }
    }

    /// The charset a page declares in its first bytes (`<meta charset>` or http-equiv).
    static func declaredCharset(_ bytes: [UInt8]) -> TextEncoding? {
        let head = ASCIIFolded(bytes: bytes.prefix(4096))
        guard let at = head.firstIndex(of: "charset=") else { return nil }
        var i = at + 8
        while i < head.bytes.count && (head.bytes[i] == UInt8(ascii: "\"") || head.bytes[i] == UInt8(ascii: "'")) { i += 1 }
        let start = i
        while i < head.bytes.count && (isASCIIAlnum(head.bytes[i]) || head.bytes[i] == UInt8(ascii: "-") || head.bytes[i] == UInt8(ascii: "_")) { i += 1 }
        return TextEncoding(label: String(decoding: head.bytes[start..<i], as: UTF8.self))
    }

    /// The text blocks of a feed item (or a newsboat item): its title as the headline, as it heads a
    /// page, then its HTML content.
    static func itemBlocks(title: String?, html: String, path: String) -> [BlockCandidate] {
        var blocks = fragmentBlocks(html, path: path)
        if let title, !blocks.isEmpty, blocks.first?.hint != .headline { blocks.insert(BlockCandidate(text: title, hint: .headline), at: 0) }
        return blocks
    }

    /// A field a feed or cache states (a title, an author, an address): sanitised, on one line,
    /// spaces collapsed; nil when nothing is left.
    static func field(_ s: String?) -> String? {
        guard let s else { return nil }
        let c = Sanitizer.oneLine(Sanitizer().sanitize(s)).trimmedASCII.collapsingSpaces
        return c.isEmpty ? nil : c
    }

    /// The text blocks of an HTML fragment, as a feed item carries its content: read as the body of
    /// an article page, or, when too little of it is running text for that, tag-stripped by line.
    static func fragmentBlocks(_ html: String, path: String) -> [BlockCandidate] {
        let page = "<html><head><meta property=\"og:type\" content=\"article\"></head><body><article>" + html + "</article></body></html>"
        // All of a fragment is the item's content: no block of it lies outside the article.
        if case .article(let doc) = read(Array(page.utf8), path: path), !doc.blocks.isEmpty {
            return doc.blocks.map { $0.hint == .outsideContent ? BlockCandidate(text: $0.text) : $0 }
        }
        // A teaser of a sentence or two: its text, with markup and character references gone.
        var tokenizer = HTMLTokenizer(bytes: Array(html.utf8))
        var text: [UInt8] = []
        while let token = tokenizer.next() {
            switch token {
            case .text(let t): text.append(contentsOf: t)
            case .start(let name, _, _), .end(let name): if blockTags.contains(name) { text.append(0x0A) }
            }
        }
        return BlockCandidate.lines(of: Sanitizer().sanitize(text).text)
    }

    /// True when the document's root element is an RSS, Atom or RDF feed.
    static func isFeed(_ bytes: [UInt8]) -> Bool {
        var tokenizer = HTMLTokenizer(bytes: Array(bytes.prefix(4096)))
        while let token = tokenizer.next() {
            switch token {
            case .text(let t) where t.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }): continue
            case .start(let name, _, _): return name == "rss" || name == "feed" || name == "rdf:rdf"
            default: return false
            }
        }
        return false
    }

    static func words(of s: String) -> Set<String> {
        var result = Set<String>()
        var current = [UInt8]()
        for b in s.utf8 {
            if isASCIIAlnum(b) { current.append(b | (isASCIIUpper(b) ? 0x20 : 0)) } else if !current.isEmpty {
                result.insert(String(decoding: current, as: UTF8.self)); current.removeAll()
            }
        }
        if !current.isEmpty { result.insert(String(decoding: current, as: UTF8.self)) }
        return result
    }
}
