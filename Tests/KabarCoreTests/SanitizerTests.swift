import Testing
@testable import KabarCore

@Suite("Sanitizer")
struct SanitizerTests {
    let s = Sanitizer()

    @Test func lineEndingsAndSpaces() {
        #expect(s.sanitize("a\r\nb\rc\n") == "a\nb\nc\n")
        #expect(s.sanitize("a\u{00A0}b\u{2009}c\td") == "a b c d")
        #expect(s.sanitize("a\u{2028}b") == "a\nb")
    }

    @Test func entities() {
        #expect(s.sanitize("&ldquo;Ya&rdquo; &amp; &#8220;tidak&#x201D; &nbsp;x") == "“Ya” & “tidak”  x")
        #expect(s.sanitize("AT&T &unknown; &#xZZ;") == "AT&T &unknown; &#xZZ;")
        // An entity cannot smuggle a control character in.
        #expect(s.sanitize("a&#27;[31mb") == "a[31mb")
        #expect(s.sanitize("&#150;") == "–")   // Windows-1252 reading of numeric C1 references
    }

    @Test func controlsAndInvisibleFormatting() {
        let input = "x\u{1B}[1;31my\u{1B}[0m z\u{07}\u{7F}\u{85}\u{200B}\u{200D}\u{202E}\u{2066}\u{FEFF}\u{00AD}w"
        #expect(s.sanitize(input) == "xy zw")
        #expect(s.sanitize("\u{1B}]8;;http://evil\u{1B}\\link\u{1B}]8;;\u{1B}\\") == "link")
    }

    @Test func windows1252Fallback() {
        let out = s.sanitize([0x93, 0x48, 0x61, 0x69, 0x94, 0x20, 0x63, 0x61, 0x66, 0xE9], declared: nil)
        #expect(out.text == "“Hai” café")
        #expect(out.encoding == .utf8WithFallback)
        let declared = s.sanitize([0x63, 0x61, 0x66, 0xE9, 0xC3], declared: .windows1252)
        #expect(declared.encoding == .windows1252)
        #expect(declared.text == "caféÃ")
        #expect(s.sanitize(Array("café".utf8), declared: .windows1252).text == "café")   // valid UTF-8 wins
    }

    @Test func mojibakeRepair() {
        #expect(s.sanitize("2,5Â±1% dan cafÃ©") == "2,5±1% dan café")
        #expect(s.sanitize("SÃO PAULO") == "SÃO PAULO")
    }
}

@Suite("Language")
struct LanguageTests {
    @Test func packedWordsMatchTheirSpelling() {
        // The guesser's switch uses literal packed words; they must be the packed spellings.
        #expect(LanguageGuesser.pack("yang") == 0x79616e67)
        #expect(LanguageGuesser.pack("said") == 0x73616964)
        #expect(LanguageGuesser.guess("Presiden mengatakan bahwa dia akan datang ke Jakarta dengan rombongan yang besar dan itu penting.") == .indonesian)
        #expect(LanguageGuesser.guess("The president said that he would come to Jakarta with a large delegation and that it was important.") == .english)
    }
}
