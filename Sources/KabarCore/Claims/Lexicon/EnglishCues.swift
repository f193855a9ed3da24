/// English attribution words, as agency copy (Reuters, AP, AFP) uses them. Indonesian ones are
/// in `IndonesianCues.swift`.
enum EnglishCues {
    /// Verbs that may follow a quotation or close a sentence: "…," Moore said / said Moore.
    static let postCueWords = ["said", "says", "added", "told", "asked", "explained", "wrote", "claimed", "insisted",
                               "noted", "stressed", "warned", "continued", "recalled"]

    static let postCueSet: WordSet = WordSet(words: postCueWords)

    /// Speech verbs with the speaker before them: X said (that) …
    static let reportingVerbs = ["said", "says", "told", "added", "claimed", "stated", "warned", "argued", "noted", "insisted",
                                 "denied", "confirmed", "reported", "announced", "explained", "suggested", "believes", "believed",
                                 "estimated", "acknowledged", "admitted", "predicted", "stressed", "urged", "alleged",
                                 "saying"]
    static let reportingVerbSet: WordSet = WordSet(words: reportingVerbs)
    static let told = TokenizedText.hash("told")
    static let saying = TokenizedText.hash("saying")
    static let to = TokenizedText.hash("to")

    /// Hedges: a statement reported with no source.
    static let hedgeWords = ["reportedly", "allegedly", "purportedly"]

    /// Who is told: "told reporters", "told parliament" (a capitalised medium needs no list: "told Reuters").
    static let audienceWords = WordSet(words: ["reporters", "journalists", "lawmakers", "parliament", "legislators", "senators",
                                              "delegates", "supporters", "students", "investors", "analysts", "diplomats",
                                              "residents", "listeners", "viewers", "congress", "crowds", "clients"])
    static let possessives = WordSet(words: ["its", "his", "her", "their", "our"])
    /// Single words of time in an attribution: "said Thursday", "said late on Friday".
    static let timeAdverbs = WordSet(words: ["yesterday", "today", "tonight", "earlier", "later", "late", "separately",
                                            "again", "publicly", "privately", "recently"])
    /// Prepositions of an attribution's time and venue: "said in a statement", "told reporters at Government House".
    static let prepositions = WordSet(words: ["in", "on", "at", "by", "during", "after", "before", "via", "over", "through",
                                             "from", "of", "with", "outside"])
    /// "last week", "this month", "next year".
    static let timeOpeners = WordSet(words: ["last", "this", "next"])
    /// Nouns and modifiers of venues and times: "a statement", "state television", "a news conference".
    static let venueWords = WordSet(words: ["statement", "statements", "interview", "report", "note", "notes", "speech", "post",
                                           "briefing", "conference", "news", "press", "television", "radio", "telephone",
                                           "phone", "video", "message", "letter", "hearing", "decision", "ruling", "filing",
                                           "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend",
                                           "state", "national", "joint", "written", "televised", "emailed", "separate",
                                           "meeting", "session", "summit", "event", "broadcast", "address", "call",
                                           "podcast", "email", "policy", "clients", "reporters", "parliament", "court",
                                           "rally", "visit", "trip", "online", "social", "media", "website", "newspaper",
                                           "documents", "document", "day", "days", "sidelines", "two-day", "regular",
                                           "weekly", "daily", "annual", "interview", "broadcaster", "channel", "public"])
    /// "is said to", "are believed to": a passive report, a hedge with no source.
    static let passiveReportWords = WordSet(words: ["said", "believed", "reported", "alleged"])
    /// Auxiliary verbs: a phrase holding one is a clause, not a speaker ("said the win would lift …").
    static let auxiliaries = WordSet(words: ["would", "will", "had", "has", "have", "was", "were", "is", "are", "could",
                                            "should", "can", "may", "might", "must", "did", "does", "do"])
    static let beForms = WordSet(words: ["is", "are", "was", "were", "be", "been", "being"])
    /// Verbs that name something with a quoted phrase: "called the plan “reckless”".
    static let namingVerbs = WordSet(words: ["called", "described", "dubbed", "labelled", "labeled", "branded", "termed"])
    /// Small words inside English names: "Council on Foreign Relations", "Ministry of Economy".
    static let nameJoiners = WordSet(words: ["of", "on", "for", "and"])
    static let relativeWords = WordSet(words: ["which", "who", "whom", "that"])
    /// "X, who took office in 2024, said": an aside between a subject and its verb.
    static let relativePronouns = WordSet(words: ["which", "who", "whom"])
}
