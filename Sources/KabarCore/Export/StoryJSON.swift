/// `kabar stories --format json`: `{"stories":[{"title","earliest","outlets","articles":[{"id","path","outlet","title","published"}]}]}`.
public enum StoryJSON {
    public static func document(_ stories: [Story], articles: [Article]) -> JSONValue {
        .object([("stories", .array(stories.map { s in
            .object([
                ("title", .string(s.title)),
                ("earliest", .optional(s.earliest?.iso8601)),
                ("outlets", .array(s.outlets.map(JSONValue.string))),
                ("articles", .array(s.articleIndexes.map { k in
                    let a = articles[k]
                    return .object([("id", .string(a.id)), ("path", .string(a.path)), ("outlet", .optional(a.outlet)),
                                    ("title", .optional(a.title)), ("published", .optional(a.published?.iso8601))])
                })),
            ])
        }))])
    }
}
