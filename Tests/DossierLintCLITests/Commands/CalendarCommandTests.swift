import Testing

/// `dossierlint calendar`: the calendar in use, day by day.
@Suite("calendar command")
struct CalendarCommandTests {
    @Test("calendar --year of a notice year and of a derived year", arguments: [2026, 2027])
    func golden(year: Int) {
        let result = SamplesGoldenTests.run(["calendar", "--year", String(year)])
        #expect(result.status == 0, "\(result.error)")
        SamplesGoldenTests.expect(result.output, matches: "calendar.\(year).txt")
    }

    @Test("--calendar adds a year's notice; --format json")
    func addedNotice() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("notice-2027.yaml", CalendarFileTests.notice)
        let result = SamplesGoldenTests.run(["calendar", "--year", "2027", "--calendar", file, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.output.contains(#""notice": true"#))
        #expect(
            result.output.contains(#"{"date": "2027-02-12", "weekday": "Fri", "working": false, "source": "notice"}"#))
        #expect(!result.output.contains("provisional"))
    }

    @Test("a year that can be neither read nor derived is exit status 2")
    func uncovered() {
        #expect(SamplesGoldenTests.run(["calendar", "--year", "2100"]).status == 2)
        #expect(SamplesGoldenTests.run(["calendar"]).status == 2)
    }
}
