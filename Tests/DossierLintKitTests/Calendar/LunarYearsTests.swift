import Foundation
import Testing

@testable import DossierLintKit

/// The table of lunar years against ICU's Chinese calendar, which the tests
/// link (Foundation) and the tool does not.
@Suite("Lunar years")
struct LunarYearsTests {
    static let zone = TimeZone(identifier: "Asia/Shanghai")!

    static var chinese: Calendar {
        var calendar = Calendar(identifier: .chinese)
        calendar.timeZone = zone
        return calendar
    }

    static var gregorian: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    /// ICU's day of lunar `month`/`day` (not a leap month) in the lunar year that begins in `year`.
    static func icuDay(_ year: Int, month: Int, day: Int) -> Day? {
        // March 1 always lies after the lunar new year of its Gregorian year.
        guard let march = gregorian.date(from: DateComponents(year: year, month: 3, day: 1)) else { return nil }
        let lunarYear = chinese.dateComponents([.era, .year], from: march)
        var wanted = DateComponents()
        wanted.era = lunarYear.era
        wanted.year = lunarYear.year
        wanted.month = month
        wanted.day = day
        wanted.isLeapMonth = false
        guard let date = chinese.date(from: wanted) else { return nil }
        let found = gregorian.dateComponents([.year, .month, .day], from: date)
        guard let foundYear = found.year, let foundMonth = found.month, let foundDay = found.day else { return nil }
        return Day(year: foundYear, month: foundMonth, day: foundDay)
    }

    /// The table's line for `year`, from ICU: walks the lunar year day by day.
    static func icuLine(_ year: Int) -> String {
        guard let newYear = icuDay(year, month: 1, day: 1),
            var date = gregorian.date(
                from: DateComponents(year: year, month: newYear.components.month, day: newYear.components.day))
        else { return "\(year): cannot be computed" }
        var letters = ""
        var length = 0
        var leap = false
        while true {
            let components = chinese.dateComponents([.month, .day, .isLeapMonth], from: date)
            if components.day == 1 && length > 0 {
                letters += length == 30 ? (leap ? "l" : "L") : (leap ? "s" : "S")
                if components.month == 1 && components.isLeapMonth != true { break }
                length = 0
            }
            if components.day == 1 { leap = components.isLeapMonth ?? false }
            length += 1
            date = gregorian.date(byAdding: .day, value: 1, to: date)!
        }
        return "\(year): \"\(String(newYear.description.dropFirst(5))) \(letters)\","
    }

    @Test("the table covers the years of the derivation, one lunar year of 12 or 13 months each")
    func coverage() {
        #expect(Set(LunarYears.table.keys) == Set(StatutoryHolidays.years))
        for (year, entry) in LunarYears.table {
            let months = entry.split(separator: " ").last ?? ""
            let leap = months.filter(\.isLowercase).count
            #expect(months.count == 12 + leap && leap <= 1, "\(year)")
        }
    }

    @Test("every month of every year agrees with ICU: its first day, and its 29th and 30th")
    func agreesWithICU() {
        for year in StatutoryHolidays.years {
            let differs = (1...12).contains { month in
                [1, 29, 30].contains { day in
                    LunarYears.day(year, month: month, day: day) != Self.icuDay(year, month: month, day: day)
                }
            }
            #expect(!differs, "\(year) differs from ICU; its line is \(Self.icuLine(year))")
        }
    }

    @Test("outside the table there is no lunar day")
    func outside() {
        #expect(LunarYears.day(2007, month: 1, day: 1) == nil)
        #expect(LunarYears.day(2100, month: 1, day: 1) == nil)
        #expect(LunarYears.day(2026, month: 13, day: 1) == nil)
    }
}
