import Testing
@testable import KabarCore

@Suite("Dates")
struct DateFinderTests {
    @Test(arguments: [
        ("Kompas.com - 08/08/2022, 23:31 WIB", "2022-08-08T23:31+07:00"),
        ("Marcheilla Ariesta • 18 Oktober 2024 13:11", "2024-10-18T13:11"),
        ("dikutip dari Independent, Selasa, 9 Agustus 2022.", "2022-08-09"),
        ("Dilansir South China Morning Post, Rabu (10/8/2022), Korotchenko", "2022-08-10"),
        ("Rabu, 18 Jun 2025 13:15 WIB", "2025-06-18T13:15+07:00"),
        ("Diperbarui 19 Jun 2025, 08:42 WIB", "2025-06-19T08:42+07:00"),
        ("20 Juni 2025 | 16.08 WIB", "2025-06-20T16:08+07:00"),
        (", Jurnalis-Rabu, 18 Juni 2025 |17:57 WIB", "2025-06-18T17:57+07:00"),
        ("2025-06-18T13:15", "2025-06-18T13:15"),
        ("2026-03-13T07:45:00+08:00", "2026-03-13T07:45+08:00"),
        ("2015/08/25", "2015-08-25"),
        ("March 13, 2026 09:10 UTC", "2026-03-13T09:10+00:00"),
        ("Jumat, 13 Maret 2026 07:45 WITA", "2026-03-13T07:45+08:00"),
    ])
    func formats(_ text: String, _ iso: String) {
        #expect(DateFinder.firstDate(in: text)?.iso8601 == iso)
    }

    @Test func rejectsImpossibleDates() {
        #expect(DateFinder.firstDate(in: "31/02/2022") == nil)
        #expect(DateFinder.firstDate(in: "skor 3-1 di menit 45") == nil)
        #expect(DateFinder.firstDate(in: "nomor 0811 9787 670") == nil)
    }
}
