import DossierLintTestSupport
import DossierSyntax
import Foundation
import Testing

@testable import DossierLintKit

/// The fixed report every reporter test renders: three files (a clean one, one
/// with findings of every kind and severity, one that could not be parsed),
/// two skipped files, `--fail-on warning`.
///
/// Built directly from model values: the parsers and rules are not involved.
enum ReporterFixture {
    static let scheme = "cnca-itsms-2026"
    static let profile = "cb-example"

    static let cleanPath = "dossiers/a-clean.yaml"
    static let findingsPath = "dossiers/b-findings.yaml"
    static let brokenPath = "dossiers/c 损坏.yaml"

    /// A message carrying a C0 control, markup and quotes.
    static let hostileMessage = Message(
        zh: "审核组长 'X\u{1}<script>&\"' 已连续三次审核该客户",
        en: "lead auditor 'X\u{1}<script>&\"' has audited this client three times in a row")

    static let report: CheckReport = {
        let clean = FileReport(
            path: cleanPath, dossierId: "CN-ITSMS-2026-0001", scheme: scheme, profile: nil, findings: [],
            outcomes: [
                RuleOutcome(rule: "auditor-rotation", clause: "5.4.2.3", pack: scheme, status: .passed),
                RuleOutcome(rule: "stage-gap", clause: "5.6.1", pack: scheme, status: .passed),
                RuleOutcome(rule: "certificate-validity", clause: "Annex B", pack: scheme, status: .passed),
                RuleOutcome(rule: "team-competence", clause: "5.4.1", pack: scheme, status: .passed),
            ])

        func finding(
            _ rule: String, _ clause: String, _ severity: Severity, _ message: Message,
            kind: FindingKind = .violation, line: Int, column: Int, end: (line: Int, column: Int)? = nil,
            pointer: String, pack: String = scheme, suppression: String? = nil
        ) -> Finding {
            Finding(
                rule: rule, clause: clause, pack: pack, severity: severity, kind: kind, message: message,
                file: findingsPath, location: DossierSyntax.SourceLocation(line: line, column: column),
                endLocation: end.map { DossierSyntax.SourceLocation(line: $0.line, column: $0.column) },
                pointer: pointer,
                suppression: suppression)
        }
        let missingExpiry = Message(
            zh: "无法核查：缺少 /certificate/expires", en: "cannot verify: /certificate/expires is missing")
        let findings = [
            finding(
                "stage-gap", "5.6.1", .error,
                Message(
                    zh: "第二阶段审核在第一阶段审核后 97 天才开始，超过 90 天",
                    en: "stage 2 audit started 97 days after stage 1, more than 90"),
                line: 12, column: 5, end: (12, 15), pointer: "/audits/1/dates/start"),
            finding(
                "stage-gap", "5.6.1", .error,
                Message(zh: "第二阶段审核开始日不是工作日", en: "stage 2 audit starts on a non-working day"),
                line: 12, column: 5, end: (12, 15), pointer: "/audits/1/dates/start"),
            // A range over several lines (a mapping).
            finding(
                "auditor-rotation", "5.4.2.3", .warning, hostileMessage, line: 20, column: 7, end: (22, 19),
                pointer: "/audits/2/team/0"),
            // No end: an absent field's finding, an empty range at its ancestor.
            finding(
                "certificate-validity", "Annex B", .error, missingExpiry, kind: .cannotVerify, line: 3, column: 1,
                pointer: "/certificate"),
            finding(
                "team-competence", "5.4.1", .info,
                Message(zh: "审核员 王芳 的专业代码 a~b 建议复核", en: "auditor 王芳's technical area a~b should be reviewed"),
                line: 25, column: 11, end: (25, 14), pointer: "/audits/2/team/1/area/a~1b"),
            finding(
                "report-deadline", "6.4.8", .error,
                Message(zh: "审核报告晚于次月10日发出", en: "audit report issued after the 10th of the following month"),
                line: 31, column: 9, end: (31, 19), pointer: "/audits/1/report/issued", pack: profile,
                suppression: "extension approved by the CB, ref. 2026-17"),
        ]
        let withFindings = FileReport(
            path: findingsPath, dossierId: "CN-ITSMS-2026-0002", scheme: scheme, profile: profile,
            findings: findings,
            outcomes: [
                RuleOutcome(rule: "auditor-rotation", clause: "5.4.2.3", pack: scheme, status: .failed),
                RuleOutcome(rule: "stage-gap", clause: "5.6.1", pack: scheme, status: .failed),
                RuleOutcome(
                    rule: "certificate-validity", clause: "Annex B", pack: scheme,
                    status: .couldNotVerify(missingExpiry)),
                RuleOutcome(rule: "team-competence", clause: "5.4.1", pack: scheme, status: .failed),
                RuleOutcome(rule: "report-deadline", clause: "6.4.8", pack: profile, status: .failed),
            ])

        let parseError = ParseError(
            .syntax, "expected ':' after a mapping key", at: DossierSyntax.SourceLocation(line: 3, column: 7),
            file: brokenPath,
            sourceLine: "scheme cnca-itsms-2026")
        let broken = FileReport(
            path: brokenPath, dossierId: nil, scheme: nil, profile: nil,
            findings: [Finding(parseError: parseError, file: brokenPath)], outcomes: [])

        return CheckReport(
            toolVersion: "0.1.0-test", asOf: Day(year: 2026, month: 11, day: 24)!,
            files: [withFindings, broken, clean], skippedFiles: ["notes/todo.yaml", "notes/README.yaml"],
            failOn: .warning)
    }()

    /// Descriptions of the rules in the report, for SARIF.
    static let rules: [RuleDescription] = [
        description(
            "stage-gap", "5.6.1", .error, title: ("一、二阶段审核间隔", "Gap between stage 1 and stage 2"),
            rationale: ("5.6.1 第二阶段审核应在第一阶段审核后 90 天内实施。", "5.6.1: stage 2 shall take place within 90 days of stage 1.")),
        description(
            "auditor-rotation", "5.4.2.3", .warning, title: ("审核组长轮换", "Lead auditor rotation"),
            rationale: (
                "5.4.2.3 同一审核组长通常不宜连续三次审核同一客户。",
                "5.4.2.3: the same lead auditor should not audit a client three times in a row."
            )),
        description(
            "certificate-validity", "Annex B", .error, title: ("证书有效期", "Certificate validity"),
            rationale: ("附录 B 规定证书有效期为三年。", "Annex B: certificates are valid for three years.")),
        description(
            "team-competence", "5.4.1", .info, title: ("审核组能力", "Audit team competence"),
            rationale: ("5.4.1 审核组可包括技术专家。", "5.4.1: the team may include technical experts.")),
        description(
            "report-deadline", "6.4.8", .error, pack: profile, title: ("报告发出期限", "Report deadline"),
            rationale: (
                "6.4.8 审核报告应于次月10日前发出。", "6.4.8: the report shall be issued by the 10th of the following month."
            )),
    ]

    private static func description(
        _ identifier: String, _ clause: String, _ severity: Severity, pack: String = scheme,
        title: (String, String), rationale: (String, String)
    ) -> RuleDescription {
        RuleDescription(
            identifier: identifier, pack: pack, clause: clause, relatedClauses: [], severity: severity,
            title: Message(zh: title.0, en: title.1), rationale: Message(zh: rationale.0, en: rationale.1),
            notes: nil, reads: [], parameters: [], examples: [], sourcePath: "Rules/\(pack)/rules/\(identifier).yaml")
    }

    static func options(_ language: Language, color: Bool = false) -> ReportOptions {
        ReportOptions(language: language, color: color, rules: rules)
    }
}

/// Paths, golden files and external tools for the reporter tests.
enum ReporterTestSupport {
    /// `Tests/DossierLintKitTests/Reporters/`.
    static let reportersDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// The package root (holds `Package.swift`).
    static let packageRoot =
        reportersDirectory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/schemas` next to the package root.
    static let schemasDirectory = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/schemas")

    /// Compares `actual` byte for byte with `Golden/<name>` (see `Golden`).
    static func expectGolden(
        _ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let url = reportersDirectory.appendingPathComponent("Golden").appendingPathComponent(name)
        if let mismatch = Golden.mismatch(actual, goldenFile: url) {
            Issue.record(Comment(rawValue: mismatch), sourceLocation: sourceLocation)
        }
    }

    /// Writes `text` to a new temporary file named `name` (in a directory of
    /// its own, to be removed with `removeTemporaryFile`) and returns its URL.
    static func temporaryFile(_ text: String, name: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dossierlint-reporters-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    /// Removes a file made by `temporaryFile` and its directory.
    static func removeTemporaryFile(_ url: URL) {
        try? FileManager.default.removeItem(at: url.deletingLastPathComponent())
    }

    /// Prints a visible note that an external check did not run.
    static func skip(_ reason: String) {
        print("skipped: \(reason)")
    }
}
