#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A related-article link that a scrape ran into the paragraph around it: "… menuju lokasi
/// kejadian. Baca juga:Istri Tewas dan Suami Kritis, Diduga Korban Penganiayaan di Karawang Saat
/// tiba, kata Solikhin, …". The link is cut out as a block of its own (boilerplate, kept), and the
/// sentence after it stays in the body.
///
/// Where the linked headline ends is read from its case: Indonesian headlines capitalise every
/// word but the small ones ("dan", "di", "ke"), so the headline ends before the sentence that holds
/// the first other lower-case word (or before a quotation mark). That sentence opens with the word
/// before it when that word opens sentences ("Saat tiba", "Sebelumnya, kasus"); with the
/// capitalised run before it, after the last comma or small word, when that run is a name of two
/// words ("…, Andy Budiman mengungkapkan"); otherwise with that run's last word, a name after the
/// headline's last words ("… Pertanggungjawaban Absen Irwan menambahkan"). When the link would
/// keep fewer than two words, nothing is cut.
enum RelatedLinkMarkers {
    /// The labels that open a related link, each followed by a colon: "Baca juga:", Tempo's "Baca:" and
    /// "Pilihan Editor:".
    static let leads: [[UInt8]] = ["Baca juga", "Baca", "Pilihan Editor", "Simak juga", "Lihat juga"].map { Array($0.utf8) }
    /// Longest headline read; a longer run of capitalised words is left alone.
    static let maximumWords = 24

    /// Small words a headline leaves in lower case.
    static let smallWords: Set<[UInt8]> = Set(["dan", "di", "ke", "dari", "yang", "untuk", "dengan", "pada", "atau", "vs",
                                               "hingga", "jadi", "soal", "usai", "oleh", "bagi", "karena", "jelang", "demi",
                                               "kepada", "terhadap", "tentang", "juga", "sebagai", "dalam", "lewat", "atas",
                                               "the", "of", "and", "in", "on", "for", "to", "a"].map { Array($0.utf8) })

    /// Splits `range` around "Baca juga:" links inside it; a link comes back as a range of its own.
    static func split(_ u: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Range<Int>] {
        guard range.count > 60, let first = find(u, from: range.lowerBound, end: range.upperBound) else { return [range] }
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        var at: (start: Int, colon: Int)? = first
        while let (i, colon) = at {
            // "(Baca: Polisi Curiga Ada Pihak yang Bermain)": a link in brackets ends at its bracket.
            if i > start, u[i - 1] == UInt8(ascii: "("),
               let close = (colon + 1..<min(range.upperBound, colon + 240)).first(where: { u[$0] == UInt8(ascii: ")") || u[$0] == UInt8(ascii: "(") }),
               u[close] == UInt8(ascii: ")") {
                if i - 1 > start { pieces.append(start..<(i - 1)) }
                pieces.append((i - 1)..<(close + 1))
                start = close + 1
                at = find(u, from: start, end: range.upperBound)
                continue
            }
            guard let linkEnd = headlineEnd(u, after: colon, in: range) else {
                at = find(u, from: colon + 1, end: range.upperBound)
                continue
            }
            if i > start { pieces.append(start..<i) }
            pieces.append(i..<linkEnd)
            start = linkEnd
            at = find(u, from: linkEnd, end: range.upperBound)
        }
        if start == range.lowerBound { return [range] }
        if start < range.upperBound { pieces.append(start..<range.upperBound) }
        return pieces
    }

    /// The next link label ("Baca juga:", "Baca :") from `from`: where it starts and where its colon is.
    static func find(_ u: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> (start: Int, colon: Int)? {
        guard let base = u.baseAddress else { return nil }
        var offset = from
        while offset < end, let hit = memchr(base + offset, Int32(UInt8(ascii: ":")), end - offset) {
            let colon = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            offset = colon + 1
            let labelEnd = colon > from && u[colon - 1] == 0x20 ? colon - 1 : colon
            for lead in leads where labelEnd - lead.count >= from {
                let i = labelEnd - lead.count
                if (0..<lead.count).allSatisfy({ u[i + $0] == lead[$0] }), i == from || !isASCIIAlnum(u[i - 1]) {
                    return (i, colon)
                }
            }
        }
        return nil
    }

    /// Where the headline after "Baca juga" (at `i`, the colon) ends, as the type's comment says; the
    /// range's end when the headline runs to it. Nil when the text after the colon does not read as a
    /// headline.
    static func headlineEnd(_ u: UnsafeBufferPointer<UInt8>, after i: Int, in range: Range<Int>) -> Int? {
        let end = range.upperBound
        var k = i + 1   // past the colon
        // The headline's words so far: where each starts, and whether it ends a run (small word, or a comma or colon after it).
        var starts: [Int] = []
        var breaksRun: [Bool] = []
        while k < end {
            let gap = k
            while k < end, u[k] == 0x20 { k += 1 }
            guard k < end else { break }
            let wordStart = k
            // Two spaces (a no-break space of the page and a space) end the headline: "… dan GRIB Jaya  Ketua Umum …".
            if wordStart - gap >= 2, gap > i + 1, starts.count >= 2 { return wordStart }
            while k < end, u[k] != 0x20 { k += 1 }
            let word = Array(UnsafeBufferPointer(rebasing: u[wordStart..<k]))
            let bare = word.filter { $0 != UInt8(ascii: ",") && $0 != UInt8(ascii: ":") }
            // "… Jadwal Pertandingan “Secara umum …": a quotation opens the text after the headline.
            // A quoted phrase of the headline ("Maut “Neraka” Kapal", "Warga Sekitar “Teler Massal”") stays in it.
            if word[0] == UInt8(ascii: "\"") || word.starts(with: [0xE2, 0x80, 0x9C]), !closesQuote(word),
               startsLowerCaseWord(u, after: k, end: end) {
                return starts.count >= 2 ? wordStart : nil
            }
            let lowerCase = word[0] >= UInt8(ascii: "a") && word[0] <= UInt8(ascii: "z")
            let small = smallWords.contains(bare)
            if lowerCase, !small {
                guard let last = starts.indices.last else { return nil }
                // "… Karawang Saat tiba", "… Meninggal Sebelumnya, kasus": the word before opens the sentence.
                if sentenceOpeners.contains(lowercased(wordAt(u, at: starts[last], end: end))) {
                    return last >= 2 ? starts[last] : nil
                }
                // "…, Andy Budiman mengungkapkan": the capitalised run after the last comma or small word.
                var first = last
                while first > 0, !breaksRun[first - 1] { first -= 1 }
                let afterPreposition = first > 0 && prepositions.contains(lowercased(wordAt(u, at: starts[first - 1], end: end)))
                let opensWithNumber = isASCIIDigit(u[starts[first]])
                // "…, Ini Alasannya Qantas tidak": a closing teaser of two words stays in the headline.
                if first + 1 < last, teasers.contains(lowercased(wordAt(u, at: starts[first], end: end))) { first += 2 }
                // A run of more than two words, a run after a preposition ("… dari Real Madrid Pernyataan resmi",
                // "… di Mandailing Asep lalu") or after a number ("… hingga 263 Persen Faisol juga") ends the
                // headline but for its last word, which opens the sentence.
                // Two words are a name when the article names that person again ("…, Andy Budiman mengungkapkan …
                // ungkap Andy"); otherwise the first is the headline's ("… Pemilu dan Pilkada Doli menuturkan").
                if last - first == 1, !namedAgain(u, wordAt(u, at: starts[first], end: end), in: range, outside: i..<k) { first = last }
                if last - first >= 2 || afterPreposition || opensWithNumber { first = last }
                return first >= 2 ? starts[first] : nil
            }
            starts.append(wordStart)
            breaksRun.append(small || word.last == UInt8(ascii: ",") || word.last == UInt8(ascii: ":"))
            if starts.count > maximumWords { return nil }
            // "Pilihan Editor: Ini Zamannya K-Pop, Hyung! Dilansir dari …": an exclamation or a question ends the headline.
            if word.last == UInt8(ascii: "!") || word.last == UInt8(ascii: "?"), starts.count >= 2, k < end { return k }
        }
        return starts.count >= 2 ? end : nil
    }

    /// Capitalised words that open a sentence after a headline run into it.
    static let sentenceOpeners: Set<[UInt8]> = Set(["saat", "sebelumnya", "sekitar", "namun", "menurut", "kemudian", "sementara",
                                                    "selain", "dalam", "pada", "setelah", "usai", "ketika", "adapun", "hingga",
                                                    "sedangkan", "bahkan", "meski", "jika", "kini", "sejak", "akibatnya",
                                                    "selanjutnya", "terkait", "untuk", "dia", "ia", "mereka", "pihaknya",
                                                    "di", "lebih", "tak", "tidak", "hal", "sebab", "karena", "padahal", "maka",
                                                    "justru", "apalagi", "kendati", "walau", "meskipun", "sebelum", "selama",
                                                    "sementara", "lalu", "akhirnya", "ternyata"].map { Array($0.utf8) })

    /// Prepositions after which a headline names a place ("di Karawang").
    static let prepositions: Set<[UInt8]> = Set(["di", "ke", "dari"].map { Array($0.utf8) })
    /// Words that open a headline's closing teaser ("Ini Alasannya", "Begini Kata Polisi").
    static let teasers: Set<[UInt8]> = Set(["ini", "begini", "simak", "berikut", "cek"].map { Array($0.utf8) })

    /// True when the word holds its closing quotation mark.
    static func closesQuote(_ word: [UInt8]) -> Bool {
        word.count > 1 && (word.dropFirst().contains(UInt8(ascii: "\""))
                           || (0..<(word.count - 2)).contains { word[$0] == 0xE2 && word[$0 + 1] == 0x80 && word[$0 + 2] == 0x9D })
    }

    /// True when the next word after `k` starts with a lower-case letter.
    static func startsLowerCaseWord(_ u: UnsafeBufferPointer<UInt8>, after k: Int, end: Int) -> Bool {
        var j = k
        while j < end, u[j] == 0x20 { j += 1 }
        return j < end && u[j] >= UInt8(ascii: "a") && u[j] <= UInt8(ascii: "z")
    }

    /// True when `name` stands again in `range`, outside `link`, as a word followed by a lower-case
    /// word ("Andy menyebut", "ungkap Andy di …").
    static func namedAgain(_ u: UnsafeBufferPointer<UInt8>, _ name: UnsafeBufferPointer<UInt8>, in range: Range<Int>,
                           outside link: Range<Int>) -> Bool {
        let n = Array(name).filter { $0 != UInt8(ascii: ",") }
        guard n.count >= 3, let base = u.baseAddress else { return false }
        var offset = range.lowerBound
        while offset + n.count < range.upperBound,
              let hit = memchr(base + offset, Int32(n[0]), range.upperBound - n.count - offset) {
            let i = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            offset = i + 1
            guard !link.contains(i), i == range.lowerBound || u[i - 1] == 0x20,
                  (0..<n.count).allSatisfy({ u[i + $0] == n[$0] }), u[i + n.count] == 0x20 else { continue }
            if startsLowerCaseWord(u, after: i + n.count, end: range.upperBound) { return true }
        }
        return false
    }

    static func wordAt(_ u: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> UnsafeBufferPointer<UInt8> {
        var k = i
        while k < end, u[k] != 0x20 { k += 1 }
        return UnsafeBufferPointer(rebasing: u[i..<k])
    }

    static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        bytes.compactMap { b in b == UInt8(ascii: ",") || b == 0x20 ? nil : (isASCIIUpper(b) ? b | 0x20 : b) }
    }
}
