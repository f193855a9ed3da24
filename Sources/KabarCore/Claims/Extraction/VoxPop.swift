/// Members of the public (a name with an age, "warga", "pedagang" …) are marked `voxPop`.
extension ClaimRun {
    // MARK: Members of the public

    mutating func markVoxPop() {
        guard !claims.isEmpty else { return }
        let aged = agedNames
        func publicWord(_ range: Range<Int>?) -> Bool {
            guard let range else { return false }
            var i = text.tokenIndex(atOrAfter: range.lowerBound)
            while i < t.count, t[i].range.lowerBound < range.upperBound {
                if t[i].isWord, aged.contains(t[i].hash) || ClaimRun.publicRoles.contains(t[i].hash) { return true }
                i += 1
            }
            return false
        }
        /// A role of the public opens with its word ("warga Pekayon"); an official's does not
        /// ("Ketua Harian … Kesatuan Nelayan Tradisional Indonesia").
        /// ("salah satu sopir angkutan", "seorang ibu", "perempuan asal Depok": after a determiner, or a word
        /// that opens only a description of the public.)
        func publicRole(_ range: Range<Int>?) -> Bool {
            guard let range else { return false }
            var i = text.tokenIndex(atOrAfter: range.lowerBound)
            while i < t.count, t[i].range.lowerBound < range.upperBound, t[i].isWord, ClaimRun.publicDeterminers.contains(t[i].hash) { i += 1 }
            return i < t.count && t[i].range.lowerBound < range.upperBound && t[i].isWord
                && (ClaimRun.publicRoles.contains(t[i].hash) || ClaimRun.publicOpeners.contains(t[i].hash))
        }
        for k in claims.indices {
            // The resolved name too: "Ayu" at the quote, "Ayu Rahmatika (26)" earlier.
            let named = claims[k].speaker.map { TokenizedText.containsWord($0) { aged.contains($0) || ClaimRun.publicRoles.contains($0) } } ?? false
            claims[k].voxPop = named || publicWord(claims[k].speakerRange) || publicRole(claims[k].roleRange)
                || publicRole(claims[k].speakerRange)
        }
    }

    /// "salah satu", "seorang": words before a description of the public.
    static let publicDeterminers: WordSet = WordSet(["salah", "satu", "seorang", "sejumlah", "beberapa"].map(TokenizedText.hash))
    /// Words that describe the public when they open a role ("ibu lima anak", "perempuan asal Depok"), but
    /// not inside one ("Menteri Pemberdayaan Perempuan", "Ibu Negara" is no opener of a role here).
    static let publicOpeners: WordSet = WordSet(["ibu", "perempuan", "siswi", "penyumbang", "wisatawan"].map(TokenizedText.hash))
    static let publicRoles: WordSet = WordSet(["warga", "pedagang", "penumpang", "orangtua", "pengunjung", "pengemudi",
                                               "petani", "nelayan", "buruh", "siswa", "mahasiswa", "pelajar", "karyawan",
                                               "sopir", "korban", "tetangga", "penduduk", "pembeli", "pelanggan", "peserta",
                                               "pemudik", "penonton", "pesepeda", "pengendara", "ojek", "pasien"].map(TokenizedText.hash))
}
