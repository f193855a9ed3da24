/// One place an article names an entity.
public struct EntityMention: Sendable, Hashable {
    /// The entity's key (`EntityName.key` of its canonical name): spellings and, within the
    /// article, a surname alone resolve to one key.
    public var key: String
    /// The canonical name: the lexicon's, or the fullest form the article writes.
    public var name: String
    public var kind: EntityKind
    /// As written here ("Korut", "Zelenskiy", "Korotchenko").
    public var surface: String
    /// Range in the cleaned body, in Unicode scalars.
    public var range: Range<Int>
    /// A lone capitalised word kept only if it turns out to be a surname of a person the article names.
    var tentative = false
}
