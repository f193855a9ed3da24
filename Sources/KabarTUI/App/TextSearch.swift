#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KabarCore

/// The articles' texts folded to lowercase UTF-8 once (in the background, at the library's first
/// `/`), so the filter finds words in every article's text at each key: one byte search over
/// the collection (a few milliseconds for the 10k bench) instead of lowercasing every body.
public struct TextSearchIndex: Sendable {
    /// Each article's body, folded (`ReaderSearch.fold`), as UTF-8.
    let texts: [[UInt8]]

    public init(_ articles: [Article]) {
        texts = articles.map { a in Self.folded(a.body) }
    }

    static func folded(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            let f = ReaderSearch.fold(s)
            if f.isASCII { out.append(UInt8(f.value)) } else { out.append(contentsOf: Array(String(Character(f)).utf8)) }
        }
        return out
    }

    /// The articles whose text holds `query`, case ignored; only among `candidates` when given
    /// (the articles holding a shorter query that `query` extends).
    public func matching(_ query: String, within candidates: Set<Int>? = nil) -> Set<Int> {
        let needle = Self.folded(query)
        guard !needle.isEmpty else { return [] }
        var result = Set<Int>()
        needle.withUnsafeBufferPointer { n in
            func test(_ k: Int) {
                let text = texts[k]
                if text.count >= n.count, text.withUnsafeBufferPointer({ Self.contains($0, n) }) { result.insert(k) }
            }
            if let candidates {
                for k in candidates where k < texts.count { test(k) }
            } else {
                for k in texts.indices { test(k) }
            }
        }
        return result
    }
}

extension TextSearchIndex {
    /// Whether `needle` occurs in `hay`: `memchr` to each place its first byte is, `memcmp` there
    /// (glibc's `memmem` is not visible to Swift without _GNU_SOURCE).
    static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let h = hay.baseAddress, let n = needle.baseAddress, needle.count > 0, hay.count >= needle.count else { return false }
        let first = Int32(n[0])
        var at = 0
        let last = hay.count - needle.count
        while at <= last {
            guard let p = memchr(h + at, first, last - at + 1) else { return false }
            let k = h.distance(to: p.assumingMemoryBound(to: UInt8.self))
            if memcmp(h + k, n, needle.count) == 0 { return true }
            at = k + 1
        }
        return false
    }
}

/// Which articles' text holds the library filter, kept for the filter it was found for.
public struct TextMatches: Sendable, Equatable {
    public var query: String
    public var articles: Set<Int>
}

/// Finds the library filter in the articles' text once the texts are folded (until then the
/// filter reads titles and outlets only, and the title bar says so). A filter typed on from the
/// last one is sought only in the articles that held the last one.
func updateTextMatches(_ state: inout AppState) {
    let filter = state.library.filter
    guard !filter.isEmpty, let index = state.textIndex else { state.library.textMatches = nil; return }
    if state.library.textMatches?.query == filter { return }
    let narrowed = state.library.textMatches.flatMap { filter.hasPrefix($0.query) ? $0.articles : nil }
    state.library.textMatches = TextMatches(query: filter, articles: index.matching(filter, within: narrowed))
}
