import Testing

@testable import DossierLintKit

@Suite("Day")
struct DayTests {
    @Test func parsesOnlyRealDates() {
        #expect(Day("2026-02-28")?.description == "2026-02-28")
        #expect(Day("2026-02-30") == nil)
        #expect(Day("2024-02-29") != nil)
        #expect(Day("2025-02-29") == nil)
        #expect(Day("2026-13-01") == nil)
        #expect(Day("2026-1-01") == nil)
        #expect(Day("20260101") == nil)
        #expect(Day(" 2026-01-01") == nil)
    }

    @Test func componentsRoundTrip() {
        for ordinal in stride(from: -1000, to: 30000, by: 37) {
            let day = Day(ordinal: ordinal)
            let (year, month, dayOfMonth) = day.components
            #expect(Day(year: year, month: month, day: dayOfMonth) == day)
        }
        #expect(Day("1970-01-01")?.ordinal == 0)
    }

    @Test("a day is written as its parts joined, in place for years of four digits")
    func descriptionMatchesTheJoinedParts() {
        let first = Day(year: 1, month: 1, day: 1)!.ordinal - 800
        let last = Day(year: 9999, month: 12, day: 31)!.ordinal + 800
        var checked = 0
        var differing: [String] = []
        for ordinal in stride(from: first, through: last, by: 29) {
            let (year, month, day) = Day(ordinal: ordinal).components
            let written = Day(ordinal: ordinal).description
            if written != Day.joinedDescription(year, month, day) { differing.append(written) }
            checked += 1
        }
        #expect(checked > 120_000)
        #expect(differing.isEmpty, "\(differing.prefix(5))")
        #expect(Day(year: 9, month: 3, day: 5)!.description == "0009-03-05")
        #expect(Day(ordinal: Day(year: 1, month: 1, day: 1)!.ordinal - 1).description == "0000-12-31")
        #expect(Day(ordinal: Day(year: 9999, month: 12, day: 31)!.ordinal + 1).description == "10000-01-01")
    }

    @Test func weekdays() {
        #expect(Day("2026-11-27")?.weekday == 5)  // a Friday
        #expect(Day("2026-11-29")?.weekday == 7)  // a Sunday
        #expect(Day("2026-11-30")?.weekday == 1)  // a Monday
    }

    @Test("months add to the same day, clamped to the month's end")
    func monthArithmetic() {
        #expect(Day("2026-01-31")!.adding(months: 1).description == "2026-02-28")
        #expect(Day("2024-01-31")!.adding(months: 1).description == "2024-02-29")
        #expect(Day("2026-04-14")!.adding(months: 6).description == "2026-10-14")
        #expect(Day("2026-08-31")!.adding(months: -6).description == "2026-02-28")
        #expect(Day("2026-06-22")!.adding(years: 3).description == "2029-06-22")
        #expect(Day("2024-02-29")!.adding(years: 1).description == "2025-02-28")
        #expect(Day("2026-12-15")!.adding(months: 1).description == "2027-01-15")
    }

    @Test("次月10日前: the 10th of the following month")
    func tenthOfNextMonth() {
        #expect(Day("2026-06-22")!.tenthOfNextMonth.description == "2026-07-10")
        #expect(Day("2026-12-01")!.tenthOfNextMonth.description == "2027-01-10")
        #expect(Day("2026-01-31")!.tenthOfNextMonth.description == "2026-02-10")
    }

    @Test func dayCounts() {
        #expect(Day("2026-04-14")!.days(until: Day("2026-04-19")!) == 5)
        #expect(Day("2026-04-19")!.days(until: Day("2026-04-14")!) == -5)
        #expect(Day("2026-04-14")!.adding(days: 5).description == "2026-04-19")
    }
}
