import Testing
import KabarCore
@testable import KabarTUI

/// The entity list keeps the matches of its search between keys and narrows them as the search
/// is typed further: at every key they are what a search from scratch finds.
@Suite("The entity list's matches")
struct EntityListScreenTests {
    static let articles = DemoCorpus.load(extractsClaims: true).articles

    @Test func typingErasingAndRetypingMatchesASearchFromScratch() {
        var s = AppState(articles: Self.articles, width: 100, height: 30)
        update(&s, .key(.character("e")))
        s.effects.removeAll()
        let table = EntityTable(Self.articles)
        deliver(.entities(table), to: &s)
        #expect(s.entityList.rows(in: table) == Array(table.entities.indices))
        var seen = Set<Int>()
        let keys: [Key] = "ka".map { .character($0) } + [.backspace, .backspace] + "lintas".map { .character($0) }
            + [.backspace, .backspace, .backspace] + "xyz".map { .character($0) } + [.escape] + "an".map { .character($0) }
        for key in keys {
            update(&s, .key(key))
            let rows = s.entityList.rows(in: table)
            #expect(rows == table.matching(s.entityList.filter), "after “\(s.entityList.filter)”")
            seen.insert(rows.count)
            #expect(s.entityList.cursor < max(1, rows.count))
        }
        #expect(seen.count >= 4, "the searches match different numbers of entities: \(seen.sorted())")
        #expect(render(s).lines[0].contains("matching “an”"))
    }
}
