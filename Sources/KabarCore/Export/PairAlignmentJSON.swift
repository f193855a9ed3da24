/// `kabar compare --format json`: `{"left":{article},"right":{article},"rows":[{"kind","sharesClaim",
/// "left":{"start","end","text"}|null,"right":…,"differences":[{"side","kind","text","start","end"}]}]}`.
public enum PairAlignmentJSON {
    public static func document(_ alignment: PairAlignment, left: Article, right: Article) -> JSONValue {
        let leftText = ScalarText(left.body), rightText = ScalarText(right.body)
        func side(_ range: Range<Int>?, _ body: ScalarText) -> JSONValue {
            guard let range else { return .null }
            return .object([("start", .int(range.lowerBound)), ("end", .int(range.upperBound)), ("text", .string(body.text(in: range)))])
        }
        func differences(_ list: [PairAlignment.Difference], _ name: String, _ body: ScalarText) -> [JSONValue] {
            list.map { d in
                .object([("side", .string(name)), ("kind", .string(d.kind.rawValue)), ("text", .string(body.text(in: d.range))),
                         ("start", .int(d.range.lowerBound)), ("end", .int(d.range.upperBound))])
            }
        }
        return .object([
            ("left", ArticleJSON.article(left, includeText: false)),
            ("right", ArticleJSON.article(right, includeText: false)),
            ("rows", .array(alignment.rows.map { row in
                .object([
                    ("kind", .string(row.kind.rawValue)),
                    ("sharesClaim", .bool(row.sharesClaim)),
                    ("left", side(row.left, leftText)),
                    ("right", side(row.right, rightText)),
                    ("differences", .array(differences(row.leftDifferences, "left", leftText) + differences(row.rightDifferences, "right", rightText))),
                ])
            })),
        ])
    }
}
