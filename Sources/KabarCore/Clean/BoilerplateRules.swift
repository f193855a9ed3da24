/// Line patterns of page furniture in Indonesian and English news pages.
/// All patterns are lowercase; lines are compared ASCII-case-insensitively.
enum BoilerplateRules {
    /// A line starting with one of these is boilerplate.
    static let prefixes: [String] = [
        "baca juga", "baca:", "(baca:", "(baca juga", "[baca:", "[baca juga", "baca berita", "simak juga", "simak video", "simak berita", "lihat juga", "tonton juga",
        "saksikan juga", "saksikan video", "video pilihan", "artikel ini telah tayang", "artikel ini telah terbit",
        "dapatkan update berita", "dapatkan informasi", "ikuti berita", "ikuti media sosial", "ikuti kami",
        "follow us", "follow official whatsapp", "* follow official", "* fakta atau hoaks", "fakta atau hoaks?",
        "* baca berita", "cek berita dan artikel", "klik di sini", "klik link", "download aplikasi", "unduh aplikasi",
        "scroll to continue", "advertisement", "[gambas:", "copyright", "hak cipta", "all rights reserved",
        "bagikan artikel", "bagikan:", "share this", "share:", "login untuk", "masuk untuk", "lengkapi profil",
        "segera lengkapi data", "posting komentar", "tulis komentar", "beri komentar", "kirim komentar",
        "* please don't spam", "please don't spam", "type here to get search", "sumber berita / artikel asli",
        "read more:", "read also", "also read", "related:", "recommended:", "sign up for", "subscribe to",
        "gabung kompas.com+", "close ads", "video rekomendasi", "video lainnya", "rekomendasi untuk anda",
        "terkini lainnya", "berita terkait", "berita lainnya", "artikel terkait", "topik terkait", "tag:", "tags:",
        "editor:", "editor :",
        "laporan wartawan", "jangan lewatkan", "pilihan editor", "kata kunci", "tonton video", "img_title",
        "most popular", "breaking posts", "hot widget", "top post ad", "below post ad",
        "ads bottom", "google news", "masuk |", "login |", "sign in |", "daftar |", "whatsapp channel", "saluran whatsapp", "grup telegram",
    ]

    /// A line equal to one of these (after trimming punctuation and spaces) is boilerplate.
    static let whole: Set<String> = [
        "sukses", "oke", "ok", "komentar", "0 komentar", "terkait", "berita lainnya", "follow us",
        "editor", "trending", "bagikan", "share", "tweet", "advertisement", "iklan", "baca juga", "video", "foto", "global",
        "lihat semua", "selengkapnya", "load more", "more", "berita terkini", "newsletter", "home", "beranda",
        "6/trending/recent", "google news", "close", "tutup", "x", "next", "prev", "previous", "sebelumnya",
        "selanjutnya", "halaman selanjutnya", "tag", "tags", "topik", "populer", "terpopuler", "terbaru",
        "masuk", "daftar", "login", "register", "sign in", "breaking news", "berita terkait", "menu", "cari", "search",
    ]

    /// Markers after which the rest of the page is furniture (related lists, comments, footers).
    static let endOfArticle: [String] = [
        "video rekomendasi", "rekomendasi untuk anda", "terkini lainnya", "berita lainnya", "posting komentar",
        "sumber berita / artikel asli", "cek berita dan artikel", "dapatkan update berita", "artikel terkait",
        "berita terkait", "komentar", "0 komentar", "terkait",
    ]

    static let prefixSet = PrefixSet(prefixes)
    static let endOfArticleWords = Set(endOfArticle)
    static let endOfArticlePhrases = PrefixSet(endOfArticle.filter { $0.utf8.contains(0x20) })

    /// True when the line is an end-of-article marker: the whole line for one-word markers,
    /// the start of the line for phrases.
    static func endsArticle(_ folded: ASCIIFolded, trimmed: String) -> Bool {
        if let key = folded.key, endOfArticleWords.contains(key) { return true }
        return endOfArticlePhrases.matchesPrefix(of: folded)
    }

    /// Phrases that make a line a promotion wherever they are.
    static let promoFragments: [String] = [
        "whatsapp channel", "channel whatsapp", "grup telegram", "google news", "download aplikasi",
        "klik tautan ini", "klik link", "t.me/", "berita-berita terkini dengan", "#jernihberkomentar",
        "cek fakta liputan6.com", "baca berita tanpa iklan", "all right reserved", "all rights reserved",
        // Kompas's closing promotion: "… WhatsApp Channel : https://www.whatsapp.com/channel/… . Pastikan kamu sudah install aplikasi WhatsApp ya."
        "whatsapp.com/channel", "install aplikasi whatsapp",
    ]

    static func matches(_ folded: ASCIIFolded, trimmed: String) -> Bool {
        if prefixSet.matchesPrefix(of: folded) { return true }
        if let key = folded.key, whole.contains(key) { return true }
        if folded.bytes.count < 240 {
            for f in promoFragments where folded.contains(f) { return true }
        }
        return isPageMarker(folded) || isEditorInitials(trimmed) || isCopyright(folded)
    }

    /// "2 dari 4 halaman", "Halaman 2", "Page 2 of 3".
    static func isPageMarker(_ f: ASCIIFolded) -> Bool {
        let b = f.bytes
        guard b.count < 40 else { return false }
        if f.hasPrefix("halaman ") || f.hasPrefix("page ") { return true }
        var i = 0
        while i < b.count && isASCIIDigit(b[i]) { i += 1 }
        guard i > 0 else { return false }
        return f.hasSuffix("halaman") && f.contains(" dari ")
    }

    /// "(FJR)", "(rgr/din)", "(mus)", "(ant/ase)": editor initials closing a page.
    static func isEditorInitials(_ s: String) -> Bool {
        guard s.utf8.count <= 24 else { return false }
        let u = Array(s.utf8)
        guard u.count >= 3, u.count <= 24, u.first == UInt8(ascii: "("), u.last == UInt8(ascii: ")") else { return false }
        for b in u.dropFirst().dropLast() {
            if !(isASCIIAlnum(b) || b == UInt8(ascii: "/") || b == UInt8(ascii: " ") || b == UInt8(ascii: "-")
                 || b == UInt8(ascii: ",") || b == UInt8(ascii: "*")) { return false }
        }
        return true
    }

    static func isCopyright(_ f: ASCIIFolded) -> Bool {
        f.bytes.count < 200 && (f.contains("copyright") || f.contains("©"))
    }
}

extension String {
    var trimmingPunctuationAndSpaces: String {
        let drop: Set<Character> = [" ", ".", ":", "!", "?", "*", "•", "-", "–", "—", "|", ">", "»", "\u{203A}"]
        var s = Substring(self)
        while let f = s.first, drop.contains(f) { s = s.dropFirst() }
        while let l = s.last, drop.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
