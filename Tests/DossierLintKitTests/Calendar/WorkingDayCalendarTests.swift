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

    @Test func coversTheShippedYears() throws {
        #expect(try calendar.coveredYears == 2024...2026)
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
        #expect(try calendar.adding(workingDays: 2, to: Day("2026-09-29")!).description == "2026-10-08")
        #expect(try calendar.adding(workingDays: 2, to: Day("2026-11-27")!).description == "2026-12-01")
        // 09-30, 10-08, 10-09 and the make-up Saturday 10-10.
        #expect(try calendar.workingDays(from: Day("2026-09-29")!, to: Day("2026-10-10")!) == 4)
    }

    @Test("a count reaching a year without data throws, naming the year")
    func uncoveredYear() throws {
        let calendar = try calendar
        #expect(throws: WorkingDayCalendar.UncoveredYear(year: 2027)) {
            try calendar.adding(workingDays: 5, to: Day("2026-12-28")!)
        }
        #expect(throws: WorkingDayCalendar.UncoveredYear(year: 2023)) { try calendar.isWorkingDay(Day("2023-06-01")!) }
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
        #expect(sharedTree == ourTree)
    }
}
