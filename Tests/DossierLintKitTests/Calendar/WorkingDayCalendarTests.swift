import DossierRules
import DossierSyntax
import Foundation
import Testing

@testable import DossierLintKit

@Suite("Working-day calendar")
struct WorkingDayCalendarTests {
    var calendar: WorkingDayCalendar {
        get throws { try #require(try BuiltInRules.packs.get().first).calendar }
    }

    @Test func hasTheShippedNotices() throws {
        #expect(try calendar.noticeYears == [2024, 2025, 2026])
        #expect(try calendar.bounds == .init(makeUpWorkdaysWithin: 10, extraDaysOffWithin: 4))
    }

    @Test("weekends, holidays and make-up working days")
    func workingDays() throws {
        let calendar = try calendar
        #expect(try calendar.isWorkingDay(Day("2026-11-27")!))  // Friday
        #expect(try !calendar.isWorkingDay(Day("2026-11-28")!))  // Saturday
        #expect(try !calendar.isWorkingDay(Day("2026-10-05")!))  // National Day holiday, a Monday
        #expect(try calendar.isWorkingDay(Day("2026-10-10")!))  // make-up working Saturday
        #expect(try !calendar.isWorkingDay(Day("2026-02-16")!))  // Spring Festival
        #expect(try calendar.isWorkingDay(Day("2026-02-14")!))  // make-up working Saturday
    }

    @Test("N working days after a day, skipping the National Day week")
    func addingWorkingDays() throws {
        let calendar = try calendar
        // Tuesday 2026-09-29 + 2 working days: 09-30, then 10-01..07 are holidays, 10-08.
        let deadline = try calendar.adding(workingDays: 2, to: Day("2026-09-29")!)
        #expect(deadline.isSettled && deadline.low.description == "2026-10-08")
        #expect(try calendar.adding(workingDays: 2, to: Day("2026-11-27")!).high.description == "2026-12-01")
        // 09-30, 10-08, 10-09 and the make-up Saturday 10-10.
        let count = try calendar.workingDays(from: Day("2026-09-29")!, to: Day("2026-10-10")!)
        #expect(count.isSettled && count.low == 4 && count.yearsWithoutNotice.isEmpty)
    }

    @Test("a count through a year without a notice is a range naming the year")
    func yearWithoutNotice() throws {
        let calendar = try calendar
        // 2026-12-28 (Monday) + 5: 12-29..31, then 2027-01-01 (元旦, a Friday). The weekend
        // after it may be made working days; 01-04 and 01-05 are weekdays a notice may make days off.
        let deadline = try calendar.adding(workingDays: 5, to: Day("2026-12-28")!)
        #expect(deadline.low.description == "2027-01-03")
        #expect(deadline.likely.description == "2027-01-05")
        #expect(deadline.high.description == "2027-01-07")
        #expect(deadline.yearsWithoutNotice == [2027])
        // Far from any holiday, a year without a notice is settled.
        let settled = try calendar.adding(workingDays: 2, to: Day("2027-03-10")!)
        #expect(settled.isSettled && settled.low.description == "2027-03-12")
        #expect(try !calendar.isWorkingDay(Day("2023-06-22")!))  // 端午 2023, derived
        #expect(throws: WorkingDayCalendar.UncoveredYear(year: 2100)) { try calendar.isWorkingDay(Day("2100-06-01")!) }
    }

    @Test("without bounds, a year without a notice is not covered")
    func noBounds() {
        let calendar = WorkingDayCalendar(notices: [2026: .init(holidays: [], workdays: [])])
        #expect(throws: WorkingDayCalendar.UncoveredYear(year: 2027)) { try calendar.isWorkingDay(Day("2027-06-01")!) }
    }

    @Test("a year in a merged calendar replaces the same year")
    func merging() throws {
        let added = WorkingDayCalendar(
            notices: [2027: .init(holidays: [Day("2027-01-04")!], workdays: [Day("2027-01-09")!])])
        let merged = try calendar.merging(added)
        #expect(merged.noticeYears == [2024, 2025, 2026, 2027])
        #expect(try !merged.isWorkingDay(Day("2027-01-04")!))
        #expect(
            try merged.entry(Day("2027-01-09")!)
                == CalendarDay(day: Day("2027-01-09")!, isWorkingDay: true, source: .notice))
        #expect(try merged.entry(Day("2027-02-08")!).source == .week)  // 初三 2027, but the (partial) notice rules
        #expect(merged.bounds != nil)
    }

    @Test("the shipped calendar equals ../shared/calendars/cn-workdays.yaml")
    func inSyncWithSharedData() throws {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { break }
        }
        let shared = url.deletingLastPathComponent().appendingPathComponent("shared/calendars/cn-workdays.yaml")
        guard let data = FileManager.default.contents(atPath: shared.path) else {
            print("skipped: \(shared.path) not found; calendar sync not checked")
            return
        }
        let ours = try #require(
            FileManager.default.contents(atPath: url.appendingPathComponent("Rules/calendars/cn-workdays.yaml").path))
        let sharedTree = try Document(path: "shared.yaml", data: [UInt8](data)).root
        let ourTree = try Document(path: "ours.yaml", data: [UInt8](ours)).root
        #expect(try WorkingDayCalendar(node: sharedTree).notices == WorkingDayCalendar(node: ourTree).notices)
    }
}
