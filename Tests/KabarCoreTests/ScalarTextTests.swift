import Testing
@testable import KabarCore

/// Cutting a text by scalar offsets gives the scalars of the range, whatever their UTF-8 length.
struct ScalarTextTests {
    @Test func everyRangeIsCutToItsScalars() {
        let s = "Ma’ruf Amin, café «Zürich» 😀 — 北京 ok\u{301}"
        let text = ScalarText(s)
        let scalars = Array(s.unicodeScalars)
        for lower in 0...scalars.count {
            for upper in lower...scalars.count {
                var expected = String.UnicodeScalarView()
                expected.append(contentsOf: scalars[lower..<upper])
                #expect(text(lower..<upper) == String(expected), "\(lower)..<\(upper)")
            }
        }
        #expect(text.text(in: -5..<1000) == s)
    }
}
