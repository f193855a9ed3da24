extension CorpusIndex {
    /// The reader's entity table from what the index stored when it analysed these articles (their
    /// mentions, each claim's speaker and the entities its content names) with the alias file it
    /// was built with, instead of finding every mention again.
    ///
    /// `rows` are the articles' rows (`IndexedCollection.rows`). Everything read is checked against
    /// the articles: nil when the index no longer describes them (another process rewrote it since
    /// they were read, or a stored value is out of range), and the caller finds the mentions itself.
    public func entityTable(for articles: [Article], rows: [Int64]) throws -> EntityTable? {
        guard rows.count == articles.count, !articles.isEmpty else { return nil }
        return try answer { try storedEntityTable(articles, rows: rows) }
    }

    private func storedEntityTable(_ articles: [Article], rows: [Int64]) throws -> EntityTable? {
        var position: [Int64: Int] = [:]
        for (k, row) in rows.enumerated() { position[row] = k }
        guard position.count == rows.count else { return nil }

        // The rows still hold these articles.
        let record = try db.prepare("SELECT record, path FROM articles WHERE id = ?")
        for (k, row) in rows.enumerated() {
            var same = false
            try record.rows([.int(row)]) { r in same = r.text(0) == articles[k].id && r.text(1) == articles[k].path }
            guard same else { return nil }
        }

        var names: [String: String] = [:]
        // Each entity's longest name, the first seen of that length (as `entity(key:)` gives it).
        try db.prepare("SELECT key, name FROM names ORDER BY id").rows { r in
            guard let key = r.text(0), let name = r.text(1) else { return }
            if let known = names[key], known.unicodeScalars.count >= name.unicodeScalars.count { return }
            names[key] = name
        }

        let lengths = articles.map { $0.body.unicodeScalars.count }
        var mentions = [[EntityMention]](repeating: [], count: articles.count)
        var valid = true
        try db.prepare("SELECT m.article, n.key, n.kind, coalesce(m.surface, n.name), m.start, m.end FROM mentions m JOIN names n ON n.id = m.name ORDER BY m.article, m.ordinal").rows { r in
            guard valid, let k = position[r.int(0)] else { return }
            let start = Int(r.int(4)), end = Int(r.int(5))
            guard let key = r.text(1), !key.isEmpty, let name = names[key], let kind = EntityKind(rawValue: r.text(2) ?? ""),
                  let surface = r.text(3), !surface.isEmpty, start >= 0, start < end, end <= lengths[k] else { valid = false; return }
            mentions[k].append(EntityMention(key: key, name: name, kind: kind, surface: surface, range: start..<end))
        }
        guard valid else { return nil }

        var claims = [[(speaker: String?, about: [String])]](repeating: [], count: articles.count)
        var slot: [Int64: (article: Int, claim: Int)] = [:]
        try db.prepare("SELECT id, article, speaker_key FROM claims ORDER BY id").rows { r in
            guard let k = position[r.int(1)] else { return }
            slot[r.int(0)] = (k, claims[k].count)
            claims[k].append((speaker: r.text(2), about: []))
        }
        for k in articles.indices where claims[k].count != articles[k].claims.count { return nil }
        try db.prepare("SELECT claim, key FROM claim_about ORDER BY claim, ordinal").rows { r in
            guard let s = slot[r.int(0)], let key = r.text(1) else { return }
            claims[s.article][s.claim].about.append(key)
        }

        var builder = EntityTable.Builder()
        for k in articles.indices { builder.add(article: k, mentions: mentions[k], claims: claims[k]) }
        return EntityTable(builder)
    }
}
