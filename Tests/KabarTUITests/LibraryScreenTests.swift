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

    /// Each sort in the order its rule states, ties and missing values included, on articles
    /// made for it: newest or oldest first with undated last and ties (to the minute) in file
    /// order; outlets by name, none last.
    @Test func everySortOrdersAsItsRuleSays() {
        let dates: [PublishedDate?] = [PublishedDate(year: 2025, month: 6, day: 3), nil, PublishedDate(year: 2025, month: 6, day: 3, hour: 9, minute: 5),
                                       PublishedDate(year: 2024, month: 12, day: 31, hour: 23, minute: 59), nil, PublishedDate(year: 2025, month: 6, day: 3),
                                       PublishedDate(year: 2025, month: 1, day: 1, hour: 0, minute: 1)]
        let outlets: [String?] = ["Tempo", nil, "Kompas", "tempo", "Antara", "Kompas", nil]
        let articles = dates.indices.map { k -> Article in
            var a = Article(id: "a\(k)", path: "/x/\(k).txt", format: .text)
            a.published = dates[k]
            a.outlet = outlets[k]
            a.body = "Isi berita \(k)."
            return a
        }
        func rows(_ order: LibraryScreen.SortOrder) -> [Int] {
            var library = LibraryScreen()
            library.sortOrder = order
            return library.rows(articles: articles, stories: nil)
        }
        #expect(rows(.file) == [0, 1, 2, 3, 4, 5, 6])
        #expect(rows(.date) == [2, 0, 5, 6, 3, 1, 4])
        #expect(rows(.oldest) == [3, 6, 0, 5, 2, 1, 4])
        #expect(rows(.outlet) == [4, 2, 5, 0, 3, 1, 6])
    }
}
