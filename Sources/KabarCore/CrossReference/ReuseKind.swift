/// What two articles' shared text is: the reporter's own sentences repeated (prose), the same
/// statement quoted from one source (quotation), or both in one passage (mixed).
public enum ReuseKind: String, Sendable, Hashable, CaseIterable {
    case prose
    case mixed
    case quotation

    /// A passage is a quotation when at least this share of its words sits inside quotation marks
    /// in both articles (the rest is the attribution tag: "…," kata X); prose below `mixedShare`.
    static let quotationShare = 0.8
    static let mixedShare = 0.2

    init(quotedShare: Double) {
        self = quotedShare >= Self.quotationShare ? .quotation : quotedShare >= Self.mixedShare ? .mixed : .prose
    }
}

/// How the two articles of a reuse pair stand to each other.
public enum ReuseRelation: String, Sendable, Hashable {
    /// One outlet repeating its own text (background paragraphs, stock lines, a video page's lede).
    case sameOutlet = "same outlet"
    /// The second prints the first's article (or both one wire article) whole or nearly.
    case republished
    /// Different outlets sharing part of their text: most often one press release.
    case copied

    /// Shared words over the shorter article's words from which a pair is a republication.
    static let republishedCoverage = 0.7

    init(outlets: (String?, String?), sharedWords: Int, shorterWords: Int) {
        if let a = outlets.0, let b = outlets.1, a.lowercased() == b.lowercased() {
            self = .sameOutlet
        } else if shorterWords > 0, Double(sharedWords) >= Self.republishedCoverage * Double(shorterWords) {
            self = .republished
        } else {
            self = .copied
        }
    }
}

/// Which words of a body stand inside quotation marks, found paragraph by paragraph with the
/// claims' quote scanner (an unclosed quotation ends with its paragraph).
struct QuotedWords {
    /// Per word of `WordSpans.of(body)`: inside a quotation.
    let flags: [Bool]

    init(body: String, paragraphs: [Range<Int>], words: [WordSpan]) {
        let scalars = Array(body.unicodeScalars)
        var inside: [Range<Int>] = []
        for paragraph in paragraphs {
            for q in QuoteScanner.scan(scalars, paragraph) {
                inside.append(q.content(paragraphEnd: paragraph.upperBound))
            }
        }
        inside.sort { $0.lowerBound < $1.lowerBound }
        var flags = [Bool](repeating: false, count: words.count)
        var k = 0
        for (i, w) in words.enumerated() {
            while k < inside.count, inside[k].upperBound <= w.range.lowerBound { k += 1 }
            if k < inside.count, inside[k].lowerBound <= w.range.lowerBound, w.range.upperBound <= inside[k].upperBound {
                flags[i] = true
            }
        }
        self.flags = flags
    }

    /// Share of the words in `range` (word indexes) that are quoted.
    func share(_ range: Range<Int>) -> Double {
        guard !range.isEmpty else { return 0 }
        var n = 0
        for i in range where flags[i] { n += 1 }
        return Double(n) / Double(range.count)
    }
}
