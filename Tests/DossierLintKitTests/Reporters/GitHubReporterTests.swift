import DossierSyntax
import Foundation
import Testing

@testable import DossierLintKit

@Suite struct GitHubReporterTests {
    @Test func workflowCommands() {
        let finding = Finding(
            rule: "stage-gap", clause: "5.6.1", pack: "p", severity: .info,
            message: Message(zh: "z", en: "100% late\r\nsecond line: a, b"), file: "dir/a,b:c.yaml",
            location: DossierSyntax.SourceLocation(line: 7, column: 9), pointer: "/x")
        let report = CheckReport(
            toolVersion: "t", asOf: Day(year: 2026, month: 1, day: 1)!,
            files: [
                FileReport(
                    path: "dir/a,b:c.yaml", dossierId: nil, scheme: "p", profile: nil, findings: [finding], outcomes: []
                )
            ])
        let output = GitHubReporter.render(report, options: ReportOptions(language: .en))
        #expect(
            output == """
                ::notice file=dir/a%2Cb%3Ac.yaml,line=7,col=9,endLine=7,endColumn=9,title=stage-gap (5.6.1)::100%25 late%0D%0Asecond line: a, b
                1 file checked: 0 errors, 0 warnings, 1 info

                """)
    }

    @Test func rangesOnOneLineAndOverSeveralLines() {
        func command(_ start: (Int, Int), _ end: (Int, Int)) -> String {
            let finding = Finding(
                rule: "r", clause: "", pack: "p", severity: .error, message: Message(zh: "z", en: "e"),
                file: "a.yaml", location: DossierSyntax.SourceLocation(line: start.0, column: start.1),
                endLocation: DossierSyntax.SourceLocation(line: end.0, column: end.1), pointer: "/x")
            let report = CheckReport(
                toolVersion: "t", asOf: Day(year: 2026, month: 1, day: 1)!,
                files: [
                    FileReport(
                        path: "a.yaml", dossierId: nil, scheme: "p", profile: nil, findings: [finding], outcomes: [])
                ])
            return String(GitHubReporter.render(report, options: ReportOptions(language: .en)).prefix { $0 != "\n" })
        }
        #expect(command((3, 5), (3, 12)) == "::error file=a.yaml,line=3,col=5,endLine=3,endColumn=12,title=r::e")
        // Over several lines: the start only (GitHub drops the columns of a multi-line range).
        #expect(command((3, 5), (9, 2)) == "::error file=a.yaml,line=3,col=5,title=r::e")
    }

    @Test func oneLinePerUnsuppressedFinding() {
        let output = GitHubReporter.render(ReporterFixture.report, options: ReporterFixture.options(.en))
        let lines = output.split(separator: "\n")
        let unsuppressed = ReporterFixture.report.findings.filter { $0.suppression == nil }
        #expect(lines.count == unsuppressed.count + 1)
        #expect(
            lines.dropLast().allSatisfy {
                $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::notice ")
            })
    }
}
