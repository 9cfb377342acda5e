import ParleyModel
import Testing

@Suite struct ISODateTests {
    @Test(arguments: [
        ("2023", ISODate(year: 2023), ISODate.Precision.year),
        ("2023-06", ISODate(year: 2023, month: 6), .month),
        ("2023-06-20", ISODate(year: 2023, month: 6, day: 20), .day),
        ("2024-02-29", ISODate(year: 2024, month: 2, day: 29), .day),
        ("2000-02-29", ISODate(year: 2000, month: 2, day: 29), .day),
        ("0999-12-31", ISODate(year: 999, month: 12, day: 31), .day),
        ("2023-01-01", ISODate(year: 2023, month: 1, day: 1), .day),
    ])
    func isoDate_parsesEachPrecision(text: String, expected: ISODate, precision: ISODate.Precision) {
        let parsed = ISODate(iso: text)
        #expect(parsed == expected)
        #expect(parsed?.precision == precision)
    }

    @Test(arguments: [
        "2023-02-30", "2023-13-01", "20230101", "", "abcd", "2023-02-29", "1900-02-29", "2023-04-31",
        "2023-00", "2023-06-00", "2023-6-1", "2023-06-1", "23-06-20", "2023-", "2023-06-", "-2023",
        "2023-06-20-01", "2023/06/20", " 2023", "2023 ", "2023-06-20T00:00", "20233",
    ])
    func isoDate_rejectsMalformedOrImpossible(text: String) {
        #expect(ISODate(iso: text) == nil)
    }

    @Test(
        arguments: ["+023", "2023-+6", "2023-06-+1"]
    )
    func isoDate_rejectsSignedFields(text: String) {
        #expect(ISODate(iso: text) == nil)
    }

    @Test(arguments: ["2023", "2023-06", "2023-06-20", "1999-12-31", "0001-01-01", "0476", "2024-02-29", "9999-12"])
    func isoDate_descriptionRoundTrips(text: String) {
        #expect(ISODate(iso: text)?.description == text)
    }

    @Test func isoDate_descriptionPadsShortYears() {
        #expect(ISODate(year: 7).description == "0007")
        #expect(ISODate(year: 33, month: 3, day: 3).description == "0033-03-03")
    }

    @Test func isoDate_dayWithoutMonthIsDropped() {
        let date = ISODate(year: 2023, month: nil, day: 5)
        #expect(date.day == nil)
        #expect(date.precision == .year)
        #expect(date.description == "2023")
    }

    /// 0 = Monday ... 6 = Sunday.
    @Test(arguments: [
        ("2023-06-20", 1),  // Tuesday
        ("1970-01-01", 3),  // Thursday: day number 0
        ("1969-12-31", 2),  // Wednesday: day number -1
        ("1969-12-25", 3),  // Thursday: day number -7
        ("2000-01-01", 5),  // Saturday
        ("2024-02-29", 3),  // Thursday
        ("2023-01-01", 6),  // Sunday
        ("2023-01-02", 0),  // Monday
        ("1600-03-01", 2),  // Wednesday
    ])
    func isoDate_weekdayStartsMonday(text: String, weekday: Int) throws {
        let date = try #require(ISODate(iso: text))
        #expect(date.weekday == weekday)
    }

    @Test(arguments: [
        ("2023-01-31", 1, "2023-02-01"),
        ("2023-02-28", 1, "2023-03-01"),
        ("2024-02-28", 1, "2024-02-29"),
        ("2024-02-29", 1, "2024-03-01"),
        ("2000-02-28", 1, "2000-02-29"),
        ("1900-02-28", 1, "1900-03-01"),
        ("2023-12-31", 1, "2024-01-01"),
        ("2024-01-01", -1, "2023-12-31"),
        ("2024-03-01", -1, "2024-02-29"),
        ("2023-03-01", -1, "2023-02-28"),
        ("2024-01-01", 366, "2025-01-01"),
        ("2023-01-01", 365, "2024-01-01"),
        ("2023-06-20", 0, "2023-06-20"),
        ("2023-06-20", -365_243, "1023-06-20"),
        ("1970-01-01", -1, "1969-12-31"),
    ])
    func isoDate_addingDaysCrossesBoundaries(from: String, days: Int, expected: String) throws {
        let date = try #require(ISODate(iso: from))
        #expect(date.adding(days: days).description == expected)
    }

    @Test(arguments: [("1970-01-01", 0), ("1970-01-02", 1), ("1969-12-31", -1), ("2000-03-01", 11_017), ("2023-06-20", 19_528)])
    func isoDate_dayNumberCountsFromEpoch(text: String, dayNumber: Int) throws {
        let date = try #require(ISODate(iso: text))
        #expect(date.dayNumber == dayNumber)
        #expect(ISODate(dayNumber: dayNumber) == date)
    }

    @Test func isoDate_dayNumberOfPartialDateIsItsFirstDay() {
        #expect(ISODate(year: 2023).dayNumber == ISODate(year: 2023, month: 1, day: 1).dayNumber)
        #expect(ISODate(year: 2023, month: 6).dayNumber == ISODate(year: 2023, month: 6, day: 1).dayNumber)
    }

    /// Walks every day from 1600-01-01 to 2400-12-31 with an independent calendar counter.
    @Test func isoDate_dayNumberRoundTripsOverFourCenturies() {
        var (y, m, d) = (1600, 1, 1)
        var z = ISODate(year: 1600, month: 1, day: 1).dayNumber
        var weekday = ISODate(year: 1600, month: 1, day: 1).weekday
        var failures = 0
        while y <= 2400 {
            let expected = ISODate(year: y, month: m, day: d)
            let decoded = ISODate(dayNumber: z)
            if decoded != expected || expected.dayNumber != z || decoded.weekday != weekday { failures += 1 }
            if failures > 0 && failures <= 3 {
                Issue.record("day \(z): expected \(expected), decoded \(decoded), weekday \(decoded.weekday) != \(weekday)")
            }
            d += 1
            if d > ISODate.daysIn(month: m, year: y) { (m, d) = (m + 1, 1) }
            if m > 12 { (y, m) = (y + 1, 1) }
            z += 1
            weekday = (weekday + 1) % 7
        }
        #expect(failures == 0)
        #expect(z == ISODate(year: 2401, month: 1, day: 1).dayNumber)
    }

    @Test(arguments: [-1_000_000, -719_468, -146_097, -1, 0, 1, 146_097, 2_932_896])
    func isoDate_dayNumberRoundTripsAtExtremes(dayNumber: Int) {
        #expect(ISODate(dayNumber: dayNumber).dayNumber == dayNumber)
    }

    @Test(arguments: [(2023, 2, 28), (2024, 2, 29), (2000, 2, 29), (1900, 2, 28), (2023, 4, 30), (2023, 12, 31), (2023, 7, 31)])
    func isoDate_daysInMonth(year: Int, month: Int, days: Int) {
        #expect(ISODate.daysIn(month: month, year: year) == days)
    }

    @Test func isoDate_ordersUnknownPartsFirst() {
        let dates = [
            ISODate(year: 2023, month: 6, day: 20), ISODate(year: 2023), ISODate(year: 2022, month: 12, day: 31),
            ISODate(year: 2023, month: 6), ISODate(year: 2023, month: 1, day: 1),
        ]
        #expect(dates.sorted().map(\.description) == ["2022-12-31", "2023", "2023-01-01", "2023-06", "2023-06-20"])
    }
}
