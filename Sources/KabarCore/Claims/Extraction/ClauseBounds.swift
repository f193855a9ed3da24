/// Where the parts of an attribution begin and end, in tokens: a speaker phrase after a cue, a
/// clause, a subject before its verb, a claim's content.
extension ClaimRun {
    // MARK: Helpers

    /// Where a speaker phrase after a cue ends: at punctuation, a quotation mark or a breaker word.
    func phraseEnd(from a: Int, to b: Int) -> Int {
        var k = a
        var sawCapital = false
        while k < b, k - a < 12 {
            let tok = t[k]
            // "kata Ketua Panitia Climbing Cult Party 2025 Jerry Marvin": a year inside a title, between capitals.
            if tok.isWord, sawCapital, tok.range.count == 4, k > a, t[k - 1].isCapitalized, k + 1 < b, t[k + 1].isWord,
               t[k + 1].isCapitalized, tok.range.allSatisfy({ text.scalars[$0].properties.numericType != nil }) { k += 1; continue }
            // Once a name has started, a lowercase word ends it: "ujar Argo menambahkan", "kata Anies tegas".
            if tok.isWord, sawCapital, t[a].isCapitalized, !tok.isCapitalized, !ClaimRun.nameParticles.contains(tok.hash),
               !(EnglishCues.nameJoiners.contains(tok.hash) && k + 1 < b && t[k + 1].isCapitalized) { break }
            if tok.isWord, tok.isCapitalized { sawCapital = true }
            // "sebut Mayjen TNI (Purn) itu": a retired rank's bracket is part of it, and so is the "itu" pointing back.
            if !tok.isWord, tok.mark == "(", sawCapital, k + 2 < b, t[k + 1].isWord, ClaimRun.retiredMarks.contains(t[k + 1].hash) {
                var close = k + 2
                if close < b, !t[close].isWord, t[close].mark == "." { close += 1 }
                if close < b, !t[close].isWord, t[close].mark == ")" {
                    k = close + 1
                    if k < b, t[k].isWord, t[k].hash == SpeakerPhrase.itu || t[k].hash == SpeakerPhrase.ini || t[k].hash == SpeakerPhrase.tersebut { k += 1 }
                    break
                }
            }
            if !tok.isWord { if tok.mark == "-" || tok.mark == "." && k + 1 < b && t[k + 1].isWord && tok.range.count == 1 && k > a && t[k - 1].range.count <= 3 { k += 1; continue }; break }
            if k > a, !tok.isCapitalized, CueLexicon.phraseBreakers.contains(tok.hash) || CueLexicon.viaWords.contains(tok.hash) {
                // "kata Seoul dan Washington": "dan" joins two names.
                if tok.hash == ClaimRun.dan, t[k - 1].isCapitalized, k + 1 < b, t[k + 1].isCapitalized { k += 1; continue }
                // "the Council on Foreign Relations", "Institute for Strategic Studies": an English name's small words.
                if EnglishCues.nameJoiners.contains(tok.hash), t[k - 1].isCapitalized, k + 1 < b, t[k + 1].isCapitalized,
                   !CueLexicon.calendarWords.contains(t[k + 1].hash) { k += 1; continue }
                break
            }
            k += 1
        }
        return k
    }

    /// Words that with "itu" or "ini" open a time ("Saat itu", "Kala itu").
    static let timeOpeners = WordSet(words: ["saat", "ketika", "waktu", "kala", "sementara"])

    /// "Purn" in "Mayjen TNI (Purn)": retired.
    static let retiredMarks = WordSet(words: ["purn", "purnawirawan", "ret"])

    /// The first token of the clause holding `to`: after the last comma or semicolon before it.
    func clauseStart(from a: Int, to b: Int) -> Int {
        var k = b - 1
        while k >= a {
            if !t[k].isWord, t[k].mark == "," || t[k].mark == ";" || QuoteScanner.isDouble(t[k].mark) || t[k].mark == "(" {
                return skipConnectors(from: k + 1, to: b)
            }
            k -= 1
        }
        return skipConnectors(from: a, to: b)
    }

    /// The first and last word tokens of a token range, and how many words it holds.
    func wordTokens(_ r: Range<Int>) -> (first: Int?, last: Int?, count: Int) {
        var first: Int?, last: Int?, count = 0
        for k in r where t[k].isWord {
            if first == nil { first = k }
            last = k
            count += 1
        }
        return (first, last, count)
    }

    /// The subject of a speech verb at token `v`: the comma segment before it, walking back over
    /// appositives and asides ("Korotchenko, yang juga merupakan wartawan Rusia, turut menyebut";
    /// "Sladkov, mengutip sumber di Pyongyang, juga menyebutkan"; "Aleksander Sladkov, seorang
    /// jurnalis …, mengklaim"). Returns the subject's tokens and those of an appositive role after
    /// it; nil when a verb stands between subject and cue.
    func subject(from a: Int, to v: Int) -> (Int, Int, Range<Int>?)? {
        var segments: [Range<Int>] = []
        segments.reserveCapacity(4)
        var segStart = a
        for k in a..<v where !t[k].isWord && (t[k].mark == "," || t[k].mark == ";") {
            segments.append(segStart..<k)
            segStart = k + 1
        }
        segments.append(segStart..<v)
        var appositive: Range<Int>?
        var idx = segments.count - 1
        while idx >= 0 {
            let seg = segments[idx]
            let words = wordTokens(seg)
            let first = words.first
            let isAside = words.count == 0 || seg.allSatisfy { !t[$0].isWord || ClaimRun.adverbs.contains(t[$0].hash) || (t[$0].claimFlags & CueLexicon.Flag.hedge != 0)
                                                                 || CueLexicon.calendarWords.contains(t[$0].hash) || t[$0].hasDigit }
                || first.map { t[$0].hash == ClaimRun.yang || EnglishCues.relativePronouns.contains(t[$0].hash) || CueLexicon.viaWords.contains(t[$0].hash) || t[$0].hash == CueLexicon.mengutip } ?? true
                // "…, saat ditemui di kantornya, mengatakan", "…, seusai rapat kerja itu menjelaskan".
                || idx > 0 && first.map { !t[$0].isCapitalized && ClaimRun.asideStarts.contains(t[$0].hash) } == true
                || idx > 0 && idx < segments.count - 1 && continuesAPlace(seg, after: segments[idx - 1], before: segments[idx + 1])
            if isAside && idx > 0 { idx -= 1; continue }
            // "Pengajar sosiologi Universitas Negeri Jakarta (UNJ), Rakhmat Hidayat, mengapresiasi": the role
            // stands in the segment before the name.
            // "Warga setempat, Siti (45), mengatakan": an age in brackets after the name.
            // "Kepala Pusat Penerangan (Kapuspen) TNI, Mayjen TNI Kristomei Sianturi, membantah": a rank before the name.
            let named = words.first.map { f in afterRank(from: f, to: seg.upperBound)..<seg.upperBound } ?? seg
            if idx > 0, segments[(idx + 1)...].allSatisfy({ wordTokens($0).count == 0 }), (1...4).contains(wordTokens(named).count),
               named.allSatisfy({ !t[$0].isWord || t[$0].hasDigit || t[$0].isCapitalized && !CueLexicon.roleWords.contains(t[$0].hash) }) {
                let previous = segments[idx - 1]
                let roleStart = skipConnectors(from: previous.lowerBound, to: previous.upperBound)
                if roleStart < previous.upperBound, previous.upperBound - roleStart <= 24, t[roleStart].isWord,
                   CueLexicon.roleWords.contains(t[roleStart].hash),
                   let last = (seg.lowerBound..<seg.upperBound).last(where: { t[$0].isWord && !t[$0].hasDigit }) {
                    return (roleStart, last + 1, nil)
                }
            }
            // An appositive role after a name: "Aleksander Sladkov, seorang jurnalis berpengalaman Rusia …".
            if let f = first, idx > 0, !t[f].isCapitalized || CueLexicon.determiners.contains(t[f].hash) || CueLexicon.roleWords.contains(t[f].hash) {
                let previous = segments[idx - 1]
                let prev = wordTokens(previous)
                // ("Dari Partai Republik, Anggota Kongres Thomas Massie …": a phrase opened by a preposition is no name.)
                // ("Seorang pria di Depok, Jawa Barat, viral setelah video … mengaku": a place, then a clause with its own verb.)
                if let pf = prev.first, let pl = prev.last, prev.count <= 5, previous.allSatisfy({ !t[$0].isWord || t[$0].isCapitalized }),
                   t[pf].hash != ClaimRun.fromWord, !ClaimRun.asideStarts.contains(t[pf].hash),
                   !previous.allSatisfy({ !t[$0].isWord || CueLexicon.places.contains(t[$0].hash) }),
                   !seg.contains(where: { t[$0].isWord && !t[$0].isCapitalized && ClaimRun.looksLikeVerb(text, t[$0])
                                          && t[$0].claimFlags & CueLexicon.Flag.hedge == 0 && isTransitiveVerb($0) }) {
                    let end = subjectEnd(from: f, to: seg.upperBound)
                    if end > f { appositive = f..<end }
                    return (pf, pl + 1, appositive)
                }
            }
            guard let f = first else { return nil }
            var start = f
            // "Saat itu ia menyebut …", "Kala itu Budi mengatakan …": the time is no part of the subject.
            if start + 2 < seg.upperBound, ClaimRun.timeOpeners.contains(t[start].hash), t[start + 1].isWord,
               t[start + 1].hash == SpeakerPhrase.itu || t[start + 1].hash == SpeakerPhrase.ini, t[start + 2].isWord { start += 2 }
            let end = subjectEnd(from: start, to: seg.upperBound)
            // A role with its organisation runs long: "Direktur Eksekutif Institute for Development of Economics and
            // Finance (Indef) Tauhid Ahmad".
            guard end > start, end - start <= (t[start].isCapitalized && CueLexicon.roleWords.contains(t[start].hash) ? 22 : 12) else { return nil }
            // "Sosok yang biasa disapa ADS tersebut menilai": a relative clause closed by a demonstrative
            // points back at a person named before; the phrase runs to the cue.
            // (Only a noun for a person or a role before "yang": "Cecep yang merupakan teman kuliahnya itu" names him.)
            if idx == segments.count - 1, end < v, t[end].hash == ClaimRun.yang, v - start <= 10, t[v - 1].isWord,
               ClaimRun.demonstratives.contains(t[v - 1].hash),
               (start..<end).allSatisfy({ t[$0].isWord && (CueLexicon.roleWords.contains(t[$0].hash) || ClaimRun.personNouns.contains(t[$0].hash)) }) {
                return (start, v, nil)
            }
            // A verb between the subject and the cue means the subject belongs to that verb.
            if idx == segments.count - 1, !(end < v && t[end].hash == ClaimRun.yang) {
                for k in end..<v where t[k].isWord && ClaimRun.looksLikeVerb(text, t[k]) && !(t[k].claimFlags & CueLexicon.Flag.hedge != 0)
                    && !describesAPerson(k, subject: start) {
                    // "selama berminggu-minggu", "secara terbuka" are adverbials, not verbs.
                    if text.scalars[t[k].range].contains("-") || (k > 0 && t[k - 1].hash == ClaimRun.secara) { continue }
                    return nil
                }
            }
            return (start, end, nil)
        }
        return nil
    }

    /// "… Harli Siregar di Gedung Kejaksaan Agung, Jakarta, Selasa (10/6/2025), mengatakan": a city of
    /// one to three capitalised words after a segment ending in "di" and a place, and before a day,
    /// is where, not who ("Premier di Victoria, Jacinta Allan, mengumumkan" names her).
    func continuesAPlace(_ seg: Range<Int>, after previous: Range<Int>, before next: Range<Int>) -> Bool {
        guard next.contains(where: { t[$0].isWord && (t[$0].hasDigit || CueLexicon.calendarWords.contains(t[$0].hash)) }) else { return false }
        let words = wordTokens(seg)
        guard (1...3).contains(words.count), seg.allSatisfy({ !t[$0].isWord || t[$0].isCapitalized && !CueLexicon.roleWords.contains(t[$0].hash) }),
              let at = previous.last(where: { t[$0].isWord && !t[$0].isCapitalized }), t[at].hash == SourceChain.di,
              at + 1 < previous.upperBound else { return false }
        return (at + 1..<previous.upperBound).allSatisfy { !t[$0].isWord || t[$0].isCapitalized }
    }

    /// A subject stops before adverbs and verbs: "Korotchenko melanjutkan dengan", "Rusia minggu lalu".
    func subjectEnd(from a: Int, to b: Int) -> Int {
        var k = a
        while k < b {
            let tok = t[k]
            if tok.isWord, k > a {
                // An acronym is no breaker word: "The WHO estimated" ("who"), "DI Yogyakarta" ("di").
                // "Wakil Menteri Dalam Negeri Bima Arya": "Dalam Negeri" is part of a title, no breaker.
                // "Fabio Di Giannantonio": a capitalised "Di" between two capitalised words is part of a name.
                if ClaimRun.subjectBreakers.contains(tok.hash) || ClaimRun.adverbs.contains(tok.hash),
                   !(tok.isAllCaps && tok.range.count >= 2), !isTitleDalamNegeri(k), !isCapitalisedNameParticle(k),
                   !isCapitalisedNameWord(k, before: b) { return k }
                // "Menteri Dalam Negeri Turki Ali Yerlikaya sementara itu mengatakan" (but "Penjabat Sementara Bupati").
                if tok.hash == ClaimRun.sementara, !tok.isCapitalized { return k }
                if !tok.isCapitalized, ClaimRun.looksLikeVerb(text, tok), !CueLexicon.roleWords.contains(tok.hash), !ClaimRun.demonstratives.contains(tok.hash),
                   !describesAPerson(k, subject: a) { return k }
            }
            k += 1
        }
        return b
    }

    /// True at a ber- word describing the person a subject opens with ("Pria berbaju biru navy itu",
    /// "warga berusia 45 tahun"): no verb of its own.
    func describesAPerson(_ k: Int, subject a: Int) -> Bool {
        guard k > a, a < t.count, t[a].isWord, ClaimRun.personNouns.contains(t[a].hash) || t[a].hash == ClaimRun.warga else { return false }
        let r = t[k].range
        return r.count >= 6 && text.scalars[r.lowerBound] == "b" && text.scalars[r.lowerBound + 1] == "e" && text.scalars[r.lowerBound + 2] == "r"
    }
    static let warga = TokenizedText.hash("warga")

    /// True at a capitalised word between capitalised words that are no day or date ("Xpeng Indonesia
    /// Hari Arifianto"; not "Jakarta, Hari Senin"): a name that is also a common word ("hari").
    func isCapitalisedNameWord(_ k: Int, before b: Int) -> Bool {
        t[k].isCapitalized && !t[k].isAllCaps && k > 0 && t[k - 1].isWord && t[k - 1].isCapitalized && k + 1 < b && t[k + 1].isWord
            && t[k + 1].isCapitalized && !CueLexicon.calendarWords.contains(t[k + 1].hash) && !t[k + 1].hasDigit
    }

    /// True at a capitalised "Di" or "De" inside a name ("Fabio Di Giannantonio"): mid-sentence, the
    /// preposition "di" is written in lowercase.
    func isCapitalisedNameParticle(_ k: Int) -> Bool {
        t[k].isCapitalized && !t[k].isAllCaps && (t[k].hash == SourceChain.di || t[k].hash == ClaimRun.de) && k > 0 && t[k - 1].isWord
            && t[k - 1].isCapitalized && k + 1 < t.count && t[k + 1].isWord && t[k + 1].isCapitalized
    }

    static let de = TokenizedText.hash("de")

    /// True at a capitalised "Dalam" or "Luar" followed by "Negeri" after a capitalised word: a
    /// ministry's name ("Menteri Dalam Negeri", "Kementerian Luar Negeri").
    func isTitleDalamNegeri(_ k: Int) -> Bool {
        t[k].isCapitalized && (t[k].hash == ClaimRun.dalam || t[k].hash == ClaimRun.luar) && k > 0 && t[k - 1].isCapitalized
            && k + 1 < t.count && t[k + 1].hash == ClaimRun.negeri
    }

    func skipConnectors(from a: Int, to b: Int) -> Int {
        var k = a
        while k < b, !t[k].isWord || CueLexicon.connectors.contains(t[k].hash) {
            // "Lebih lanjut, …" is a connective; "Lebih dari 600.000 …" is not.
            if t[k].hash == ClaimRun.lebih, k + 1 < b, t[k + 1].hash != ClaimRun.lanjut { break }
            k += 1
        }
        return k < b ? k : a
    }

    /// Content from token `a` to `b` (exclusive), without edge quotes, spaces and final punctuation.
    func contentRange(from a: Int, to b: Int) -> Range<Int> {
        guard a < b else { return 0..<0 }
        return trimmed(t[a].range.lowerBound..<t[b - 1].range.upperBound)
    }

    func trimmed(_ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        let s = text.scalars
        func edge(_ c: Unicode.Scalar) -> Bool { c == " " || c == "," || c == "." || c == ";" || c == ":" || QuoteScanner.isDouble(c) || c == "‘" || c == "’" || c == "\n" }
        while lo < hi, edge(s[lo]) { lo += 1 }
        let end = hi
        while hi > lo, edge(s[hi - 1]) { hi -= 1 }
        // "… dikenal sebagai \"jalur naga\"": a quoted term closing the content keeps its closing mark.
        if hi < end, let close = (hi..<end).first(where: { QuoteScanner.isDouble(s[$0]) }),
           (lo..<hi).reduce(0, { QuoteScanner.isDouble(s[$1]) ? $0 + 1 : $0 }) % 2 == 1 {
            hi = close + 1
        }
        return lo..<hi
    }

    /// Whether the sentence reports its statement with a hedge ("Tersangka diduga …"). A naming or
    /// reporting verb in a relative clause qualifies a noun, not the sentence ("Dari 12 pertanyaan
    /// yang disebutkan penyidik, …", "zat yang disebut likopen", "tidak ada cedera yang dilaporkan");
    /// an allegation there still hedges ("latihan yang dikatakan membuktikan …", "yang diduga terlibat").
    func sentenceHasHedge(_ sentence: Range<Int>) -> Bool {
        let a = text.tokenIndex(atOrAfter: sentence.lowerBound), b = text.tokenIndex(atOrAfter: sentence.upperBound)
        guard any(CueLexicon.Flag.hedge, a, b) else { return false }
        // ("apa yang dikatakan orang lain": what someone says, no hedge.)
        return (a..<b).contains { k in
            t[k].claimFlags & CueLexicon.Flag.hedge != 0
                && !(k > a && t[k - 1].hash == ClaimRun.yang && (ClaimRun.namingHedges.contains(t[k].hash) || k > a + 1 && t[k - 2].hash == ClaimRun.apa))
        }
    }


    static func looksLikeVerb(_ text: TokenizedText, _ tok: TokenizedText.Token) -> Bool {
        guard tok.range.count >= 6 else { return false }
        let s = text.scalars
        let a = s[tok.range.lowerBound], b = s[tok.range.lowerBound + 1], c = s[tok.range.lowerBound + 2]
        return (a == "m" && b == "e") || (a == "b" && b == "e" && c == "r") || (a == "d" && b == "i") || (a == "t" && b == "e" && c == "r")
    }

    /// "ungkap Direktur Penuntutan Jampidsus Kejagung, Sutikno saat …", "oleh Wakil Menteri … Afsel,
    /// Alvin Botes.": a role phrase (tokens up to `end`) and the person's name after its comma. The
    /// phrase with the name as its name and the words before as its role, and where it ends; nil
    /// when no name follows.
    /// A role cut short at an acronym in brackets, a number, a slash or a lowercase title, with the
    /// name after it: "kata Ketua Umum Masyarakat Transportasi Indonesia (MTI) Agus Taufik",
    /// "ujar Kepala Humas Daop 1 Jakarta Eva Chairunisa", "kata Menteri Riset dan Teknologi/Kepala
    /// BRIN Bambang …", "kata Juru Bicara … Kendari dr Algazali". The phrase read on to the name.
    func nameAfterRoleBreak(_ phrase: SpeakerPhrase, from a: Int, end: Int, to b: Int) -> (SpeakerPhrase, Int)? {
        guard !phrase.isPronoun, end < b, a < end, t[a].isWord, CueLexicon.roleWords.contains(t[a].hash) else { return nil }
        // A bracket after what looked like a name: "Panglima Komando Armada I (Pangkoarmada) Laksda TNI Abdul Rasyid".
        func acronymInBrackets(_ n: Int) -> Int? {
            guard !t[n].isWord, t[n].mark == "(" else { return nil }
            var k = n + 1
            while k < b, k - n <= 3, t[k].isWord, t[k].isCapitalized { k += 1 }
            return k > n + 1 && k < b && !t[k].isWord && t[k].mark == ")" ? k + 1 : nil
        }
        guard phrase.nameRange == nil || acronymInBrackets(end) != nil else { return nil }
        var n = end
        while n < b, n - a < 26 {
            let tok = t[n]
            if !tok.isWord {
                // "(MTI)", "(BUMDes LKM)": an acronym in brackets.
                if let after = acronymInBrackets(n) { n = after; continue }
                // "Teknologi/Kepala": a slash between two titles; "Covid-19": a hyphen.
                if (tok.mark == "/" || tok.mark == "-"), n + 1 < b, t[n + 1].isWord, n > a, t[n - 1].isWord { n += 1; continue }
                break
            }
            if tok.isCapitalized || tok.hasDigit && n > a && t[n - 1].isWord && t[n - 1].isCapitalized { n += 1; continue }
            // "Menteri Riset dan Teknologi", "Tim Peneliti GeNose dari UGM": "dan", "dari" inside a title.
            if tok.hash == ClaimRun.dan || tok.hash == ClaimRun.fromWord, n > a, t[n - 1].isWord, t[n - 1].isCapitalized, n + 1 < b, t[n + 1].isWord, t[n + 1].isCapitalized { n += 1; continue }
            // "dr Algazali": a lowercase title before a name.
            if ClaimRun.lowercaseTitles.contains(tok.hash), n + 1 < b, t[n + 1].isWord, t[n + 1].isCapitalized { n += 1; continue }
            break
        }
        guard n > end, let extended = SpeakerPhrase.parse(text, tokens: a, n) else { return nil }
        if let name = extended.nameRange, text.tokenIndex(atOrAfter: name.lowerBound) >= end { return (extended, n) }
        // "peneliti Lembaga Ilmu Pengetahuan Indonesia (LIPI), Dewi Fortuna Anwar": the role read through its
        // acronym, for the name after the comma.
        if n < b, !t[n].isWord, t[n].mark == ",", extended.nameRange == nil { return (extended, n) }
        return nil
    }

    /// The first token from `k` after a rank written before a name ("Mayjen TNI", "Ajun Komisaris Polisi");
    /// `k` when none stands there, or when nothing but the rank would be left.
    func afterRank(from k: Int, to b: Int) -> Int {
        guard k < b, t[k].isWord, SpeakerPhrase.rankOpeners.contains(t[k].hash) else { return k }
        var n = k + 1
        while n < b, t[n].isWord, SpeakerPhrase.rankWords.contains(t[n].hash) { n += 1 }
        return n < b && t[n].isWord && t[n].isCapitalized ? n : k
    }

    /// A me- verb of six letters or more ("memamerkan", "menyerahkan"), not a ber- adjective ("berpengalaman").
    func isTransitiveVerb(_ k: Int) -> Bool {
        let r = t[k].range
        return r.count >= 6 && text.scalars[r.lowerBound] == "m" && text.scalars[r.lowerBound + 1] == "e"
    }

    /// "dr", "drg", "prof": titles written in lowercase before a name.
    static let lowercaseTitles: WordSet = WordSet(["dr", "drg", "prof", "ir", "hj", "h"].map(TokenizedText.hash))

    func nameAfterComma(_ phrase: SpeakerPhrase, from a: Int, end roleEnd: Int, to b: Int) -> (SpeakerPhrase, Int)? {
        var end = roleEnd
        // "pengamat pasar mata uang dan komoditas, Ibrahim Assuaibi": a lowercase "dan" inside the role.
        if phrase.nameRange == nil, end < b, t[end].isWord, t[end].hash == ClaimRun.dan,
           let comma = (end + 1..<min(b, end + 5)).first(where: { !t[$0].isWord }), t[comma].mark == ",",
           (end + 1..<comma).allSatisfy({ !t[$0].isCapitalized && !ClaimRun.looksLikeVerb(text, t[$0]) }) {
            end = comma
        }
        guard !phrase.isPronoun, end + 1 < b, !t[end].isWord, t[end].mark == ",", a < end, t[a].isWord,
              // "Corporate Secretary Erajaya Swasembada, Djatmiko Wardoyo": the role word may come second.
              CueLexicon.roleWords.contains(t[a].hash) || a + 1 < end && t[a].isCapitalized && CueLexicon.roleWords.contains(t[a + 1].hash)
                || phrase.nameRange == nil else { return nil }
        // "Kabid Humas Polda Metro Jaya, Kombes Ade Ary Syam Indradi": a rank before the name is no part of it.
        let nameStart = afterRank(from: end + 1, to: b)
        var n = nameStart
        while n < b, n - nameStart < 4, t[n].isWord, t[n].isCapitalized, !CueLexicon.calendarWords.contains(t[n].hash),
              !CueLexicon.roleWords.contains(t[n].hash) { n += 1 }
        guard n > nameStart, n == b || !t[n].isWord || !t[n].isCapitalized,
              n - nameStart > 1 || !CueLexicon.places.contains(t[nameStart].hash) && !CueLexicon.institutionWords.contains(t[nameStart].hash),
              // "kata Menteri X, Jakarta" or a list of names goes on: no.
              n == b || t[n].isWord || t[n].mark == "." || t[n].mark == "," && (n + 1 == b || !t[n + 1].isCapitalized
                                                                                  || CueLexicon.calendarWords.contains(t[n + 1].hash)) else { return nil }
        var roleLo = text.tokenIndex(atOrAfter: phrase.range.lowerBound)
        if CueLexicon.determiners.contains(t[roleLo].hash), roleLo + 1 < end { roleLo += 1 }
        if a < roleLo, t[a].isCapitalized, CueLexicon.roleWords.contains(t[a + 1].hash) { roleLo = a }   // "Corporate Secretary"
        let name = t[nameStart].range.lowerBound..<t[n - 1].range.upperBound
        let role = t[roleLo].range.lowerBound..<t[end - 1].range.upperBound
        return (SpeakerPhrase(range: phrase.range.lowerBound..<name.upperBound, nameRange: name, roleRange: role,
                              affiliationRange: SpeakerPhrase.affiliation(in: t, role: roleLo, end),
                              isPronoun: false, isAnaphor: false, isGroup: false), n)
    }
}
