import Testing
@testable import KabarCore

/// The claim extractor's word tables and tokenizer: each fast path checked against the plain
/// definition it replaces (hashing by scalars, a linear token search, a dictionary).
@Suite("Claims: tokens and word tables")
struct ClaimTokenTests {
    /// The FNV hash by scalars, ASCII lowercased and ’ read as ': the definition.
    func referenceHash(_ word: String) -> UInt64 {
        word.unicodeScalars.reduce(TokenizedText.fnvBasis, TokenizedText.mix)
    }

    @Test func hashReadsASCIIBytesAsItsScalars() {
        for word in ["Kata", "KATANYA", "jong-un", "Ma'ruf", "Ma’ruf", "Pérez", "Łódź", "", "a1-B2"] {
            #expect(TokenizedText.hash(word) == referenceHash(word), "\(word)")
        }
        #expect(TokenizedText.hash("Ma’ruf") == TokenizedText.hash("ma'ruf"))
    }

    @Test func containsWordGivesTheSameAnswerForASCIIAndOtherText() {
        let warga = TokenizedText.hash("warga")
        #expect(TokenizedText.containsWord("Siti, warga Pekayon") { $0 == warga })
        #expect(TokenizedText.containsWord("Siti, Warga Pekayon Łódź") { $0 == warga })
        #expect(!TokenizedText.containsWord("Siti, wargaku Pekayon") { $0 == warga })
        #expect(!TokenizedText.containsWord("Siti, wargaku Łódź") { $0 == warga })
        #expect(TokenizedText.containsWord("warga") { $0 == warga })
    }

    @Test func tokensCoverWordsAndMarksWithScalarOffsets() {
        let text = TokenizedText("“Kami siap,” kata Jong-un  di Łódź.\nNATO (A-1) menolak.")
        let words = text.tokens.filter(\.isWord).map { text.string($0.range) }
        #expect(words == ["Kami", "siap", "kata", "Jong-un", "di", "Łódź", "NATO", "A-1", "menolak"])
        let marks = text.tokens.filter { !$0.isWord }.map { String($0.mark) }
        #expect(marks == ["“", ",", "”", ".", "(", ")", "."])
        #expect(text.paragraphs.count == 2)
        let nato = text.tokens.first { text.string($0.range) == "NATO" }!
        let a1 = text.tokens.first { text.string($0.range) == "A-1" }!
        #expect(nato.isAllCaps && !a1.isAllCaps, "all capitals needs two capital letters")
        let kata = text.tokens.first { text.string($0.range) == "kata" }!
        #expect(kata.claimFlags & CueLexicon.Flag.postCue != 0)
        // Offsets count scalars: "Łódź" starts after 30 (two spaces before "di"), whatever its bytes.
        let lodz = text.tokens.first { text.string($0.range) == "Łódź" }!
        #expect(lodz.range == 30..<34)
    }

    @Test func tokenIndexAgreesWithALinearSearchAtEveryOffset() {
        let body = "Menurut   Kepala BMKG,  hujan turun.  \n\n“Kami … siap,” ujarnya di Kota Łódź (40).   "
        let text = TokenizedText(body)
        for offset in -1...(text.scalars.count + 2) {
            let linear = text.tokens.firstIndex { $0.range.lowerBound >= offset } ?? text.tokens.count
            #expect(text.tokenIndex(atOrAfter: offset) == linear, "offset \(offset)")
        }
    }

    @Test func wordMapKeepsEveryEntryAsItGrows() {
        var map = WordMap<Int>()
        #expect(map[42] == nil, "empty")
        let keys = (1...500).map { TokenizedText.hash("kata\($0)") }
        for (k, key) in keys.enumerated() { map[key] = k }
        #expect(map.count == 500)
        for (k, key) in keys.enumerated() { #expect(map[key] == k) }
        map[keys[7]] = -7
        #expect(map[keys[7]] == -7 && map.count == 500, "a second write replaces the value")
        #expect(map[TokenizedText.hash("absent")] == nil)
        map[0] = 1
        #expect(map[0] == nil, "hash 0 (punctuation) is never stored")
    }

    @Test func sentencesEndAtStopsButNotAtAbbreviationsOrInitials() {
        let body = "Dr. Budi tiba di Jl. Merdeka bersama S. Wibowo. Ia bertemu Kim Jong-un. Pertemuan itu singkat? Ya. Semuanya (40). Lalu pulang."
        let text = TokenizedText(body)
        let sentences = SentenceSplitter.split(text, text.paragraphs[0], quotes: []).map { text.string($0) }
        #expect(sentences == ["Dr. Budi tiba di Jl. Merdeka bersama S. Wibowo.", "Ia bertemu Kim Jong-un.", "Pertemuan itu singkat?",
                              "Ya.", "Semuanya (40).", "Lalu pulang."])
    }

    @Test func aSentenceGluedToTheNextSplitsEvenBeforeIa() {
        // Scrapes drop the space at old paragraph breaks; "Ia" is two letters, "M.Prasetyo" no sentence.
        let body = "Itu sudah jelas, jelasnya.Ia mengatakan, penanganan perkara berjalan. Hadir pula Jaksa Agung M.Prasetyo di sana."
        let text = TokenizedText(body)
        let sentences = SentenceSplitter.split(text, text.paragraphs[0], quotes: []).map { text.string($0) }
        #expect(sentences == ["Itu sudah jelas, jelasnya.", "Ia mengatakan, penanganan perkara berjalan.", "Hadir pula Jaksa Agung M.Prasetyo di sana."])
    }
}
