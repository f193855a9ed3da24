import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import KabarCore

/// Inputs a careless or hostile user hands kabar: folders that loop, pipes, NUL bytes, UTF-16,
/// names and fields holding control sequences or line breaks. Each case failed before its fix.
@Suite("Hostile input")
struct HostileInputTests {
    let article = "Polisi Tangkap Pelaku Pencurian di Bekasi\n\nJakarta - Kepala Kepolisian Daerah Metro Jaya mengatakan pelaku sudah ditangkap di Bekasi pada Senin malam.\n\nMenurut polisi, pelaku beraksi bersama dua rekannya yang kini masih diburu.\n"

    @Test func symbolicLinkLoopsAreWalkedOnce() throws {
        let dir = TemporaryFolder()
        let file = dir.write("d/berita.txt", article)
        #expect(symlink(".", dir.path + "/d/a") == 0 && symlink(".", dir.path + "/d/b") == 0)
        let (files, problems) = InputCollector.collect([dir.path + "/d"])
        #expect(files.map(\.path) == [file])
        let loops = problems.filter { $0.message.contains("symbolic link loop") }
        #expect(loops.count == 2, "\(problems)")
        #expect(Set(loops.map(\.path)) == [dir.path + "/d/a", dir.path + "/d/b"])
        // The same file through two paths (a link to a sibling folder) is read once.
        let other = dir.write("e/berita.txt", article)
        #expect(symlink(dir.path + "/e", dir.path + "/f") == 0)
        let both = InputCollector.collect([dir.path + "/e", dir.path + "/f"])
        #expect(both.files.map(\.path) == [other])
    }

    @Test func aPipeInsideAFolderIsReported() {
        let dir = TemporaryFolder()
        dir.write("good.txt", article)
        #expect(mkfifo(dir.path + "/pipe.txt", 0o600) == 0)
        let (files, problems) = InputCollector.collect([dir.path])
        #expect(files.count == 1)
        #expect(problems.contains { $0.path == dir.path + "/pipe.txt" && $0.message.contains("named pipe") }, "\(problems)")
    }

    @Test func aFewNULBytesAreDroppedNotTheFile() throws {
        let dir = TemporaryFolder()
        var bytes = Array(article.utf8)
        bytes.insert(0, at: 60)
        bytes.insert(0, at: 120)
        let path = dir.write("nul.txt", bytes)
        let r = Ingestor().ingest(paths: [path])
        let a = try #require(r.articles.first, "\(r.problems)")
        #expect(a.body.contains("pelaku sudah ditangkap"))
        #expect(!a.body.unicodeScalars.contains("\u{0}"))
        #expect(r.problems.contains { $0.severity == .repaired && $0.message == "2 NUL bytes removed from the text" })
        #expect(!r.hasErrors)
        // Mostly NULs is still binary.
        let binary = dir.write("zeros.txt", [UInt8](repeating: 0, count: 4000) + Array(article.utf8))
        #expect(Ingestor().ingest(paths: [binary]).problems.first?.message.hasPrefix("binary data") == true)
    }

    @Test(arguments: [true, false]) func utf16WithAByteOrderMarkIsDecoded(littleEndian: Bool) throws {
        let dir = TemporaryFolder()
        let text = article.replacingOccurrences(of: "Bekasi pada", with: "Bekasi, kata Sinéad, pada")
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 { bytes += littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        let txt = dir.write("utf16.txt", bytes)
        let r = Ingestor().ingest(paths: [txt])
        let a = try #require(r.articles.first, "\(r.problems)")
        #expect(a.title == "Polisi Tangkap Pelaku Pencurian di Bekasi")
        #expect(a.body.contains("kata Sinéad"))
        // An HTML page too.
        let page = "<html><head><title>Polisi Tangkap Pelaku</title></head><body><article><h1>Polisi Tangkap Pelaku</h1>"
            + (1...6).map { "<p>Paragraf \($0): Kepala Kepolisian Daerah Metro Jaya mengatakan pelaku sudah ditangkap di Bekasi pada Senin malam setelah warga melapor.</p>" }.joined()
            + "</article></body></html>"
        var html: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in page.utf16 { html += littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        let htmlPath = dir.write("utf16.html", html)
        let h = Ingestor().ingest(paths: [htmlPath])
        #expect(h.articles.first?.body.contains("Paragraf 6") == true, "\(h.problems)")
    }

    @Test func metadataFieldsAreOneLine() throws {
        let dir = TemporaryFolder()
        let record = #"{"id":"x\u001b[2J1","outlet":"Detik\nFAKE 2025-01-01 999 row","author":"Ani\r\nBudi","title":"Polisi Tangkap Pelaku Pencurian","text":"Kepala Kepolisian Daerah Metro Jaya mengatakan pelaku sudah ditangkap di Bekasi pada Senin malam.\n\nMenurut polisi, pelaku beraksi bersama dua rekannya yang kini masih diburu."}"#
        let path = dir.write("r.jsonl", record + "\n")
        let a = try #require(Ingestor().ingest(paths: [path]).articles.first)
        #expect(a.outlet == "Detik FAKE 2025-01-01 999 row")
        #expect(a.author == "Ani Budi")
        #expect(a.id == "x1")
    }

    @Test func fileNamesBecomeSafeIDs() throws {
        let dir = TemporaryFolder()
        let path = dir.write("c\u{1B}[2Jd\nx\u{9B}31my\u{202E}.txt", article)
        let r = Ingestor().ingest(paths: [dir.path])
        let a = try #require(r.articles.first, "\(r.problems)")
        #expect(a.path == path)
        #expect(a.id == "cd xy")
        #expect(Sanitizer.oneLine("a\u{1B}]0;title\u{7}b\nc\u{200B}d\u{9B}2Je") == "ab cde")
    }

    @Test func aSkippedRecordIsNotAnArticle() {
        let dir = TemporaryFolder()
        let good = #"{"id":"good","title":"Polisi Tangkap Pelaku Pencurian","text":"Kepala Kepolisian Daerah Metro Jaya mengatakan pelaku sudah ditangkap di Bekasi pada Senin malam.\n\nMenurut polisi, pelaku beraksi bersama dua rekannya yang kini masih diburu."}"#
        let furniture = #"{"id":"furniture","title":"Baca Juga","text":"Baca juga: Polisi Tangkap Pelaku\nADVERTISEMENT"}"#
        let path = dir.write("r.jsonl", good + "\n" + furniture + "\n")
        let r = Ingestor().ingest(paths: [path])
        #expect(r.articles.map(\.id) == ["good"])
        #expect(r.problems.contains { $0.message.hasPrefix("furniture: no article text") && $0.severity == .notice })
    }
}
