import Testing
@testable import KabarCore

@Suite("Quantities")
struct QuantityTests {
    func first(_ text: String, _ language: Language = .indonesian) -> Quantity? {
        QuantityExtractor().extract(from: text, language: language).first
    }

    static let cases: [(String, Double, String?, String?)] = [
        ("Korea Utara siap mengirim 100.000 pasukan ke Rusia.", 100_000.0, "pasukan", nil),
        ("Korut Tawarkan 100 Ribu Pasukan ke Rusia", 100_000, "pasukan", nil),
        ("memiliki hampir 1,3 juta personel aktif", 1_300_000, "personel", nil),
        ("sekitar 1,28 juta tentara aktif", 1_280_000, "tentara", nil),
        ("AS Gelontorkan Lagi Rp 420 Triliun Lebih", 420e12, nil, "IDR"),
        ("target Rp1.565,8 triliun tahun depan", 1_565.8e12, nil, "IDR"),
        ("lebih dari 6.500 km jauhnya", 6_500, "km", nil),
        ("tumbuh sekitar 14,5 persen dari tahun lalu", 14.5, "persen", nil),
        ("suku bunga 5,50% ditahan", 5.5, "persen", nil),
        ("denda US$7,3 juta dikurangi", 7_300_000, nil, "USD"),
        ("Gempa M4,9 Guncang Garut", 4.9, "magnitudo", nil),
        ("Gempa berkekuatan magnitudo (M) 4,8 terjadi", 4.8, "magnitudo", nil),
        ("Gempa Magnitudo 4,8 Guncang Kabupaten Garut", 4.8, "magnitudo", nil),
    ]

    @Test(arguments: cases)
    func indonesian(_ text: String, _ value: Double, _ unit: String?, _ currency: String?) throws {
        let q = try #require(first(text), "nothing found in: \(text)")
        #expect(abs(q.value - value) < value * 1e-9 + 1e-9, "\(q.text) = \(q.value)")
        #expect(q.unit == unit)
        #expect(q.currency == currency)
    }

    @Test func english() throws {
        let q = try #require(first("Pyongyang has about 1.3 million troops on active duty.", .english))
        #expect(q.value == 1_300_000 && q.unit == "troops")
        let r = try #require(first("some 100,000 volunteers are ready", .english))
        #expect(r.value == 100_000 && r.unit == "volunteers")
    }

    @Test func notQuantities() {
        let none = "Rabu (10/8/2022) pukul 23.31 WIB, Liputan6 dan P19 menelepon 0811 9787 670 pada Presiden ke-7 tanggal 9 Agustus 2022 di tahun 2016."
        #expect(QuantityExtractor().extract(from: none, language: .indonesian).isEmpty,
                "\(QuantityExtractor().extract(from: none, language: .indonesian).map(\.text))")
    }

    @Test func rangesAreScalarOffsets() throws {
        let text = "“Ada” 100.000 sukarelawan"
        let q = try #require(first(text))
        #expect(q.range == 6..<25)
        #expect(q.text == "100.000 sukarelawan")
    }
}
