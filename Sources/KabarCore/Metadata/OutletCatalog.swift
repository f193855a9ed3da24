/// Known news outlets: canonical names, web domains and the brand spellings of their datelines.
public enum OutletCatalog {
    public struct Outlet: Sendable {
        public var name: String
        public var domains: [String]
        /// Lowercase brand forms as printed in datelines and credits ("kompas.com", "viva.co.id").
        public var brands: [String]
    }

    public static let outlets: [Outlet] = [
        Outlet(name: "Kompas", domains: ["kompas.com", "kompas.id"], brands: ["kompas.com", "kompas.id"]),
        Outlet(name: "Liputan6", domains: ["liputan6.com"], brands: ["liputan6.com", "liputan6"]),
        Outlet(name: "VIVA", domains: ["viva.co.id"], brands: ["viva.co.id", "viva nasional", "viva militer", "viva dunia", "viva bisnis", "viva"]),
        Outlet(name: "Detik", domains: ["detik.com"], brands: ["detik.com", "detikcom", "detiknews", "detikfinance", "detikinet", "detiksport", "detiktravel"]),
        Outlet(name: "Tempo English", domains: ["en.tempo.co"], brands: []),
        Outlet(name: "Tempo", domains: ["tempo.co"], brands: ["tempo.co", "tempo.co.id"]),
        Outlet(name: "CNN Indonesia", domains: ["cnnindonesia.com"], brands: ["cnn indonesia", "cnnindonesia.com"]),
        Outlet(name: "CNBC Indonesia", domains: ["cnbcindonesia.com"], brands: ["cnbc indonesia", "cnbcindonesia.com"]),
        Outlet(name: "Okezone", domains: ["okezone.com"], brands: ["okezone.com", "okezone"]),
        Outlet(name: "Republika", domains: ["republika.co.id", "ihram.co.id"], brands: ["republika.co.id", "republika"]),
        Outlet(name: "Tribunnews", domains: ["tribunnews.com"], brands: ["tribunnews.com", "tribunnews"]),
        Outlet(name: "Merdeka", domains: ["merdeka.com"], brands: ["merdeka.com"]),
        Outlet(name: "Antara", domains: ["antaranews.com"], brands: ["antaranews.com", "antara news"]),
        Outlet(name: "Medcom", domains: ["medcom.id"], brands: ["medcom.id", "medcom"]),
        Outlet(name: "Repelita", domains: ["repelita.net", "repelita.com"], brands: ["repelita.net", "repelita.com"]),
        Outlet(name: "KapanLagi", domains: ["kapanlagi.com"], brands: ["kapanlagi.com"]),
        Outlet(name: "Suara", domains: ["suara.com"], brands: ["suara.com"]),
        Outlet(name: "The Jakarta Post", domains: ["thejakartapost.com"], brands: ["the jakarta post", "thejakartapost.com"]),
        Outlet(name: "Jakarta Globe", domains: ["jakartaglobe.id", "thejakartaglobe.beritasatu.com"], brands: ["jakarta globe"]),
        Outlet(name: "Setkab", domains: ["setkab.go.id"], brands: ["setkab.go.id"]),
        Outlet(name: "Sindonews", domains: ["sindonews.com"], brands: ["sindonews.com", "sindonews"]),
        Outlet(name: "Inilah", domains: ["inilah.com"], brands: ["inilah.com"]),
        // News agencies, whose copy the outlets above reprint ("MOSCOW (Reuters) -").
        Outlet(name: "Reuters", domains: ["reuters.com"], brands: []),
        Outlet(name: "AFP", domains: ["afp.com"], brands: ["agence france-presse"]),
        Outlet(name: "AP", domains: ["apnews.com"], brands: ["associated press", "the associated press"]),
        Outlet(name: "Bloomberg", domains: ["bloomberg.com"], brands: []),
        Outlet(name: "Xinhua", domains: ["xinhuanet.com", "news.cn"], brands: []),
    ]

    /// The outlet for a URL's host ("https://nasional.kompas.com/read/…" → Kompas).
    public static func outlet(forURL url: String) -> String? {
        var s = Substring(url.lowercased())
        if let r = s.range(of: "://") { s = s[r.upperBound...] }
        if let slash = s.firstIndex(of: "/") { s = s[..<slash] }
        if let colon = s.firstIndex(of: ":") { s = s[..<colon] }
        let host = String(s)
        for o in outlets {
            for d in o.domains where host == d || host.hasSuffix("." + d) { return o.name }
        }
        return nil
    }

    /// The outlet whose canonical name or brand matches `name` ("Viva" → VIVA, "KOMPAS.com" → Kompas).
    public static func canonical(_ name: String) -> String? {
        guard let l = ASCIIFolded(name).key else { return nil }
        for o in outlets where o.name.lowercased() == l || o.brands.contains(l) || o.domains.contains(l) { return o.name }
        return nil
    }

    /// An outlet brand at a word boundary inside a lowercased line.
    static func brand(in folded: ASCIIFolded) -> String? {
        for (brand, name) in searchableBrands where folded.containsWord(brand) { return name }
        return nil
    }

    /// Brands distinctive enough to find inside a line ("viva" alone is not).
    static let searchableBrands: [(String, String)] = outlets.flatMap { o in
        o.brands.filter { $0.contains(".") || $0.contains(" ") || $0.count >= 6 }.map { ($0, o.name) }
    }
}
