import Foundation

/// How two reported numbers for the same thing relate.
public enum NumberAgreement: String, Sendable, Hashable {
    /// Equal values.
    case same
    /// Equal once the more precise one is rounded (or cut, as headlines do) to the other's precision:
    /// 1,28 juta and 1,3 juta; Rp231 miliar and Rp231,8 miliar; 5 persen and 5,2 persen (but not
    /// 10 km and 13 km: a one-digit value must be within 10%).
    case compatibleByRounding
    /// Different at the precision both were written with: 100.000 and 500.000.
    case conflicting

    public init(_ a: Double, _ b: Double) {
        if a == b { self = .same; return }
        let (coarse, fine) = Self.significantDigits(a) <= Self.significantDigits(b) ? (a, b) : (b, a)
        let digits = Self.significantDigits(coarse)
        let rounded = Self.round(fine, significantDigits: digits, rule: .toNearestOrAwayFromZero)
        let cut = Self.round(fine, significantDigits: digits, rule: .towardZero)
        // Cutting only counts when the shorter number keeps two digits or more: 1,3 of 1,37, but not 300 of 350.
        // A one-digit number rounds a wide range (10 stands for 5 to 14): there, only a close value (within 10%) counts.
        let close = abs(fine - coarse) <= 0.1 * abs(coarse)
        // Headlines cut to two or three digits (Rp231 miliar of Rp231,8 miliar), not to four (14.060 is not 14.067).
        self = (rounded == coarse && (digits >= 2 || close)) || ((2...3).contains(digits) && cut == coarse) ? .compatibleByRounding : .conflicting
    }

    /// Digits of a value without its trailing zeros: 1300000 → 2, 1280000 → 3, 100000 → 1, 2.5 → 2.
    static func significantDigits(_ v: Double) -> Int {
        var x = abs(v)
        guard x > 0, x.isFinite else { return 1 }
        // Scale so that the value is a whole number, then drop trailing zeros.
        var scale = 0
        while x != x.rounded() && scale < 6 { x *= 10; scale += 1 }
        var n = Int64(x.rounded())
        while n != 0 && n % 10 == 0 { n /= 10 }
        return max(1, String(n).count)
    }

    static func round(_ v: Double, significantDigits digits: Int, rule: FloatingPointRoundingRule) -> Double {
        guard v != 0 else { return 0 }
        let magnitude = Int(floor(log10(abs(v)))) + 1
        let factor = pow(10, Double(magnitude - digits))
        return (v / factor).rounded(rule) * factor
    }
}
