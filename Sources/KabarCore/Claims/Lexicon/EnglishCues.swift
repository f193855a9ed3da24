/// English attribution words, as agency copy (Reuters, AP, AFP) uses them. Indonesian ones are
/// in `IndonesianCues.swift`.
enum EnglishCues {
    /// Verbs that may follow a quotation or close a sentence: "…," Moore said / said Moore.
    static let postCueWords = ["said", "says", "added", "told", "asked", "explained", "wrote", "claimed", "insisted",
                               "noted", "stressed", "warned", "continued", "recalled"]

    /// Speech verbs with the speaker before them: X said (that) …
    static let reportingVerbs = ["said", "says", "told", "added", "claimed", "stated", "warned", "argued", "noted", "insisted",
                                 "denied", "confirmed", "reported", "announced", "explained", "suggested", "believes", "believed"]

    /// Hedges: a statement reported with no source.
    static let hedgeWords = ["reportedly", "allegedly", "purportedly"]
}
