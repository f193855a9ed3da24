import Testing
import KabarCore
@testable import KabarTUI

/// The library's own state: its rows kept between keys and made again when what they come from changes.
@Suite("The library screen's rows")
struct LibraryScreenTests {
    static let articles = DemoCorpus.load(extractsClaims: false).articles

    /// The rows as the library shows them, made from scratch.
    func fresh(_ library: LibraryScreen) -> [Int] {
        var copy = LibraryScreen()
        copy.filter = library.filter
        copy.sortOrder = library.sortOrder
        copy.storyFilter = library.storyFilter
        copy.textMatches = library.textMatches
        return copy.rows(articles: Self.articles, stories: nil)
    }

    @Test func rowsFollowEverySortAndFilterChange() {
        var s = AppState(articles: Self.articles, width: 100, height: 30)
        let fileOrder = s.visibleArticles
        #expect(fileOrder == Array(Self.articles.indices))
        for _ in 0..<4 {
            update(&s, .key(.character("s")))
            #expect(s.visibleArticles == fresh(s.library), "sorted by \(s.library.sortOrder.label)")
        }
        #expect(s.visibleArticles == fileOrder, "four sorts come back to file order")
        update(&s, .key(.character("/")))
        for c in "Ferry" { update(&s, .key(.character(c))) }
        #expect(s.visibleArticles == fresh(s.library))
        // A filter set without a key (as a test or a script would) is read at once, not from the rows of before.
        s.library.filter = "Lintas"
        #expect(s.visibleArticles == fresh(s.library) && !s.visibleArticles.isEmpty)
    }

    @Test func aLongerFilterIsSoughtAmongTheShortersMatches() {
        let index = TextSearchIndex(Self.articles)
        #expect(!index.matching("feri").isEmpty && index.matching("feri").count < Self.articles.count)
        for (short, long) in [("fe", "feri"), ("ban", "bandar"), ("s", "selat lombar")] {
            let narrowed = index.matching(long, within: index.matching(short))
            #expect(narrowed == index.matching(long), "\(long) after \(short)")
        }
    }
}
