/// A publication date as a page states it: a calendar date, maybe a time, maybe a time zone.
public struct PublishedDate: Sendable, Hashable, Codable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int?
    public var minute: Int?
    /// Offset from UTC in minutes when the page names a zone (WIB = +420).
    public var utcOffsetMinutes: Int?
    /// The zone as written ("WIB", "WITA", "WIT", "UTC") when there is one.
    public var zone: String?

    public init(year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil,
                utcOffsetMinutes: Int? = nil, zone: String? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.utcOffsetMinutes = utcOffsetMinutes
        self.zone = zone
    }

    /// ISO 8601: `2022-08-08`, `2022-08-08T23:31` or `2022-08-08T23:31+07:00`.
    public var iso8601: String {
        var s = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        if let hour, let minute {
            s += "T" + pad(hour, 2) + ":" + pad(minute, 2)
            if let off = utcOffsetMinutes {
                let sign = off < 0 ? "-" : "+"
                s += sign + pad(abs(off) / 60, 2) + ":" + pad(abs(off) % 60, 2)
            }
        }
        return s
    }

    /// Days since 1970-01-01 of the calendar date (proleptic Gregorian), for day distances.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    public static func < (a: PublishedDate, b: PublishedDate) -> Bool {
        (a.year, a.month, a.day, a.hour ?? 0, a.minute ?? 0) < (b.year, b.month, b.day, b.hour ?? 0, b.minute ?? 0)
    }

    /// True when the fields name a real calendar day.
    public var isValid: Bool {
        guard (1...12).contains(month), year >= 1900, year <= 2100, day >= 1 else { return false }
        let days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        let leap = month == 2 && (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))
        guard day <= days + (leap ? 1 : 0) else { return false }
        if let hour, !(0...23).contains(hour) { return false }
        if let minute, !(0...59).contains(minute) { return false }
        return true
    }

    private func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
