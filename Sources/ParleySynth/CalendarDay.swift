/// A day in the Gregorian calendar, enough for writing dates the ways reports do.
struct CalendarDay: Sendable {
    let year: Int
    let month: Int
    let day: Int

    /// A random day between 2012 and 2025.
    static func random(_ rng: inout SplitMix64) -> CalendarDay {
        let year = rng.int(2012...2025)
        let month = rng.int(1...12)
        return CalendarDay(year: year, month: month, day: rng.int(1...days(in: month, of: year)))
    }

    static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The day `n` days later (n >= 0).
    func adding(days n: Int) -> CalendarDay {
        var (y, m, d) = (year, month, day + n)
        while d > Self.days(in: m, of: y) {
            d -= Self.days(in: m, of: y)
            (y, m) = m == 12 ? (y + 1, 1) : (y, m + 1)
        }
        return CalendarDay(year: y, month: m, day: d)
    }

    /// 0 = Monday ... 6 = Sunday (Zeller's congruence, shifted).
    var weekday: Int {
        let (y, m) = month < 3 ? (year - 1, month + 12) : (year, month)
        let h = (day + (13 * (m + 1)) / 5 + y + y / 4 - y / 100 + y / 400) % 7  // 0 = Saturday
        return (h + 5) % 7
    }

    var monthName: String { Vocabulary.months[month - 1] }
    /// "21 June 2023"
    var long: String { "\(day) \(monthName) \(year)" }
    /// "June 21, 2023"
    var american: String { "\(monthName) \(day), \(year)" }
    /// "21 June"
    var noYear: String { "\(day) \(monthName)" }
    /// "2023-06-21"
    var iso: String {
        let mm = month < 10 ? "0\(month)" : "\(month)"
        let dd = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(mm)-\(dd)"
    }
}
