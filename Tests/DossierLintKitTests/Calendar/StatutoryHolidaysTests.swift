import DossierRules
import Testing

@testable import DossierLintKit

@Suite("Statutory holidays of years without a notice")
struct StatutoryHolidaysTests {
    var calendar: WorkingDayCalendar {
        get throws { try #require(try BuiltInRules.packs.get().first).calendar }
    }

    @Test("清明 by formula, against the astronomical dates")
    func qingming() {
        let known = [
            2008: 4, 2012: 4, 2015: 5, 2019: 5, 2020: 4, 2023: 5, 2024: 4, 2025: 4, 2026: 5, 2027: 5, 2028: 4,
            2029: 4, 2030: 5,
        ]
        for (year, day) in known {
            #expect(StatutoryHolidays.qingming(year) == Day(year: year, month: 4, day: day), "\(year)")
        }
    }

    @Test("lunar dates from Foundation's Chinese calendar")
    func lunarDates() {
        #expect(StatutoryHolidays.lunarNewYear(2027)?.description == "2027-02-06")
        #expect(StatutoryHolidays.lunarNewYear(2030)?.description == "2030-02-03")
        // 2025 has a leap sixth month: 中秋 falls on October 6.
        #expect(StatutoryHolidays.lunarDay(2025, month: 8, day: 15)?.description == "2025-10-06")
        #expect(StatutoryHolidays.lunarDay(2023, month: 5, day: 5)?.description == "2023-06-22")
    }

    @Test(
        "the statutory days of 2024–2026, as each notice counts them",
        arguments: [
            (2024, "01-01 02-10 02-11 02-12 04-04 05-01 06-10 09-17 10-01 10-02 10-03"),
            (2025, "01-01 01-28 01-29 01-30 01-31 04-04 05-01 05-02 05-31 10-01 10-02 10-03 10-06"),
            (2026, "01-01 02-16 02-17 02-18 02-19 04-05 05-01 05-02 06-19 09-25 10-01 10-02 10-03"),
            (2027, "01-01 02-05 02-06 02-07 02-08 04-05 05-01 05-02 06-09 09-15 10-01 10-02 10-03"),
        ])
    func derivedDays(year: Int, expected: String) {
        let days = StatutoryHolidays.days(in: year)?.map { String($0.description.dropFirst(5)) }
        #expect(days?.joined(separator: " ") == expected)
    }

    @Test("every derived statutory day of a notice year is a holiday of its notice")
    func derivedWithinNotices() throws {
        for (year, notice) in try calendar.notices {
            for day in try #require(StatutoryHolidays.days(in: year)) {
                #expect(notice.holidays.contains(day), "\(day) is not a holiday of the \(year) notice")
            }
        }
    }

    @Test("every make-up working day and non-statutory day off of the notices lies within the bounds")
    func boundsHoldForTheNotices() throws {
        let calendar = try calendar
        let bounds = try #require(calendar.bounds)
        var farthest = (makeUp: 0, dayOff: 0)
        for (year, notice) in calendar.notices {
            let statutory = try #require(StatutoryHolidays.days(in: year))
            func distance(_ day: Day) -> Int { statutory.map { abs($0.days(until: day)) }.min()! }
            for day in notice.workdays { farthest.makeUp = max(farthest.makeUp, distance(day)) }
            for day in notice.holidays where !statutory.contains(day) && day.weekday <= 5 {
                farthest.dayOff = max(farthest.dayOff, distance(day))
            }
        }
        #expect(farthest.makeUp <= bounds.makeUpWorkdaysWithin)
        #expect(farthest.dayOff <= bounds.extraDaysOffWithin)
        // The bounds are the farthest the notices go, not wider.
        #expect(farthest == (bounds.makeUpWorkdaysWithin, bounds.extraDaysOffWithin))
    }
}
