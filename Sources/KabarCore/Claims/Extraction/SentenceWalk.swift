/// The walk over an article: paragraph by paragraph, sentence by sentence, each sentence's
/// quotations attributed first (`QuoteAttribution.swift`), then, when no quotation covers it, its
/// reported speech (`ReportedSpeech.swift`), a back reference ("Klaim tersebut disampaikan X") or
/// the introduction of the next speaker (`BackReference.swift`).
extension ClaimRun {
    // MARK: Walk

    /// The capitalised name of two or more words a sentence opens with, before a comma or a
    /// lowercase word: an organisation or a body as the subject, when "Mereka" follows.
    func leadingGroup(_ sentence: Range<Int>) -> Range<Int>? {
        var k = text.tokenIndex(atOrAfter: sentence.lowerBound)
        let start = k
        while k < t.count, t[k].range.lowerBound < sentence.upperBound, t[k].isWord, t[k].isCapitalized { k += 1 }
        // Then an appositive's comma, or a verb or an adverb ("Pemerintah Vietnam menyatakan", "… masih menyelidiki").
        guard k - start >= 2, k - start <= 5, k < t.count,
              !t[k].isWord ? t[k].mark == "," : !t[k].isCapitalized && (ClaimRun.looksLikeVerb(text, t[k]) || ClaimRun.adverbs.contains(t[k].hash)),
              !CueLexicon.connectors.contains(t[start].hash), !ClaimRun.asideStarts.contains(t[start].hash),
              !ClaimRun.adverbialStarts.contains(t[start].hash) else { return nil }
        return t[start].range.lowerBound..<t[k - 1].range.upperBound
    }

    /// "Planning itu bisa direkayasa. Kalau sudah … halal. Padahal …, kata Jimly.": a quotation whose
    /// marks the scraper dropped. When a sentence of a paragraph with no quotation mark closes with a
    /// cue after its content, the sentences of that paragraph since the last claim are the speaker's too.
    func unquotedLead(closedBy claim: Claim, in sentence: Range<Int>) -> [Claim] {
        guard claim.kind == .indirect, claim.speaker != nil, let cue = claim.cueRange, cue.lowerBound >= claim.range.upperBound,
              t[text.tokenIndex(atOrAfter: cue.lowerBound)].claimFlags & CueLexicon.Flag.postCue != 0,
              claim.range.lowerBound <= t[skipConnectors(from: text.tokenIndex(atOrAfter: sentence.lowerBound), to: text.tokenIndex(atOrAfter: sentence.upperBound))].range.lowerBound + 2
        else { return [] }
        var lead: [Claim] = []
        for earlier in unclaimedSentences {
            let a = text.tokenIndex(atOrAfter: earlier.lowerBound), b = text.tokenIndex(atOrAfter: earlier.upperBound)
            let content = contentRange(from: skipConnectors(from: a, to: b), to: b)
            // A stated position, as in a continuation ("bisa", "harus", "kita"), not a narrated event.
            guard content.count >= 16, (a..<b).contains(where: { t[$0].isWord && ClaimRun.stanceWords.contains(t[$0].hash) }) else { continue }
            var c = Claim(kind: .indirect, speakerMention: nil, speaker: claim.speaker, role: claim.role, cue: nil,
                          content: text.string(content), range: content, via: claim.via, hedged: sentenceHasHedge(earlier))
            c.roleRange = nil
            lead.append(c)
        }
        return lead
    }

    /// True when quote span `span` holds a term of at most three words, closed: "jalur naga", "mitra".
    func isQuotedTerm(_ span: Range<Int>) -> Bool {
        guard span.count >= 3, QuoteScanner.isDouble(text.scalars[span.upperBound - 1]) || text.scalars[span.upperBound - 1] == "”" else { return false }
        var words = 0
        for k in text.tokenIndex(atOrAfter: span.lowerBound)..<text.tokenIndex(atOrAfter: span.upperBound) where t[k].isWord {
            words += 1
            if words > 3 { return false }
        }
        return words > 0
    }

    /// A hedged sentence that reports a source of its own: opened by "Dalam …", or its cue followed by "bahwa".
    func namesASourceOfItsOwn(_ claim: Claim, _ sentence: Range<Int>) -> Bool {
        let a = text.tokenIndex(atOrAfter: sentence.lowerBound)
        if a < t.count, t[a].hash == ClaimRun.dalam { return true }
        guard let cue = claim.cueRange else { return false }
        let after = text.tokenIndex(atOrAfter: cue.upperBound)
        return after < t.count && t[after].hash == CueLexicon.bahwa
    }

    mutating func extractAll() {
        // The index in `claims` of the account the next sentence may continue (`Continuation.swift`).
        var account: Int?
        var previousParagraph: Range<Int>?
        var sandwich = Sandwich()
        // The claim that announced a numbered list ("Laporan itu merinci beberapa masalah: 1. …"): every
        // sentence of its items is that source's, until a sentence breaks the account.
        var listSource: Claim?
        // A source announcing what follows (`Announcement.swift`) and the paragraph it was announced in.
        var announcer: (claim: Claim, paragraph: Int)?
        for (paragraphIndex, fullParagraph) in text.paragraphs.enumerated() {
            sandwich.enter(paragraph: paragraphIndex)
            // A dateline ("Liputan6.com, Pyongyang - ") opens the first paragraphs; it is not claim text.
            var paragraph = fullParagraph
            if let d = dateline, d.lowerBound == fullParagraph.lowerBound, d.upperBound < fullParagraph.upperBound {
                paragraph = d.upperBound..<fullParagraph.upperBound
            }
            let quotes = QuoteScanner.scan(text, paragraph)
            let quoteSpans = quotes.map { $0.span(paragraphEnd: paragraph.upperBound) }
            let sentences = SentenceSplitter.split(text, paragraph, quotes: quoteSpans)
            var unattributedAtStart: [Claim] = []
            // Quotes and sentences both run in text order: each sentence's quotes are the next ones
            // (never a scan of the paragraph's quotes per sentence).
            var firstQuote = 0, firstSpan = 0
            if account != nil, !opensWithContinuation(paragraph) { account = nil }
            if listSource != nil, !opensWithListItem(paragraph) { listSource = nil }
            if let an = announcer, paragraphIndex - an.paragraph > 2 { announcer = nil }
            // Only the paragraph before counts as what "Hal itu" points back at.
            if let first = unclaimedSentences.last, let previous = previousParagraph, !previous.contains(first.lowerBound) {
                unclaimedSentences.removeAll()
            }
            previousParagraph = fullParagraph
            var group: Range<Int>?
            for (sentenceIndex, sentence) in sentences.enumerated() {
                cursor = sentence.lowerBound
                previousGroup = group
                group = leadingGroup(sentence)
                let found = claims.count
                var sentenceCovered = false
                while firstQuote < quotes.count, quotes[firstQuote].open < sentence.lowerBound { firstQuote += 1 }
                var lastQuote = firstQuote
                while lastQuote < quotes.count, sentence.contains(quotes[lastQuote].open) { lastQuote += 1 }
                while firstSpan < quoteSpans.count, quoteSpans[firstSpan].upperBound <= sentence.lowerBound { firstSpan += 1 }
                var lastSpan = firstSpan
                while lastSpan < quoteSpans.count, quoteSpans[lastSpan].lowerBound < sentence.upperBound { lastSpan += 1 }
                // Quoted terms only ("… dikenal warga sebagai \"jalur naga\"") quote nobody: the account goes on.
                let quotesNobody = quoteSpans[firstSpan..<lastSpan].allSatisfy(isQuotedTerm)
                for quote in quotes[firstQuote..<lastQuote] {
                    if let claim = attributeQuote(quote, paragraph: paragraph, sentence: sentence) {
                        // Two quoted phrases in one reported clause make one partial claim, not two alike.
                        if claim.kind == .partial, let last = claims.last, last.range == claim.range, last.speaker == claim.speaker {
                            sentenceCovered = true
                            continue
                        }
                        if claim.speaker == nil && quote.close == nil && claim.kind == .direct {
                            unattributedAtStart.append(claim)   // may be resolved by the next paragraph
                        } else {
                            claims.append(claim)
                        }
                        sentenceCovered = sentenceCovered || claim.kind == .direct || claim.kind == .partial
                        for inner in quote.inner { if let c = attributeInner(inner, outer: claim) { claims.append(c) } }
                    }
                }
                if !sentenceCovered {
                    if let claim = reportedSpeech(in: sentence, quotes: quoteSpans[firstSpan..<lastSpan]) {
                        // A hedge with nobody's name inside a speaker's account is that speaker's, hedged.
                        // (Not "Dalam laporan NASA disebutkan bahwa …": a source of its own.)
                        if claim.kind == .unattributed, quotesNobody, let current = account, !namesASourceOfItsOwn(claim, sentence),
                           let c = continuation(of: claims[current], in: sentence, allowingHedge: true) {
                            claims.append(c)
                            unclaimedSentences.removeAll()
                            continue
                        }
                        // "Ketua DPRD, yang menilai perlunya kajian ulang, meminta proyek itu ditunda.": two claims.
                        if let aside = relativeClause(beside: claim, in: sentence, quotes: quoteSpans[firstSpan..<lastSpan]) {
                            claims.append(aside)
                        }
                        if quotes.isEmpty, sentenceIndex > 0, !unclaimedSentences.isEmpty,
                           unclaimedSentences.allSatisfy({ paragraph.contains($0.lowerBound) }) {
                            claims.append(contentsOf: unquotedLead(closedBy: claim, in: sentence))
                        }
                        claims.append(claim)
                    } else if attributeBackReference(sentence) {
                        sandwich.reset()
                        account = claims.count - 1
                        unclaimedSentences.removeAll()
                        continue
                    } else if quotesNobody, let current = account, let c = continuation(of: claims[current], in: sentence) {
                        if listSource == nil, announcesAList(claims[current]), opensWithListItem(sentence) { listSource = claims[current] }
                        claims.append(c)
                        unclaimedSentences.removeAll()
                        continue
                    } else if quotesNobody, let source = listSource, let c = continuation(of: source, in: sentence, sandwiched: true) {
                        claims.append(c)
                        account = claims.count - 1
                        unclaimedSentences.removeAll()
                        continue
                    } else if quotesNobody, let an = announcer, let c = continuation(of: an.claim, in: sentence, sandwiched: true) {
                        claims.append(c)
                        unclaimedSentences.removeAll()
                        continue
                    } else if quotesNobody, let c = announcement(in: sentence) {
                        announcer = (c, paragraphIndex)
                        unclaimedSentences.removeAll()
                        continue
                    } else {
                        announcer = nil
                        introduceSpeaker(sentence)
                    }
                }
                account = claims.count > found ? claims.count - 1 : nil
                // A claim of its own ends the list, but for one in an item ("5. Eksploitasi …: Kemenham menilai …").
                if claims.count > found || !quotesNobody, !opensWithListItem(sentence) { listSource = nil }
                if claims.count > found || !quotesNobody { announcer = nil }
                if claims.count > found {
                    sandwich.close(with: &claims, from: found, paragraph: paragraphIndex)
                } else if !quotesNobody {
                    sandwich.reset()
                } else if let base = sandwich.account {
                    if let c = continuation(of: claims[base], in: sentence, sandwiched: true) { sandwich.hold(c) } else { sandwich.reset() }
                }
                if claims.count > found || lastSpan > firstSpan {
                    unclaimedSentences.removeAll()
                } else {
                    unclaimedSentences.append(sentence)
                    if unclaimedSentences.count > 3 { unclaimedSentences.removeFirst() }
                }
            }
            // A quotation continued over paragraphs takes the speaker named at its end.
            if !pending.isEmpty, let first = claims.last(where: { $0.range.lowerBound >= paragraph.lowerBound }), first.kind == .direct {
                for var p in pending {
                    p.speaker = first.speaker; p.speakerMention = nil; p.role = first.role
                    claims.append(p)
                }
                pending.removeAll()
            } else if !pending.isEmpty {
                claims.append(contentsOf: pending)
                pending.removeAll()
            }
            pending = unattributedAtStart
        }
        claims.append(contentsOf: pending)
        // Claims come in text order but for a quotation continued over paragraphs and back references.
        if claims.count > 1, (1..<claims.count).contains(where: { claims[$0 - 1].range.lowerBound > claims[$0].range.lowerBound }) {
            claims.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
    }
}
