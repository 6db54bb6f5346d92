import DossierSyntax
import Foundation
import Testing

@testable import DossierLintKit

@Suite struct TextReporterTests {
    private func finding(
        _ severity: Severity, message: Message = Message(zh: "中文", en: "english"), clause: String = "5.6.1",
        suppression: String? = nil
    ) -> Finding {
        Finding(
            rule: "stage-gap", clause: clause, pack: "p", severity: severity, message: message, file: "a.yaml",
            location: DossierSyntax.SourceLocation(line: 2, column: 3), pointer: "/x", suppression: suppression)
    }

    private func report(_ findings: [Finding], skipped: [String] = []) -> CheckReport {
        CheckReport(
            toolVersion: "t", asOf: Day(year: 2026, month: 1, day: 1)!,
            files: [
                FileReport(path: "a.yaml", dossierId: "D", scheme: "p", profile: nil, findings: findings, outcomes: [])
            ],
            skippedFiles: skipped)
    }

    @Test func compilerLikeLines() {
        let output = TextReporter.render(
            report([finding(.error), finding(.warning), finding(.info, clause: "")]),
            options: ReportOptions(language: .en))
        #expect(
            output == """
                a.yaml:2:3: error: english [stage-gap, 5.6.1]
                a.yaml:2:3: warning: english [stage-gap, 5.6.1]
                a.yaml:2:3: info: english [stage-gap]
                1 file checked: 1 error, 1 warning, 1 info

                """)
    }

    @Test func suppressedFindingsAreCountedNotShown() {
        let output = TextReporter.render(
            report([finding(.error, suppression: "ok")], skipped: ["x.yaml", "y.yaml"]),
            options: ReportOptions(language: .zh))
        #expect(output == "已检查 1 个文件：0 个错误，0 个警告，0 个提示（跳过 2 个文件，已抑制 1 个问题）\n")
    }

    @Test func controlCharactersCannotEscapeTheLine() {
        let hostile = Message(zh: "x", en: "a\nb\u{1B}[31mc\td")
        let output = TextReporter.render(
            report([finding(.error, message: hostile)]), options: ReportOptions(language: .en))
        #expect(output.hasPrefix("a.yaml:2:3: error: a\\u{A}b\\u{1B}[31mc\td [stage-gap, 5.6.1]\n"))
        #expect(!output.contains("\u{1B}"))
    }

    @Test func coloursOnlyWhenAsked() {
        let plain = TextReporter.render(report([finding(.warning)]), options: ReportOptions(language: .en))
        let coloured = TextReporter.render(
            report([finding(.warning)]), options: ReportOptions(language: .en, color: true))
        #expect(!plain.contains("\u{1B}"))
        #expect(coloured.contains("\u{1B}[1ma.yaml:2:3:\u{1B}[0m \u{1B}[1m\u{1B}[33mwarning:\u{1B}[0m english"))
    }
}
