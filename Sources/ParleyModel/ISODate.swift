/// A calendar date that may be known only to the month or the year (proleptic Gregorian).
public struct ISODate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// How much of the date is known.
    public enum Precision: String, Sendable, Hashable {
        case day, month, year
    }

    /// The year, e.g. 2023.
    public var year: Int
    /// The month 1...12, when known.
    public var month: Int?
    /// The day of the month, when known.
    public var day: Int?

    /// Creates a date; pass `nil` for the parts that are unknown.
    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns nil for anything else or an impossible date.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }) else { return nil }
        guard (1...3).contains(parts.count), parts[0].count == 4, let y = Int(parts[0]) else { return nil }
        var m: Int?
        var d: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let mm = Int(parts[1]), (1...12).contains(mm) else { return nil }
            m = mm
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let dd = Int(parts[2]), dd >= 1, dd <= ISODate.daysIn(month: m!, year: y)
            else { return nil }
            d = dd
        }
        self.init(year: y, month: m, day: d)
    }

    /// How much of the date is known.
    public var precision: Precision {
        day != nil ? .day : (month != nil ? .month : .year)
    }

    /// The ISO-8601 text at the date's precision (`2023`, `2023-06`, `2023-06-20`).
    public var description: String {
        var s = String(year)
        while s.count < 4 { s = "0" + s }
        if let month { s += "-" + ISODate.pad(month) }
        if let day { s += "-" + ISODate.pad(day) }
        return s
    }

    /// Days in a month of a year.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 for a day-precision date (month and day default to 1).
    public var dayNumber: Int {
        let y0 = (month ?? 1) <= 2 ? year - 1 : year
        let m = month ?? 1
        let d = day ?? 1
        let era = (y0 >= 0 ? y0 : y0 - 399) / 400
        let yoe = y0 - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The day-precision date for a day number (days since 1970-01-01).
    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// The weekday, 0 = Monday … 6 = Sunday (day-precision dates only meaningful).
    public var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 }

    /// The date `days` later (earlier when negative).
    public func adding(days: Int) -> ISODate { ISODate(dayNumber: dayNumber + days) }

    /// Orders by year, then month, then day (unknown parts first).
    public static func < (lhs: ISODate, rhs: ISODate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
