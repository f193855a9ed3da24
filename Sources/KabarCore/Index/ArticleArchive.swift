/// An analysed article in a compact byte form (blocks, body, metadata, quantities and claims), so
/// the persistent index can hand the reader a warm collection without analysing it again: a
/// format byte, then the fields compressed (`PackedBytes`). `decode(encode(a)) == a` for every
/// article; a damaged archive throws instead of misreading.
public enum ArticleArchive {
    /// Written first; an archive of another format version is refused (the index rebuilds).
    static let formatVersion: UInt8 = 3

    public static func encode(_ a: Article) -> [UInt8] {
        [formatVersion] + PackedBytes.pack(fields(of: a))
    }

    public static func decode(_ bytes: UnsafeRawBufferPointer) throws -> Article {
        guard bytes.count > 1, bytes[0] == formatVersion else { throw ArchiveReader.Damaged(offset: 0) }
        let fields: [UInt8]
        do { fields = try PackedBytes.unpack(UnsafeRawBufferPointer(rebasing: bytes[1...])) } catch { throw ArchiveReader.Damaged(offset: 1) }
        return try fields.withUnsafeBytes { try article(fromFields: $0) }
    }

    /// The fields uncompressed (what `encode` compresses; the fuzzer reads them directly).
    static func fields(of a: Article) -> [UInt8] {
        var w = ArchiveWriter(capacity: a.body.utf8.count * 2 + 256)
        w.string(a.id)
        w.string(a.path)
        w.string(a.format.rawValue)
        w.optionalString(a.url)
        w.optionalString(a.outlet)
        w.optionalString(a.title)
        w.bool(a.titleInferred)
        w.optional(a.published) { w, d in
            w.int(d.year); w.int(d.month); w.int(d.day)
            w.optionalInt(d.hour); w.optionalInt(d.minute); w.optionalInt(d.utcOffsetMinutes); w.optionalString(d.zone)
        }
        w.optionalString(a.author)
        w.optionalString(a.dateline)
        w.string(a.language.rawValue)
        w.unsigned(UInt64(a.blocks.count))
        for b in a.blocks {
            w.unsigned(UInt64(BlockKind.allCases.firstIndex(of: b.kind)!))
            w.string(b.text)
        }
        // The body as the builder makes it, the article-text blocks joined by blank lines, is not
        // written twice: a flag says so, and it is joined again when read.
        let joined = Block.body(of: a.blocks)
        w.bool(joined == a.body)
        if joined != a.body { w.string(a.body) }
        w.unsigned(UInt64(a.quantities.count))
        for q in a.quantities { write(q, &w) }
        w.unsigned(UInt64(a.claims.count))
        for c in a.claims { write(c, &w) }
        w.int(a.textBytes)
        return w.bytes
    }

    /// The article the uncompressed fields describe, checked as `decode` checks it.
    static func article(fromFields bytes: UnsafeRawBufferPointer) throws -> Article {
        var r = ArchiveReader(bytes)
        let id = try r.string()
        let path = try r.string()
        guard let format = SourceFormat(rawValue: try r.string()) else { throw ArchiveReader.Damaged(offset: r.offset) }
        var a = Article(id: id, path: path, format: format)
        a.url = try r.optionalString()
        a.outlet = try r.optionalString()
        a.title = try r.optionalString()
        a.titleInferred = try r.bool()
        a.published = try r.optional { r throws(ArchiveReader.Damaged) in
            PublishedDate(year: try r.int(), month: try r.int(), day: try r.int(), hour: try r.optionalInt(),
                          minute: try r.optionalInt(), utcOffsetMinutes: try r.optionalInt(), zone: try r.optionalString())
        }
        a.author = try r.optionalString()
        a.dateline = try r.optionalString()
        guard let language = Language(rawValue: try r.string()) else { throw ArchiveReader.Damaged(offset: r.offset) }
        a.language = language
        let blockCount = try r.count()
        var blocks: [Block] = []
        blocks.reserveCapacity(blockCount)
        for _ in 0..<blockCount {
            let kind = try r.unsigned()
            guard kind < UInt64(BlockKind.allCases.count) else { throw ArchiveReader.Damaged(offset: r.offset) }
            blocks.append(Block(kind: BlockKind.allCases[Int(kind)], text: try r.string()))
        }
        // Their places in the body are made here, as when the article was built, not read back.
        a.blocks = Block.placed(blocks)
        a.body = try r.bool() ? Block.body(of: blocks) : try r.string()
        let quantityCount = try r.count()
        a.quantities.reserveCapacity(quantityCount)
        for _ in 0..<quantityCount { a.quantities.append(try readQuantity(&r)) }
        let claimCount = try r.count()
        a.claims.reserveCapacity(claimCount)
        for _ in 0..<claimCount { a.claims.append(try readClaim(&r)) }
        a.textBytes = try r.int()
        guard r.isAtEnd else { throw ArchiveReader.Damaged(offset: r.offset) }
        guard isConsistent(a) else { throw ArchiveReader.Damaged(offset: r.offset) }
        return a
    }

    /// What was read back is untrusted: every range must lie inside the body. A well-formed archive
    /// that fails here is damage too (flipped bytes that still parse), so the reader never indexes
    /// past a text.
    static func isConsistent(_ a: Article) -> Bool {
        let length = a.body.unicodeScalars.count
        func inside(_ r: Range<Int>?) -> Bool { r.map { $0.lowerBound >= 0 && $0.upperBound <= length } ?? true }
        guard a.textBytes >= 0, a.quantities.allSatisfy({ inside($0.range) }), a.blocks.allSatisfy({ inside($0.bodyRange) }) else { return false }
        return a.claims.allSatisfy { c in
            inside(c.range) && inside(c.quoteRange) && inside(c.cueRange) && inside(c.speakerRange)
                && inside(c.roleRange) && inside(c.affiliationRange) && inside(c.nameRange)
        }
    }

    private static func write(_ q: Quantity, _ w: inout ArchiveWriter) {
        w.string(q.text)
        w.double(q.value)
        w.optionalString(q.unit)
        w.optionalString(q.currency)
        w.range(q.range)
    }

    private static func readQuantity(_ r: inout ArchiveReader) throws(ArchiveReader.Damaged) -> Quantity {
        Quantity(text: try r.string(), value: try r.double(), unit: try r.optionalString(), currency: try r.optionalString(), range: try r.range())
    }

    private static func write(_ c: Claim, _ w: inout ArchiveWriter) {
        w.unsigned(UInt64(ClaimKind.allCases.firstIndex(of: c.kind)!))
        w.optionalString(c.speakerMention)
        w.optionalString(c.speaker)
        w.optionalString(c.role)
        w.optionalString(c.cue)
        w.string(c.content)
        w.range(c.range)
        for r in [c.quoteRange, c.cueRange, c.speakerRange, c.roleRange, c.affiliationRange, c.nameRange] { w.optionalRange(r) }
        w.unsigned(UInt64(c.via.count))
        for v in c.via { w.string(v) }
        w.optionalString(c.venue)
        w.bool(c.hedged)
        w.bool(c.voxPop)
        w.bool(c.continues)
    }

    private static func readClaim(_ r: inout ArchiveReader) throws(ArchiveReader.Damaged) -> Claim {
        let kind = try r.unsigned()
        guard kind < UInt64(ClaimKind.allCases.count) else { throw ArchiveReader.Damaged(offset: r.offset) }
        var c = Claim(kind: ClaimKind.allCases[Int(kind)], speakerMention: try r.optionalString(), speaker: try r.optionalString(),
                      role: try r.optionalString(), cue: try r.optionalString(), content: try r.string(), range: try r.range())
        c.quoteRange = try r.optionalRange()
        c.cueRange = try r.optionalRange()
        c.speakerRange = try r.optionalRange()
        c.roleRange = try r.optionalRange()
        c.affiliationRange = try r.optionalRange()
        c.nameRange = try r.optionalRange()
        let viaCount = try r.count()
        for _ in 0..<viaCount { c.via.append(try r.string()) }
        c.venue = try r.optionalString()
        c.hedged = try r.bool()
        c.voxPop = try r.bool()
        c.continues = try r.bool()
        return c
    }
}
