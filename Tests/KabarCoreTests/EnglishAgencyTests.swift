import Testing
@testable import KabarCore

/// English agency copy (the claims-recall issue): each case found nothing, or the wrong content or
/// speaker, before `EnglishAttribution.swift`, on sentences written for kabar.
@Suite("Claims: English agency copy")
struct EnglishAgencyTests {
    func claims(_ text: String) -> [Claim] { ClaimExtractor().extract(from: text) }

    @Test func theContentIsNeverTheTimePhrase() throws {
        let c = try #require(claims("The Kasatka can reach targets across northern Europe, a Russian military expert said on state television on Sunday.").first)
        #expect(c.content == "The Kasatka can reach targets across northern Europe")
        #expect(c.speaker == "a Russian military expert")
        let d = try #require(claims("Russia test-fired a new cruise missile, the Defence Ministry said in a statement on Sunday, days before the summit.").first)
        #expect(d.content == "Russia test-fired a new cruise missile")
        #expect(d.speaker == "Defence Ministry")
        let e = try #require(claims("The party said on Sunday it was leaving the government.").first)
        #expect(e.content == "it was leaving the government")
    }

    @Test func anAdverbBeforeTheCueIsNoPartOfTheSpeaker() throws {
        let c = try #require(claims("The national search agency now says 226 people were on board, revising an earlier figure.").first)
        #expect(c.speaker == "The national search agency")
        #expect(c.content.hasPrefix("226 people were on board"))
    }

    @Test func whoWasToldIsNotTheSpeaker() throws {
        let c = try #require(claims("A senior official, who asked not to be named, told Reuters the board had discussed a larger increase.").first)
        #expect(c.speaker == "A senior official")
        #expect(c.content == "the board had discussed a larger increase")
        let text = "“Many houses have collapsed,” Bishnu Prasad Dhakal, a spokesman for the Home Ministry, told Reuters by telephone."
        let d = try #require(claims(text).first)
        #expect(d.speaker == "Bishnu Prasad Dhakal")
        #expect(d.role == "spokesman for the Home Ministry")
        let f = try #require(claims("Ingrid Haugland told a news conference in Oslo: “We will not be intimidated.”").first)
        #expect(f.speaker == "Ingrid Haugland")
    }

    @Test func anOrganisationKeepsItsWholeName() throws {
        let c = try #require(claims("Russia has expanded its presence in the Arctic, according to the Council on Foreign Relations.").first)
        #expect(c.speaker == "Council on Foreign Relations")
        let d = try #require(claims("Growth slowed to 4.6% in the first quarter, according to Statistics Indonesia, the weakest pace in two years.").first)
        #expect(d.speaker == "Statistics Indonesia" && d.content == "Growth slowed to 4.6% in the first quarter")
    }

    @Test func aClauseAfterSaidIsNoSpeaker() throws {
        let c = try #require(claims("Her coach, Irwan Setiabudi, said the win would lift Putri into the top five.").first)
        #expect(c.speaker == "Irwan Setiabudi" && c.content == "the win would lift Putri into the top five")
        let d = try #require(claims("Somchai, who took office in 2024, said he would not dissolve parliament.").first)
        #expect(d.speaker == "Somchai" && d.content == "he would not dissolve parliament")
    }

    @Test func passiveReportsAreHedgesWithNoSource() throws {
        let c = try #require(claims("A fourth contractor, Benjamin Cruz, is believed to have left the country in 2024.").first)
        #expect(c.kind == .unattributed && c.speaker == nil && c.hedged)
        #expect(c.content.hasPrefix("A fourth contractor"))
    }

    @Test func namingVerbsBeforeAPartialQuote() throws {
        let c = try #require(claims("Analysts at Lestari Capital called the increase “a necessary evil” in a note to clients.").first)
        #expect(c.kind == .partial && c.content == "a necessary evil")
        #expect(c.speaker?.contains("Lestari Capital") == true)
        let d = try #require(claims("The Japan Automobile Manufacturers Association welcomed the deal, saying it would lower costs for members.").first)
        #expect(d.content == "it would lower costs for members")
        #expect(d.speaker == "Japan Automobile Manufacturers Association")
    }

    @Test func anAgencyDatelineGivesTheAgency() throws {
        let d = try #require(Dateline.parse("MOSCOW (Reuters) - Russia test-fired a new missile."))
        #expect(d.place == "Moscow" && d.agency == "Reuters")
        let e = try #require(Dateline.parse("BANGKOK, June 14 (AFP) - Thailand's second party quit."))
        #expect(e.place == "Bangkok" && e.agency == "AFP")
        #expect(Dateline.parse("Gubernur (Plt) Jawa Barat - mengatakan") == nil)
        // Reprinted by another outlet, every claim came through the agency.
        let page = "The Jakarta Post\n\nRussia tests a missile\n\nMOSCOW (Reuters) - Russia test-fired a new missile, the ministry said on Sunday.\n"
        let dir = TemporaryFolder()
        let article = try #require(Ingestor(parallel: false, extractsClaims: true).ingest(paths: [dir.write("a.txt", Array(page.utf8))]).articles.first)
        #expect(article.outlet == "The Jakarta Post")
        #expect(article.claims.first?.via == ["Reuters"])
        #expect(article.claims.first?.content == "Russia test-fired a new missile")
    }

    @Test func aSentenceCaseHeadlineAboveTheByline() throws {
        let page = "Associated Press\n\nWHO warns dengue cases on track for record year\n\nBy Helen Marchetti\n\nGENEVA (AP) — Dengue infections are on course to reach a record high this year, the World Health Organization said Thursday.\n"
        let dir = TemporaryFolder()
        let article = try #require(Ingestor(parallel: false, extractsClaims: true).ingest(paths: [dir.write("a.txt", Array(page.utf8))]).articles.first)
        #expect(article.title == "WHO warns dengue cases on track for record year")
        #expect(article.outlet == "AP")
    }
}
