import Foundation
import Testing
@testable import KabarCore

/// RSS 2.0 and Atom feeds read as articles (feeds written for kabar).
@Suite("Sources: RSS and Atom feeds")
struct FeedReaderTests {
    static let rss = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <channel>
    <title>Kabar Lombar</title>
    <link>http://127.0.0.1/</link>
    <item>
    <title>Kapal Feri Tenggelam di Selat Lombar</title>
    <link>http://127.0.0.1/2026/06/kapal-feri-tenggelam</link>
    <guid>kapal-1</guid>
    <pubDate>Tue, 02 Jun 2026 10:15:00 +0800</pubDate>
    <dc:creator>Sari Wulandari</dc:creator>
    <description>Kapal feri tenggelam.</description>
    <content:encoded><![CDATA[<p>TANJUNG LOMBAR - Kapal feri KM Nusa Indah tenggelam di Selat Lombar pada Selasa pagi dengan 120 penumpang.</p><p>"Kami akan terus mencari sampai semua penumpang ditemukan," kata Kepala Kantor SAR Lombar Rudianto Wibisono.</p>]]></content:encoded>
    </item>
    <item>
    <title>Harga Beras &amp; Cabai Naik</title>
    <link>http://127.0.0.1/2026/06/harga-beras</link>
    <pubDate>Wed, 03 Jun 2026 08:00:00 +0800</pubDate>
    <description>&lt;p&gt;Harga beras di pasar Tanjung Lombar naik menjadi Rp 15.000 per kilogram, kata pedagang Siti Aminah.&lt;/p&gt;</description>
    </item>
    <item><title>Tanpa isi</title><link>http://127.0.0.1/kosong</link></item>
    </channel>
    </rss>
    """

    static let atom = """
    <?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom">
      <title>Warta Nusa</title>
      <entry>
        <title>Pelabuhan Ditutup karena Angin Barat</title>
        <link rel="self" href="http://127.0.0.1/feed/1"/>
        <link rel="alternate" href="http://127.0.0.1/2026/06/pelabuhan-ditutup"/>
        <id>tag:127.0.0.1,2026:1</id>
        <published>2026-06-04T07:30:00+08:00</published>
        <author><name>Dimas Pratama</name></author>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Syahbandar Tanjung Lombar menutup pelabuhan sejak Kamis pagi karena angin barat.</p><p>Menurut Kepala Syahbandar Hendra Saputra, gelombang mencapai empat meter di perairan selatan.</p></div></content>
      </entry>
      <entry>
        <title>Nelayan Diminta Tidak Melaut</title>
        <link href="http://127.0.0.1/2026/06/nelayan"/>
        <id>tag:127.0.0.1,2026:2</id>
        <updated>2026-06-04T09:00:00+08:00</updated>
        <summary type="html">&lt;p&gt;Dinas Perikanan mengimbau nelayan agar tidak melaut sampai Sabtu.&lt;/p&gt;</summary>
      </entry>
    </feed>
    """

    func read(_ name: String, _ text: String) -> Ingestor.Result {
        let dir = TemporaryFolder()
        let path = dir.write(name, text)
        return Ingestor(parallel: false, extractsClaims: true).ingest(paths: [path])
    }

    @Test func rssItemsAreArticles() throws {
        let result = read("berita.xml", Self.rss)
        #expect(result.articles.count == 2)
        let ferry = try #require(result.articles.first)
        #expect(ferry.title == "Kapal Feri Tenggelam di Selat Lombar")
        #expect(ferry.outlet == "Kabar Lombar", "the feed's title when nothing better names the outlet")
        #expect(ferry.url == "http://127.0.0.1/2026/06/kapal-feri-tenggelam")
        #expect(ferry.author == "Sari Wulandari")
        #expect(ferry.published?.iso8601.hasPrefix("2026-06-02") == true)
        #expect(ferry.format == .feed)
        #expect(ferry.body.hasPrefix("TANJUNG LOMBAR - Kapal feri"), "content:encoded over the description")
        #expect(ferry.claims.contains { $0.speaker == "Rudianto Wibisono" })
        let rice = result.articles[1]
        #expect(rice.title == "Harga Beras & Cabai Naik")
        #expect(rice.body.hasPrefix("Harga beras di pasar"), "an escaped HTML description")
        #expect(result.problems.contains { $0.severity == .notice && $0.message.contains("item 3: no content or summary") })
        #expect(!result.hasErrors)
        // Ids stay when the feed changes around an item.
        let again = read("berita.xml", Self.rss.replacingOccurrences(of: "<item><title>Tanpa isi", with: "<item><title>Baru</title><description>Berita baru yang cukup panjang untuk dibaca.</description></item><item><title>Tanpa isi"))
        #expect(again.articles.first?.id == ferry.id)
    }

    @Test func atomEntriesAreArticles() throws {
        let result = read("warta.atom", Self.atom)
        #expect(result.articles.count == 2)
        let port = try #require(result.articles.first)
        #expect(port.outlet == "Warta Nusa")
        #expect(port.url == "http://127.0.0.1/2026/06/pelabuhan-ditutup", "the alternate link, not self")
        #expect(port.author == "Dimas Pratama")
        #expect(port.body.contains("gelombang mencapai empat meter"), "xhtml content keeps its paragraphs")
        #expect(port.blocks.filter { $0.kind.isArticleText }.count == 2)
        #expect(port.claims.contains { $0.speaker == "Hendra Saputra" })
        #expect(result.articles[1].body.hasPrefix("Dinas Perikanan mengimbau"), "an html summary when there is no content")
        #expect(result.articles[1].published?.iso8601.hasPrefix("2026-06-04") == true, "updated when not published")
    }

    @Test func aFeedUnderAnyNameIsReadAsAFeed() {
        #expect(read("feed", Self.atom).articles.count == 2, "a feed saved without an extension")
        #expect(read("rss.php", Self.rss).articles.count == 2, "a feed saved under a script's name")
        // Saved as a page, it stays a listing (as before), and says how to read its items.
        let page = read("rss.html", Self.rss)
        #expect(page.articles.isEmpty)
        #expect(page.problems.contains { $0.severity == .notice && $0.message.contains("named .xml or .rss") })
    }

    @Test func brokenFeedsSayWhatIsWrong() throws {
        let broken = read("rusak.xml", "<?xml version=\"1.0\"?><rss><channel><title>X</title><item><title>a</title>")
        let p = try #require(broken.problems.first)
        #expect(p.path.hasSuffix("rusak.xml"))
        #expect(p.message.contains("XML error") || p.message.contains("no items"), "\(p.message)")
        #expect(broken.articles.isEmpty && broken.hasErrors)
        let empty = read("kosong.xml", "<?xml version=\"1.0\"?><rss><channel><title>X</title></channel></rss>")
        #expect(empty.problems.map(\.message) == ["a feed with no items"])
        // An external entity is never fetched or expanded.
        let hostile = read("entitas.xml", """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <rss><channel><title>X</title><item><title>a</title><description>Isi berita &x; yang cukup panjang.</description></item></channel></rss>
            """)
        #expect(!hostile.articles.contains { $0.body.contains("root:") })
    }
}
