import Foundation

/// A sparse, L2-normalised tf-idf vector over word hashes, sorted by hash so two vectors meet in
/// one merge pass.
struct TermVector: Sendable {
    var terms: [UInt64]
    var weights: [Float]

    /// Cosine similarity of two normalised vectors.
    func cosine(_ other: TermVector) -> Float {
        var i = 0, j = 0, sum: Float = 0
        while i < terms.count && j < other.terms.count {
            let a = terms[i], b = other.terms[j]
            if a == b { sum += weights[i] * other.weights[j]; i += 1; j += 1 } else if a < b { i += 1 } else { j += 1 }
        }
        return sum
    }
}

/// Word counts of an article's title (counted twice: it names the event) and the opening of its
/// cleaned body, read as UTF-8 bytes. Words are lowercased ASCII or any run with non-ASCII
/// bytes; words shorter than three bytes are left out.
enum TermCounter {
    /// Function words of Indonesian and English news, which say nothing about the event.
    static let stopwords: Set<UInt64> = Set([
        "yang", "dan", "dari", "untuk", "dengan", "pada", "dalam", "ini", "itu", "akan", "tidak", "juga", "ada", "oleh",
        "sebagai", "atau", "karena", "telah", "sudah", "bisa", "dapat", "saat", "kata", "ujar", "mengatakan", "menurut",
        "tersebut", "lebih", "masih", "para", "kami", "kita", "saya", "mereka", "dia", "nya", "lalu", "hingga", "bahwa",
        "seperti", "setelah", "namun", "tetapi", "jika", "agar", "kepada", "bagi", "antara", "sejak", "belum", "hanya",
        "baca", "juga", "tahun", "hari", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "com",
        "the", "and", "for", "that", "with", "was", "were", "are", "has", "have", "had", "from", "this", "said", "its",
        "his", "her", "their", "they", "but", "not", "who", "which", "will", "been", "after", "about", "into", "than",
    ].map(TokenizedText.hash))

    static func counts(title: String?, body: String, openingWords: Int) -> [UInt64: Float] {
        var counts: [UInt64: Float] = [:]
        if let title { add(title, weight: 2, limit: Int.max, into: &counts) }
        add(body, weight: 1, limit: openingWords, into: &counts)
        return counts
    }

    private static func add(_ text: String, weight: Float, limit: Int, into counts: inout [UInt64: Float]) {
        var words = 0
        ByteWords.forEach(in: text) { word in
            guard word.count >= 3 else { return true }
            let h = ByteWords.hash(word)
            if !stopwords.contains(h) { counts[h, default: 0] += weight }
            words += 1
            return words < limit
        }
    }
}
