/// One article's entity mentions, indexed for the questions asked once per claim: who is the
/// speaker, and which entities does the claim's text name. Built once per article, so an article
/// of many claims costs time in proportion to its claims and mentions, not their product.
struct MentionIndex {
    private let mentions: [EntityMention]
    /// The first mention of each key, and of each person's last word.
    private var firstByKey: [String: Int] = [:]
    private var firstPersonByLast: [String: Int] = [:]
    /// Mention indexes in order of where they start.
    private let byStart: [Int]

    init(_ mentions: [EntityMention]) {
        self.mentions = mentions
        for (k, m) in mentions.enumerated() {
            if firstByKey[m.key] == nil { firstByKey[m.key] = k }
            if m.kind == .person {
                let last = EntityName.lastWordKey(m.name)
                if firstPersonByLast[last] == nil { firstPersonByLast[last] = k }
            }
        }
        byStart = mentions.indices.sorted { (mentions[$0].range.lowerBound, $0) < (mentions[$1].range.lowerBound, $1) }
    }

    /// The mention a speaker's name refers to: the same key, else a person with its last word.
    func speaker(key: String, last: String) -> EntityMention? {
        (firstByKey[key] ?? firstPersonByLast[last]).map { mentions[$0] }
    }

    /// The distinct keys of the mentions starting inside `range`, in mention order, but `excluded`.
    func keys(startingIn range: Range<Int>, excluding excluded: String?) -> [String] {
        var lo = 0, hi = byStart.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[byStart[mid]].range.lowerBound < range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var inside: [Int] = []
        var k = lo
        while k < byStart.count, mentions[byStart[k]].range.lowerBound < range.upperBound { inside.append(byStart[k]); k += 1 }
        inside.sort()
        var seen = Set<String>()
        var keys: [String] = []
        for i in inside where mentions[i].key != excluded && seen.insert(mentions[i].key).inserted { keys.append(mentions[i].key) }
        return keys
    }
}
