// libFuzzer target: text → claims. The bytes are sanitised as a page would be, then claims,
// quantities and entities are extracted; every range must lie inside the text. Built by Fuzz/run.sh.
import Foundation
#if canImport(KabarCore)
@testable import KabarCore
#endif

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzClaims(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = Sanitizer().sanitize(Array(UnsafeBufferPointer(start: data, count: size))).text
    let length = text.unicodeScalars.count
    let claims = ClaimExtractor().extract(from: text)
    for c in claims {
        precondition(c.range.lowerBound >= 0 && c.range.upperBound <= length, "claim range outside the text")
        for r in [c.quoteRange, c.cueRange, c.speakerRange, c.roleRange, c.nameRange, c.affiliationRange] {
            if let r { precondition(r.lowerBound >= 0 && r.upperBound <= length, "claim part outside the text") }
        }
    }
    var article = Article(id: "fuzz", path: "fuzz", format: .text, body: text)
    article.claims = claims
    for m in EntityExtractor().mentions(in: article) { precondition(m.range.upperBound <= length, "mention outside the text") }
    return 0
}
