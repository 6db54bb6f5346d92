import DossierSyntax
import Foundation
import Testing

@testable import DossierLintKit

/// The audit report as a pure function of its input: counting per clause,
/// the clauses most often broken, the deadline horizon, the change against
/// last year's report, and identical output for identical input.
@Suite("Audit report")
struct AuditReportTests {
    static let day = Day(year: 2026, month: 11, day: 24)!

    static func rule(_ identifier: String, _ clause: String, scope: RuleScope = .dossier) -> RuleDescription {
        RuleDescription(
            identifier: identifier, pack: "cnca-itsms-2026", clause: clause, relatedClauses: [], severity: .error,
            title: Message(zh: "标题 \(identifier)", en: "title \(identifier)"), rationale: Message(zh: "理由", en: "why"),
            notes: nil, reads: [], parameters: [], examples: [], sourcePath: "Rules/x/rules/\(identifier).yaml",
            scope: scope)
    }

    static let rules = [
        rule("stage-gap", "5.6.1"), rule("records-retention", "10.1"),
        rule("unique-dossier-ids", "10.1", scope: .repository),
        rule("auditor-onsite-days", "3.9", scope: .repository),
    ]

    static func finding(_ rule: String, _ clause: String, file: String, kind: FindingKind = .violation) -> Finding {
        Finding(
            rule: rule, clause: clause, pack: "cnca-itsms-2026", severity: .error, kind: kind,
            message: Message(zh: "问题", en: "problem"), file: file, location: SourceLocation(line: 3, column: 1),
            pointer: "/x")
    }

    static func report(
        path: String, gap: RuleStatus?, retention: RuleStatus = .passed, findings: [Finding] = []
    ) -> FileReport {
        var outcomes = [
            RuleOutcome(rule: "records-retention", clause: "10.1", pack: "cnca-itsms-2026", status: retention)
        ]
        if let gap {
            outcomes.append(RuleOutcome(rule: "stage-gap", clause: "5.6.1", pack: "cnca-itsms-2026", status: gap))
        }
        return FileReport(
            path: path, dossierId: path.uppercased(), scheme: "cnca-itsms-2026", profile: nil, findings: findings,
            outcomes: outcomes)
    }

    static func input(
        previous: PreviousAudit? = nil, deadlines: [Deadline] = [], spool: FindingSpool? = nil
    ) -> AuditInput {
        let index = ClauseIndex(rules: rules)
        let files = [
            report(path: "a.yaml", gap: .passed),
            report(path: "b.yaml", gap: .failed, findings: [finding("stage-gap", "5.6.1", file: "b.yaml")]),
            report(
                path: "c.yaml", gap: .couldNotVerify(Message(zh: "缺", en: "missing")),
                findings: [finding("stage-gap", "5.6.1", file: "c.yaml", kind: .cannotVerify)]),
            FileReport(
                path: "d.yaml", dossierId: nil, scheme: nil, profile: nil,
                findings: [
                    Finding(
                        parseError: ParseError(.syntax, "bad", at: .start, file: "d.yaml"), file: "d.yaml")
                ], outcomes: []),
        ]
        let summaries = ["a.yaml", "b.yaml", "c.yaml"].map { path in
            DossierSummary(
                path: path, dossierId: path.uppercased(),
                dossierIdPlace: SummaryPlace(pointer: "/dossier_id", location: .start),
                judgingDay: day, deadlines: path == "a.yaml" ? deadlines : [])
        }
        let repositoryResult = RepositoryResult(
            findings: [
                finding("unique-dossier-ids", "10.1", file: "c.yaml"),
                finding("auditor-onsite-days", "3.9", file: "registry.yaml"),
            ],
            outcomes: [
                RuleOutcome(rule: "unique-dossier-ids", clause: "10.1", pack: "cnca-itsms-2026", status: .failed),
                RuleOutcome(rule: "auditor-onsite-days", clause: "3.9", pack: "cnca-itsms-2026", status: .failed),
            ])
        var input = AuditInput(
            toolVersion: "test", year: 2026, asOf: day, repositoryPath: "repo", rules: rules, index: index,
            dossiers: files.map { AuditedDossier(report: $0, index: index, spool: spool) }, skippedFiles: 1,
            repository: Repository(registry: nil, dossiers: summaries), repositoryResult: repositoryResult,
            previous: previous)
        input.spool = spool
        return input
    }

    @Test("findings held in a spool, in memory or on disk, give the report they give in memory")
    func spooledFindingsGiveTheSameReport() throws {
        let inMemory = AuditReport(Self.input())
        for limit in [0, 1 << 20] {  // every file's findings on disk; all in memory
            let spool = FindingSpool(memoryLimit: limit)
            let report = AuditReport(Self.input(spool: spool))
            #expect(report.markdown(language: .en) == inMemory.markdown(language: .en))
            #expect(report.html(language: .zh) == inMemory.html(language: .zh))
            #expect(report.json() == inMemory.json())
            #expect(report.files.map(\.findings) == inMemory.files.map(\.findings))
            #expect(report.findingsReadFailure == nil)
        }
    }

    @Test("findings that cannot be read back are reported, not silently left out")
    func unreadableSpool() throws {
        let spool = FindingSpool(memoryLimit: 0)
        let place = spool.hold([Self.finding("stage-gap", "5.6.1", file: "b.yaml")])
        guard case .file(let offset, let length) = place else {
            Issue.record("the findings were not written to the temporary file: \(place)")
            return
        }
        #expect(spool.read(place, count: 1).count == 1 && spool.failure == nil)
        #expect(spool.read(.file(offset: offset + length + 100, length: length), count: 1).isEmpty)
        #expect(spool.failure?.contains("could not be read back") == true)
        #expect(spool.read(place, count: 2).isEmpty, "a count that does not match is refused")
    }

    @Test("findings are written and read back whole: every field, any text, a suppression or none")
    func findingArchiveRoundTrip() throws {
        var findings = [
            Self.finding("stage-gap", "5.6.1", file: "b.yaml"),
            Finding(
                rule: "r", clause: "", pack: "", severity: .info, kind: .cannotVerify,
                message: Message(zh: "中文 12:3, 说明\n第二行", en: ""), file: "目录/档案 1.yaml",
                location: SourceLocation(line: 120, column: 7), endLocation: SourceLocation(line: 121, column: 1),
                pointer: "/a~1b/0", suppression: "理由 -"),
        ]
        findings.append(
            Finding(parseError: ParseError(.syntax, "bad: 1,2,", at: .start, file: "d.yaml"), file: "d.yaml"))
        let archive = FindingArchive.encode(findings)
        #expect(FindingArchive.decode(archive) == findings)
        #expect(FindingArchive.decode("") == [])
        let bytes = Array(archive.utf8)
        // A cut archive reads as nothing, or (cut between two findings) as fewer findings,
        // which the spool's count check refuses.
        for cut in 1..<bytes.count {
            let read = FindingArchive.decode(String(decoding: bytes[..<cut], as: UTF8.self))
            #expect(read == nil || read!.count < findings.count, "cut at \(cut)")
        }
    }

    @Test("dossiers are counted per clause; a repository violation fails the dossier it points at")
    func perClause() throws {
        let report = AuditReport(Self.input())
        #expect(report.dossierCount == 3)
        #expect(report.unreadableFiles == 1)
        let gap = try #require(report.clauses.first { $0.clause == "5.6.1" })
        #expect(gap.checked == 3)
        #expect((gap.passed, gap.failed, gap.couldNotVerify) == (1, 1, 1))
        #expect(gap.passRatePermille == 333)
        #expect(gap.findings == 2)
        #expect(gap.repositoryStatus == nil)
        let records = try #require(report.clauses.first { $0.clause == "10.1" })
        #expect(records.scope == "dossier+repository")
        #expect((records.checked, records.passed, records.failed) == (3, 2, 1))
        #expect(records.repositoryStatus == "failed")
        let workload = try #require(report.clauses.first { $0.clause == "3.9" })
        #expect(workload.checked == nil)
        #expect(workload.repositoryStatus == "failed")
        #expect(report.clauses.map(\.clause) == ["3.9", "5.6.1", "10.1"], "numeric clause order")
        #expect(report.mostBroken.map(\.clause) == ["10.1", "5.6.1", "3.9"])
        #expect(report.files.map(\.path) == ["a.yaml", "b.yaml", "c.yaml", "d.yaml", "registry.yaml"])
        #expect(report.files.map(\.findings.count) == [0, 1, 2, 1, 1])
    }

    @Test("deadlines are listed from the judging day to 90 days after it")
    func horizon() {
        let place = SummaryPlace(pointer: "/certificates/0/number", location: .start)
        let deadlines = [-1, 0, 90, 91].map { offset in
            Deadline(kind: .surveillanceDue, day: Self.day.adding(days: offset), subject: "N\(offset)", place: place)
        }
        let report = AuditReport(Self.input(deadlines: deadlines))
        #expect(report.deadlines.map(\.deadline.subject) == ["N0", "N90"])
        #expect(report.deadlines.map(\.daysLeft) == [0, 90])
        #expect(report.horizonEnd == Day(year: 2027, month: 2, day: 22)!)
    }

    @Test("last year's JSON report gives the change per clause")
    func change() throws {
        let lastYear = AuditReport(Self.input())
        var previous = try PreviousAudit(path: "last.json", data: Array(lastYear.json().utf8))
        #expect(previous.year == 2026)
        previous.year = 2025
        previous.clauses[ClauseKey(scheme: "cnca-itsms-2026", label: "5.6.1")]?.failed = 3
        previous.clauses[ClauseKey(scheme: "cnca-itsms-2026", label: "5.6.1")]?.passRatePermille = 200
        previous.clauses[ClauseKey(scheme: "cnca-itsms-2026", label: "3.9")] = nil
        let report = AuditReport(Self.input(previous: previous))
        let gap = try #require(report.clauses.first { $0.clause == "5.6.1" }?.change)
        #expect((gap.previousYear, gap.failed, gap.findings, gap.passRatePermille) == (2025, -2, 0, 133))
        #expect(report.clauses.first { $0.clause == "3.9" }?.change == nil)
        #expect(report.markdown(language: .en).contains("| -2 |"))
        #expect(throws: PreviousAudit.Invalid.self) {
            try PreviousAudit(path: "x.json", data: Array("{\"schema\": \"other\"}".utf8))
        }
    }

    @Test("the report is a pure function of its input")
    func pure() {
        let first = AuditReport(Self.input())
        let second = AuditReport(Self.input())
        #expect(first.json() == second.json())
        #expect(first.markdown(language: .zh) == second.markdown(language: .zh))
        #expect(first.html(language: .en) == second.html(language: .en))
        #expect(first.json().contains("\"schema\": \"itsms-audit-report/1\""))
    }

    @Test("HTML escapes what the dossiers hold")
    func escaping() {
        var input = Self.input()
        input.repositoryPath = "<repo & \"co\">"
        let html = AuditReport(input).html(language: .en)
        #expect(html.contains("&lt;repo &amp; &quot;co&quot;&gt;"))
        #expect(!html.contains("<repo &"))
    }

    @Test("formatting of numbers and rates")
    func formatting() {
        #expect(AuditFormat.number(4) == "4")
        #expect(AuditFormat.number(187.5) == "187.5")
        #expect(AuditFormat.percent(permille: 917) == "91.7 %")
        #expect(AuditFormat.percent(permille: -15) == "-1.5 %")
        #expect(AuditFormat.decimal(permille: 32100) == "32.1")
        #expect(AuditFormat.signed(2) == "+2")
        #expect(AuditFormat.signed(-1) == "-1")
    }
}
