/// Sentences whose attribution comes first, before the claim, with no cue after it:
/// "Menurutnya, jika …", "Sebab, kata Budi, …", "Karenanya, kata dia, …", a cue set between commas
/// ("Penanganan ini, kata dia, harus …", "Harga beras, menurut pedagang, naik …"), and sources named at the opening ("Berdasarkan data BPS,
/// …", "Dikutip dari Antara, …", "Mengutip Reuters, …"). Tried when no cue inside the sentence
/// attributes it, so a sentence that names its speaker later ("Dilansir SCMP, Korotchenko memuji …")
/// keeps that speaker.
extension ClaimRun {
    static let menurutnya = TokenizedText.hash("menurutnya")
    static let berdasarkan = TokenizedText.hash("berdasarkan")
    static let mengutip = TokenizedText.hash("mengutip")
    static let fromWord = TokenizedText.hash("dari")
    /// "keterangan tertulis", "laporan resmi": words after the kind of source.
    static let sourceModifiers: WordSet = WordSet(["tertulis", "resmi", "terbaru", "terakhir", "harian", "mingguan"].map(TokenizedText.hash))
    /// "dikutip dari X", "dilansir dari X": the source is a medium.
    static let quotedFrom: WordSet = WordSet(["dikutip", "dilansir", "disadur"].map(TokenizedText.hash))
    /// "berdasarkan data BPS": the words naming what the source published, before the source.
    static let sourceKinds: WordSet = WordSet(["data", "laporan", "catatan", "keterangan", "informasi", "hasil", "survei",
                                               "rilis", "pernyataan", "penjelasan", "pantauan", "analisis", "riset",
                                               "kajian", "temuan", "perhitungan", "pengumuman"].map(TokenizedText.hash))

    /// Sites and publications named by their kind before their owner ("situs kampus Binus", "laman Polda DIY"),
    /// besides the documents of `documentNouns`.
    static let siteNouns: WordSet = WordSet(["situs", "laman", "akun", "website", "portal", "kanal", "jurnal", "studi", "penelitian",
                                             "buku", "halaman"].map(TokenizedText.hash))
    /// Words that say where in a document ("dalam pasal 4", "pada halaman 3").
    static let placeInDocument: WordSet = WordSet(["dalam", "pada", "pasal", "ayat", "halaman", "bab"].map(TokenizedText.hash))

    mutating func openerAttribution(in sentence: Range<Int>) -> Claim? {
        let a = text.tokenIndex(atOrAfter: sentence.lowerBound)
        let b = text.tokenIndex(atOrAfter: sentence.upperBound)
        guard b - a >= 4 else { return nil }
        var start = skipConnectors(from: a, to: b)
        // "Apalagi, lanjut Lucky, …": a cue that is also a connective ("lebih lanjut") after the comma.
        if start >= a + 3, t[start - 1].isWord, CueLexicon.postCues.contains(t[start - 1].hash), !t[start - 2].isWord,
           t[start - 2].mark == "," { start -= 1 }
        guard start + 2 < b, t[start].isWord else { return nil }
        func isComma(_ k: Int) -> Bool { !t[k].isWord && t[k].mark == "," }
        func comma(from k: Int, within n: Int) -> Int? { (k..<min(b, k + n)).first(where: isComma) }
        func claim(_ phrase: SpeakerPhrase?, nya: Bool = false, cue: Int, from c: Int, via: [String] = []) -> Claim? {
            var c = c
            // "Dilansir dari Antara, Kamis (19/6/2025), pencabutan …": the day the medium reported it is no claim.
            if c < b, t[c].isWord, CueLexicon.calendarWords.contains(t[c].hash),
               let after = comma(from: c + 1, within: 9), (c..<after).allSatisfy({ t[$0].isWord ? t[$0].hasDigit || CueLexicon.calendarWords.contains(t[$0].hash) : t[$0].mark != "." }) {
                c = after + 1
            }
            // "Berdasarkan peraturan …, disebutkan bahwa …": the passive cue names no other source; the claim is after "bahwa".
            var hedged = sentenceHasHedge(sentence)
            if c + 1 < b, t[c].isWord, t[c].claimFlags & (CueLexicon.Flag.hedge | CueLexicon.Flag.passive) != 0, t[c + 1].hash == CueLexicon.bahwa {
                c += 2
                hedged = (c..<b).contains { t[$0].isWord && t[$0].claimFlags & CueLexicon.Flag.hedge != 0 }
            }
            let content = contentRange(from: c, to: b)
            guard content.count >= 12 else { return nil }
            return attributed(.indirect, phrase: phrase, nyaCue: nya, cue: cue, content: content, via: via, venue: nil,
                              hedged: hedged)
        }
        let first = t[start].hash
        // "Menurutnya, …": the speaker the "-nya" points back to.
        if first == Self.menurutnya, isComma(start + 1) {
            return claim(nil, nya: true, cue: start, from: start + 2)
        }
        // "Kata Budi, …", "Sebab, kata Budi, …" (the connective skipped above).
        if CueLexicon.postCues.contains(first), let c = comma(from: start + 1, within: 9), c > start + 1,
           let phrase = SpeakerPhrase.parse(text, tokens: start + 1, c) {
            return claim(phrase, cue: start, from: c + 1)
        }
        // Sources named at the opening.
        var from: Int?, medium = false, gathered = false
        if first == Self.berdasarkan {
            var k = start + 1
            // "Berdasarkan data terbaru Badan Pusat Statistik (BPS) tahun 2025, …".
            while k < b, t[k].isWord, Self.sourceKinds.contains(t[k].hash) || k > start + 1 && Self.sourceModifiers.contains(t[k].hash) { k += 1 }
            // "Berdasarkan informasi yang dihimpun dari posko pencarian …": who gathered it is the source.
            if k > start + 1, k + 2 < b, t[k].hash == ClaimRun.yang, t[k + 1].isWord, isPassive(k + 1) {
                k += 2
                if t[k].hash == Self.fromWord || t[k].hash == ClaimRun.oleh { k += 1; gathered = true }
            }
            from = k
        } else if first == ClaimRun.dalam, start + 2 < b, isSourceWord(start + 1) {
            // "Dalam catatan Pos Pengamat Gunung Marapi, …"; "Dalam keterangan tertulisnya, …" (the "-nya" speaker).
            var k = start + 1
            while k < b, t[k].isWord, !endsInNya(k), Self.sourceKinds.contains(t[k].hash) || Self.sourceModifiers.contains(t[k].hash) { k += 1 }
            if k + 1 < b, t[k].isWord, endsInNya(k), isComma(k + 1) { return claim(nil, nya: true, cue: start + 1, from: k + 2) }
            from = k
        } else if first == Self.mengutip {
            from = start + 1; medium = true
        } else if Self.quotedFrom.contains(first), t[start + 1].hash == Self.fromWord {
            from = start + 2; medium = true
        }
        // "Berdasarkan laporan terbaru, …": a document named by its kind and a modifier, with no owner.
        if first == Self.berdasarkan, let from, from >= start + 3, from < b, isComma(from),
           (start + 1..<from).allSatisfy({ t[$0].isWord && !t[$0].isCapitalized }),
           let phrase = SpeakerPhrase.parse(text, tokens: start + 1, from) {
            return claim(phrase, cue: start, from: from + 1)
        }
        // "Dikutip dari situs kampus Binus, …", "Mengutip laman Polda DIY, …", "Berdasarkan peraturan Bank Indonesia
        // Nomor 15/2/PBI/2013 dalam pasal 4, disebutkan …": a site or a document named by its kind, then its owner.
        if let from, from < b, t[from].isWord, !t[from].isCapitalized, Self.siteNouns.contains(t[from].hash) || Self.documentNouns.contains(t[from].hash),
           let c = comma(from: from + 1, within: 24), c > from + 1, (from + 1..<c).contains(where: { t[$0].isWord && t[$0].isCapitalized }) {
            // The document, not where in it ("dalam pasal 4 ayat (2)").
            let end = (from + 2..<c).first(where: { t[$0].isWord && !t[$0].isCapitalized && Self.placeInDocument.contains(t[$0].hash) }) ?? c
            // The whole phrase speaks, as a body does ("situs kampus Binus"), not a person named in it.
            if let parsed = SpeakerPhrase.parse(text, tokens: from, end) {
                let document = SpeakerPhrase(range: parsed.range, nameRange: nil, roleRange: nil, affiliationRange: nil,
                                             isPronoun: false, isAnaphor: false, isGroup: true)
                return claim(document, cue: start, from: c + 1, via: medium ? [text.string(document.range)] : [])
            }
        }
        // ("… yang diluncurkan KontraS pada 25 Juni 2025, …": the source, not the day.)
        if let from, let c = comma(from: from, within: 9), c > from, t[from].isCapitalized || gathered,
           let phrase = SpeakerPhrase.parse(text, tokens: from, gathered ? max(from + 1, subjectEnd(from: from, to: c)) : c) {
            return claim(phrase, cue: start, from: c + 1, via: medium ? [text.string(phrase.range)] : [])
        }
        // "…, kata dia, …", "Harga beras, menurut pedagang, naik …": a cue set between two commas inside
        // the sentence; the claim is the sentence.
        // (The sentence's flags were read for the cues inside it: the same range hits that memo.)
        guard any(CueLexicon.Flag.postCue | CueLexicon.Flag.nyaCue | CueLexicon.Flag.menurut, a, b) else { return nil }
        var k = start + 1
        while k + 2 < b {
            if isComma(k), t[k + 1].isWord, t[k + 1].hash == CueLexicon.menurut, let c = comma(from: k + 2, within: 8), c > k + 2,
               c + 1 < b, let phrase = SpeakerPhrase.parse(text, tokens: k + 2, c) {
                return claim(phrase, cue: k + 1, from: start)
            }
            if isComma(k), t[k + 1].isWord, (t[k + 1].claimFlags & CueLexicon.Flag.postCue != 0) || (t[k + 1].claimFlags & CueLexicon.Flag.nyaCue != 0),
               let c = comma(from: k + 2, within: 8) ?? ((t[k + 1].claimFlags & CueLexicon.Flag.nyaCue != 0) && isComma(k + 2) ? k + 2 : nil) {
                let nya = (t[k + 1].claimFlags & CueLexicon.Flag.nyaCue != 0)
                let phrase = nya || c == k + 2 ? nil : SpeakerPhrase.parse(text, tokens: k + 2, c)
                guard nya || phrase != nil else { return nil }
                return claim(phrase, nya: nya, cue: k + 1, from: start)
            }
            // "Ketiga tugas tersebut kata TB, sesungguhnya bisa diatur lagi.": the cue with no comma before it, a
            // capitalised name and its comma after.
            if k > start + 1, t[k].isWord, !t[k].isCapitalized, t[k].claimFlags & CueLexicon.Flag.postCue != 0,
               t[k - 1].isWord, ClaimRun.demonstratives.contains(t[k - 1].hash) || !ClaimRun.looksLikeVerb(text, t[k - 1]),
               let c = comma(from: k + 1, within: 5), c > k + 1, c + 2 < b,
               (k + 1..<c).allSatisfy({ t[$0].isWord && t[$0].isCapitalized && !CueLexicon.calendarWords.contains(t[$0].hash) }),
               let phrase = SpeakerPhrase.parse(text, tokens: k + 1, c), !phrase.isPronoun {
                return claim(phrase, cue: k, from: start)
            }
            k += 1
        }
        return nil
    }

    /// True when the word at `k` ends in "-nya" ("tertulisnya", "laporannya").
    func endsInNya(_ k: Int) -> Bool {
        let r = t[k].range
        guard r.count > 4 else { return false }
        let s = text.scalars
        return s[r.upperBound - 3] == "n" && s[r.upperBound - 2] == "y" && s[r.upperBound - 1] == "a"
    }

    /// A kind of source ("laporan", "catatan"), or one with "-nya" ("laporannya").
    func isSourceWord(_ k: Int) -> Bool {
        guard t[k].isWord else { return false }
        if ClaimRun.sourceKinds.contains(t[k].hash) { return true }
        guard endsInNya(k) else { return false }
        let stem = String(String.UnicodeScalarView(text.scalars[t[k].range.lowerBound..<(t[k].range.upperBound - 3)]))
        return ClaimRun.sourceKinds.contains(TokenizedText.hash(stem))
    }

    /// A passive verb of the di- form ("dihimpun", "diperoleh"), not "di" alone.
    func isPassive(_ k: Int) -> Bool {
        let r = t[k].range
        let s = text.scalars
        return r.count >= 5 && s[r.lowerBound] == "d" && s[r.lowerBound + 1] == "i"
    }
}
