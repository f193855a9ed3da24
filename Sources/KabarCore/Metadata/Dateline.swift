/// The dateline that opens many articles: "MOSKWA, KOMPAS.com – …", "Liputan6.com, Pyongyang - …",
/// "Jakarta, CNN Indonesia -- …", "TEMPO.CO,Jakarta- …", "JAKARTA- …", "Kyiv: …", "VIVA Nasional – …",
/// and agency copy: "MOSCOW (Reuters) - …", "BANGKOK, June 14 (AFP) - …", "Jakarta (ANTARA) - …".
struct Dateline: Equatable {
    var place: String?
    var outlet: String?
    /// An unknown outlet's web address in the dateline ("LintasKawi.id" → "LintasKawi"): weaker evidence.
    var domainOutlet: String?
    /// The news agency named in brackets ("(Reuters)", "(AFP)"): the end of every claim's media chain.
    var agency: String?
    /// Bytes of the paragraph the dateline takes, separator included.
    var length: Int

    static func parse(_ paragraph: String) -> Dateline? {
        let u = Array(paragraph.utf8.prefix(90))
        // Find the first separator: " - ", "- ", "–", "—", "--", or ":" (colon form only for a bare place).
        var sepStart = -1, sepEnd = -1
        var i = 0
        while i < u.count {
            let b = u[i]
            if b == UInt8(ascii: "-") && i > 0 {
                var j = i
                while j < u.count && u[j] == UInt8(ascii: "-") { j += 1 }
                let spacedBefore = u[i - 1] == 0x20
                let spacedAfter = j < u.count && u[j] == 0x20
                // "Korea-Selatan" has no spaces around its hyphen; a dateline dash has.
                if spacedBefore || spacedAfter || j - i >= 2 {
                    sepStart = i; sepEnd = j; break
                }
                i = j; continue
            }
            if b == 0xE2 && i + 2 < u.count && u[i + 1] == 0x80 && (u[i + 2] == 0x93 || u[i + 2] == 0x94) {   // – —
                sepStart = i; sepEnd = i + 3; break
            }
            if b == UInt8(ascii: ":") { sepStart = i; sepEnd = i + 1; break }
            if b == UInt8(ascii: ".") && i + 1 < u.count && u[i + 1] == 0x20 { return nil }   // a sentence ended first
            i += 1
        }
        guard sepStart > 1 else { return nil }
        var head = String(decoding: u[0..<sepStart], as: UTF8.self).trimmedASCII
        // "MOSCOW (Reuters)": a known agency in brackets closes the head.
        var agency: String?
        if head.hasSuffix(")"), let open = head.lastIndex(of: "(") {
            let inside = String(head[head.index(after: open)..<head.index(before: head.endIndex)]).trimmedASCII
            guard let name = OutletCatalog.canonical(inside) else { return nil }
            agency = name
            head = String(head[..<open]).trimmedASCII
        }
        let parts = head.splitBytes(UInt8(ascii: ",")).map { $0.trimmedASCII }.filter { !$0.isEmpty && !(agency != nil && looksLikeDay($0)) }
        guard !parts.isEmpty || agency != nil, parts.count <= 3 else { return nil }
        var place: String?
        var outlet: String?
        var domain: String?
        for part in parts {
            if let o = OutletCatalog.canonical(part) ?? OutletCatalog.brand(in: ASCIIFolded(part)) {
                outlet = o
            } else if looksLikePlace(part) {
                place = place ?? titleCased(part)
            } else if looksLikeDomain(part) {
                domain = domain ?? prettyDomain(part)
            } else {
                return nil
            }
        }
        // A bare word before a colon or dash is a dateline only when it is ALL CAPS or a short place.
        if outlet == nil && domain == nil && agency == nil {
            guard let p = place, parts.count == 1 else { return nil }
            let raw = parts[0]
            let allCaps = raw.utf8.allSatisfy { !isASCIILower($0) }
            // "Kyiv: …", "Mataram – …", "Jakarta - …": one or two capitalised words before the mark.
            if !allCaps && p.wordCount > 2 { return nil }
        }
        var end = sepEnd
        while end < u.count && u[end] == 0x20 { end += 1 }
        return Dateline(place: place, outlet: outlet, domainOutlet: domain, agency: agency, length: end)
    }

    /// "June 14", "14 June", "Jan. 5": the day in an agency dateline.
    static func looksLikeDay(_ s: String) -> Bool {
        let words = s.split(separator: " ")
        guard words.count == 2 else { return false }
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
        func month(_ w: Substring) -> Bool { w.count >= 3 && months.contains(where: { w.lowercased().filter { $0 != "." }.hasPrefix($0) }) }
        func day(_ w: Substring) -> Bool { (1...2).contains(w.count) && w.allSatisfy(\.isNumber) }
        return month(words[0]) && day(words[1]) || day(words[0]) && month(words[1])
    }

    static func looksLikePlace(_ s: String) -> Bool {
        let words = s.splitBytes(0x20)
        guard words.count >= 1, words.count <= 3, s.utf8.count <= 30 else { return false }
        for w in words {
            guard let f = w.utf8.first, isASCIIUpper(f) else { return false }
            if w.utf8.contains(where: { isASCIIDigit($0) || $0 == UInt8(ascii: ".") }) { return false }
        }
        return true
    }

    static func looksLikeDomain(_ s: String) -> Bool {
        let l = s.lowercased()
        return !l.contains(" ") && (l.hasSuffix(".com") || l.hasSuffix(".id") || l.hasSuffix(".co.id") || l.hasSuffix(".net") || l.hasSuffix(".co"))
    }

    /// "LintasKawi.id" → "LintasKawi", "KABARTANJUNG.CO.ID" → "Kabartanjung".
    static func prettyDomain(_ s: String) -> String {
        var name = s
        for tld in [".co.id", ".com", ".id", ".net", ".co"] where name.lowercased().hasSuffix(tld) {
            name.removeLast(tld.count); break
        }
        if !name.utf8.contains(where: isASCIILower) { name = titleCased(name) }
        return name
    }

    static func titleCased(_ s: String) -> String {
        s.split(separator: " ").map { w -> String in
            let lower = w.lowercased()
            return lower.prefix(1).uppercased() + lower.dropFirst()
        }.joined(separator: " ")
    }
}
