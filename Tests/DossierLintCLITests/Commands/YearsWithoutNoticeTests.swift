import Foundation
import Testing

/// Working-day deadlines in 2027, a year without the State Council's notice in the shipped calendar.
@Suite("Working days in a year without a notice")
struct YearsWithoutNoticeTests {
    /// The pack's example dossier with one suspension, decided and published on `decided`.
    static func dossier(decided: String, reported: String) throws -> String {
        let example = try String(
            contentsOfFile: packageRoot + "/Rules/cnca-itsms-2026/example-dossiers/initial.yaml", encoding: .utf8)
        let event = """
            certificate_events:
              - kind: suspension
                reason: client_request
                trigger_on: \(decided)
                decided_on: \(decided)
                period_months: 3
                published_on: \(decided)
                reported_to_cnca_on: \(reported)

            """
        return example.replacingOccurrences(of: "certificate_events: []\n", with: event)
    }

    /// The text lines of `check --as-of 2027-03-01` about the report to CNCA (9.4).
    static func reportFindings(decided: String, reported: String, extra: [String] = []) throws -> [String] {
        let folder = try TemporaryFolder()
        let path = try folder.write("dossier.yaml", dossier(decided: decided, reported: reported))
        let result = CommandRunner.run(["check", path, "--as-of", "2027-03-01", "--lang", "en"] + extra)
        #expect(!result.output.contains("cannot verify"), "\(result.output)")
        return result.output.split(separator: "\n").map(String.init).filter {
            $0.contains("[certificate-event-reported")
        }
    }

    @Test("reported two days after the decision: judged, no cannot verify")
    func reportedInTime() throws {
        #expect(try Self.reportFindings(decided: "2027-01-05", reported: "2027-01-07").isEmpty)
    }

    @Test("reported fifteen days later: an error whatever the make-up days")
    func reportedLate() throws {
        let findings = try Self.reportFindings(decided: "2027-01-05", reported: "2027-01-20")
        #expect(findings.count == 1)
        #expect(findings.first?.contains(": error: ") == true)
        #expect(findings.first?.contains("2027-01-07") == true)
    }

    @Test("reported after 春节 2027: the verdict depends on the notice, a warning naming 2027")
    func dependsOnTheNotice() throws {
        let findings = try Self.reportFindings(decided: "2027-02-03", reported: "2027-02-10")
        #expect(findings.count == 1)
        let line = try #require(findings.first)
        #expect(line.contains(": warning: "))
        #expect(line.contains("notice on holidays for 2027 is missing"))
        #expect(line.contains("2027-02-09") && line.contains("2027-02-16"))
    }
}

/// A year's notice added without a new build: `--calendar FILE` and `calendar:` in a configuration.
@Suite("Calendar files")
struct CalendarFileTests {
    /// A 2027 notice in which 2027-02-10 is within 2 working days of 2027-02-03 (the holiday is 02-05..12).
    static let notice = """
        2027:
          holidays:
            - [2027-01-01, 2027-01-03]
            - [2027-02-05, 2027-02-12]
          workdays: [2027-01-31, 2027-02-20]

        """

    @Test("--calendar FILE settles a verdict the shipped calendar leaves open")
    func calendarOption() throws {
        let folder = try TemporaryFolder()
        let calendar = try folder.write("notice-2027.yaml", Self.notice)
        let findings = try YearsWithoutNoticeTests.reportFindings(
            decided: "2027-02-03", reported: "2027-02-10", extra: ["--calendar", calendar])
        #expect(findings.isEmpty)
    }

    @Test("calendar: in a configuration, relative to it, shown by config --print")
    func configurationKey() throws {
        let folder = try TemporaryFolder()
        try folder.write("calendars/notice-2027.yaml", Self.notice)
        try folder.write(".dossierlint.yml", "calendar: calendars/notice-2027.yaml\n")
        let dossier = try folder.write(
            "dossier.yaml", YearsWithoutNoticeTests.dossier(decided: "2027-02-03", reported: "2027-02-10"))
        let result = CommandRunner.run(["check", dossier, "--as-of", "2027-03-01", "--lang", "en"])
        #expect(!result.output.contains("[certificate-event-reported"), "\(result.output)")
        let printed = CommandRunner.run(["config", "--print", "--config", folder.path + "/.dossierlint.yml"])
        #expect(printed.output.contains("calendar: calendars/notice-2027.yaml"))
    }

    @Test("a malformed calendar file is exit status 2 naming file, line and column")
    func malformed() throws {
        let folder = try TemporaryFolder()
        let calendar = try folder.write("bad.yaml", "2027:\n  holidays:\n    - [2027-01-01]\n")
        let dossier = try folder.write(
            "dossier.yaml", YearsWithoutNoticeTests.dossier(decided: "2027-02-03", reported: "2027-02-10"))
        for command in ["check", "audit"] {
            let arguments =
                command == "check"
                ? ["check", dossier, "--calendar", calendar]
                : [
                    "audit", folder.path, "--year", "2027", "--output-dir", folder.path + "/out", "--calendar",
                    calendar,
                ]
            let result = CommandRunner.run(arguments)
            #expect(result.status == 2, "\(command)")
            #expect(
                result.error.contains("bad.yaml:3:7: error: calendar: a holiday is [first, last]"), "\(result.error)")
        }
    }
}
