/// A number in the headline that the article's opening reports differently: Repelita's
/// "50.000 Pasukan …" over a lede of "500.000 tentara".
public struct HeadlineNumberConflict: Sendable, Hashable {
    /// The quantity as found in the title (its range counts scalars of the title).
    public var headline: Quantity
    /// The differing quantity in the body (range in the cleaned body).
    public var body: Quantity
    public var agreement: NumberAgreement
}

public enum HeadlineNumberCheck {
    /// How far into the body (in scalars) the opening that should repeat the headline reaches.
    static let openingLength = 600

    /// Headline numbers whose kind the opening reports only with other values.
    public static func conflicts(in article: Article) -> [HeadlineNumberConflict] {
        guard let title = article.title, !article.titleInferred else { return [] }
        let inTitle = QuantityExtractor().extract(from: title, language: article.language)
        let opening = article.quantities.filter { $0.range.lowerBound < openingLength }
        var result: [HeadlineNumberConflict] = []
        for h in inTitle {
            guard let family = QuantityFamily.of(h) else { continue }
            // A number more than ten times off is about something else ("9 Orang Masih Dicari" over "226 orang selamat").
            let same = opening.filter { QuantityFamily.of($0) == family && max($0.value, h.value) <= 10 * min($0.value, h.value) }
            guard let first = same.first, !same.contains(where: { NumberAgreement(h.value, $0.value) != .conflicting }) else { continue }
            // A headline total of parts the body lists ("2.000 Dollar" over two gifts of "1.000 dollar").
            if same.count >= 2, NumberAgreement(h.value, same.reduce(0) { $0 + $1.value }) != .conflicting { continue }
            result.append(HeadlineNumberConflict(headline: h, body: first, agreement: NumberAgreement(h.value, first.value)))
        }
        return result
    }
}
