/// What a number counts, so that "100.000 pasukan", "500.000 tentara" and "1,3 juta personel"
/// compare as one kind of thing: counted nouns in families, "-nya" dropped, money by currency.
enum QuantityFamily {
    static func of(_ q: Quantity) -> String? {
        if let c = q.currency { return "money:" + c }
        guard var unit = q.unit?.lowercased() else { return nil }
        if unit.hasSuffix("nya"), unit.count > 5 { unit.removeLast(3) }
        return families[unit] ?? unit
    }

    /// Families whose numbers name durations, ages or legal references ("16 tahun", "pasal 55 ayat 1"):
    /// one story holds many of them, each about something else, so outlets' values are not compared.
    static let notCompared: Set<String> = ["tahun", "bulan", "hari", "jam", "menit", "detik", "pekan", "minggu", "years",
                                           "months", "days", "hours", "minutes", "ayat", "pasal", "juncto", "undang", "huruf",
                                           "kali", "times", "bujur", "lintang", "ls", "lu", "bt", "latitude", "longitude"]

    /// Whether a family measures (a sum, a share, a length, a height, a magnitude) rather than
    /// counts things (troops, passengers): a measure of one event is not that of the next event.
    static func isMeasure(_ family: String) -> Bool {
        family.hasPrefix("money") || measures.contains(family)
    }

    static let measures: Set<String> = ["persen", "km", "meter", "m", "cm", "sentimeter", "mm", "milimeter", "kg", "kilogram", "gram",
                                        "ton", "magnitude", "derajat", "celsius", "liter", "hektare", "ha", "mil", "knot", "mdpl",
                                        "poin", "percent", "meters", "feet", "miles", "tons"]

    private static let families: [String: String] = {
        var map: [String: String] = [:]
        let groups: [String: [String]] = [
            "troops": ["pasukan", "tentara", "sukarelawan", "personel", "prajurit", "serdadu", "militer", "troops", "soldiers",
                       "personnel", "volunteers"],
            "people": ["orang", "jiwa", "warga", "penduduk", "people", "persons", "residents"],
            "victims": ["korban", "tewas", "meninggal", "victims", "dead"],
            "passengers": ["penumpang", "passengers"],
            "km": ["km", "kilometer", "kilometers"],
            "magnitude": ["magnitudo", "sr"],
        ]
        for (family, words) in groups { for w in words { map[w] = family } }
        return map
    }()
}
