/// Reads the media chain and the venue of a claim from the words around its attribution:
/// "dilansir dari Time", "dikutip dari Independent", "sebagaimana diwartakan New York Post",
/// "seperti ditulis EurAsian Times", "menurut New York Post", "kepada Reuters",
/// "lapor surat kabar itu", "mengutip sumber-sumber Rusia"; venues "di Channel One Russia",
/// "dalam video YouTube-nya".
enum SourceChain {
    /// Media and sources named in token range `from..<to`, in order of appearance.
    /// `speakerRange` is skipped so "menurut X" naming the speaker is not a medium.
    static func via(_ text: TokenizedText, tokens from: Int, _ to: Int, excluding speakerRange: Range<Int>?) -> [String] {
        let t = text.tokens
        var result: [String] = []
        var i = from
        while i < to {
            let tok = t[i]
            // Only a via word, "menurut"/"according", "kepada" or "told" opens a medium.
            guard tok.claimFlags & (CueLexicon.Flag.via | CueLexicon.Flag.menurut) != 0 else { i += 1; continue }
            let h = tok.hash
            var phraseStart: Int?
            var allowLowercase = false
            if CueLexicon.viaWords.contains(h) {
                phraseStart = i + 1
                allowLowercase = h == SourceChain.lapor || h == CueLexicon.mengutip
            } else if h == CueLexicon.menurut || h == CueLexicon.accordingTo {
                phraseStart = i + 1
                if h == CueLexicon.accordingTo, i + 1 < to, t[i + 1].hash == SourceChain.to { phraseStart = i + 2 }
            } else if h == CueLexicon.kepada || h == SourceChain.told {
                // "kepada Reuters", "kepada Kantor Berita Pelita", "told The Strait Ledger": a capitalised
                // name right after (a person's title, "kepada Presiden", is not a medium).
                if i + 1 < to, t[i + 1].isCapitalized,
                   !CueLexicon.roleWords.contains(t[i + 1].hash) || SourceChain.mediaHeads.contains(t[i + 1].hash) { phraseStart = i + 1 }
            }
            guard var p = phraseStart else { i += 1; continue }
            while p < to, t[p].isWord, CueLexicon.viaFillers.contains(t[p].hash) || CueLexicon.viaWords.contains(t[p].hash) { p += 1 }
            var q = p
            while q < to, t[q].isWord, q - p < 6 {
                // Lowercase words end a media name, except in "lapor surat kabar itu" / "mengutip sumber-sumber X".
                if !t[q].isCapitalized && !(allowLowercase && q - p < 4) { break }
                if text.isCalendarWord(q) { break }
                q += 1
            }
            if q > p {
                let r = t[p].range.lowerBound..<t[q - 1].range.upperBound
                if let s = speakerRange, s.overlaps(r) { i = q; continue }
                let name = text.string(r)
                if !result.contains(name) { result.append(name) }
            }
            i = max(q, i + 1)
        }
        return result
    }

    /// The venue after a speaker ("di Channel One Russia", "dalam diskusi panel langsung di Russian Channel")
    /// or at a sentence start ("Dalam video YouTube-nya, …").
    static func venue(_ text: TokenizedText, tokens from: Int, _ to: Int) -> String? {
        let t = text.tokens
        var i = from
        while i < to, !t[i].isWord { i += 1 }
        guard i < to, t[i].hash == SourceChain.di || t[i].hash == SourceChain.dalam || t[i].hash == SourceChain.on else { return nil }
        var q = i + 1
        var sawVenueWord = false
        while q < to, t[q].isWord || t[q].mark == "-" {
            let h = t[q].hash
            // "sebagaimana", "seperti", "oleh" end a venue; "media", "laman", "situs" can be one
            // ("dalam siaran langsung di akun media sosialnya").
            if CueLexicon.viaWords.contains(h) || h == CueLexicon.menurut || h == CueLexicon.kepada
                || CueLexicon.viaFillers.contains(h) && !SourceChain.venueFillers.contains(h) { break }
            if text.isCalendarWord(q) { break }
            if t[q].isCapitalized || CueLexicon.venueNouns.contains(h) { sawVenueWord = true }
            q += 1
            if q - i > 8 { break }
        }
        guard sawVenueWord, q > i + 1 else { return nil }
        return text.string(t[i + 1].range.lowerBound..<t[q - 1].range.upperBound)
    }

    /// Via fillers that may stand inside a venue.
    static let venueFillers = WordSet(words: ["dari", "media", "laman", "situs"])
    static let lapor = TokenizedText.hash("lapor")
    static let mediaHeads = WordSet(words: ["kantor", "harian", "majalah", "stasiun", "radio", "televisi", "tv", "media", "portal"])
    static let told = TokenizedText.hash("told")
    static let to = TokenizedText.hash("to")
    static let di = TokenizedText.hash("di")
    static let dalam = TokenizedText.hash("dalam")
    static let on = TokenizedText.hash("on")
    static let dari = TokenizedText.hash("dari")
}
