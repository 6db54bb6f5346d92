import DossierRules
import DossierSyntax
import Testing

@testable import DossierLintKit

/// Running repository rules over a repository, and placing their findings.
@Suite("Repository checker")
struct RepositoryCheckerTests {
    static let day = Day(year: 2026, month: 11, day: 24)!

    static func finding(_ file: String) -> Finding {
        Finding(
            rule: "unique-dossier-ids", clause: "10.1", pack: "cnca-itsms-2026", severity: .error,
            message: Message(zh: "重复", en: "duplicate"), file: file, location: SourceLocation(line: 2, column: 3),
            pointer: "/dossier_id")
    }

    @Test("findings join the reports of their files; the registry's report holds the outcomes")
    func merge() {
        let outcome = RuleOutcome(rule: "unique-dossier-ids", clause: "10.1", pack: "cnca-itsms-2026", status: .failed)
        let result = RepositoryResult(findings: [Self.finding("b.yaml"), Self.finding("c.yaml")], outcomes: [outcome])
        let files = ["a.yaml", "b.yaml"].map {
            FileReport(path: $0, dossierId: nil, scheme: nil, profile: nil, findings: [], outcomes: [])
        }
        let merged = RepositoryChecker.merge(result, into: files, home: "registry.yaml")
        #expect(merged.map(\.path) == ["a.yaml", "b.yaml", "c.yaml", "registry.yaml"])
        #expect(merged.map(\.findings.count) == [0, 1, 1, 0])
        #expect(merged.last?.outcomes == [outcome])
    }

    @Test("every repository rule runs once, except the disabled ones; dossier outcomes leave them out")
    func runs() throws {
        let linter = try BuiltInRules.linter(settings: RuleSettings(disabled: ["unique-dossier-ids"]))
        let checker = RepositoryChecker(linter: linter)
        let identifiers = checker.repositoryRuleIdentifiers
        #expect(identifiers.contains("auditor-onsite-days"))
        #expect(!identifiers.contains("stage-gap"))
        let pack = try #require(linter.packs["cnca-itsms-2026"])
        let dossier = Dossier(
            document: Document(
                source: SourceText(path: "a.yaml", string: ""), format: .yaml, root: pack.exampleDossiers["initial"]!))
        let summary = DossierSummaries.summary(of: dossier, judgingDay: Self.day, pack: pack)
        var twin = summary
        twin.path = "b.yaml"
        let result = checker.check(Repository(registry: nil, dossiers: [summary, twin]), judgingDay: Self.day)
        #expect(!result.outcomes.contains { $0.rule == "unique-dossier-ids" })
        #expect(result.outcomes.count == identifiers.count - 1)
        #expect(result.findings.contains { $0.rule == "unique-certificate-numbers" && $0.file == "b.yaml" })
        #expect(result.outcomes.first { $0.rule == "registered-auditor-count" }.map { $0.status != .passed } == true)

        let checkerScan = FileChecker(linter: linter, asOf: Self.day, today: Self.day)
        let text = "schema: itsms-dossier/1\ndossier_id: X-1\n"
        let scanned = checkerScan.scan(
            path: "x.yaml", data: Array(text.utf8), requireSchema: true,
            summarize: DossierSummaries.summarizer(packs: linter.packs))
        guard case .checked(let report, _) = scanned.outcome else {
            Issue.record("expected a checked file")
            return
        }
        #expect(!report.outcomes.isEmpty)
        #expect(!report.outcomes.contains { identifiers.contains($0.rule) })
        #expect(scanned.summary?.dossierId == "X-1")
        let notDossier = checkerScan.scan(
            path: "y.yaml", data: Array("a: 1\n".utf8), requireSchema: true, summarize: nil)
        if case .skipped = notDossier.outcome {} else { Issue.record("a file without a schema is skipped") }
        #expect(notDossier.summary == nil)
    }
}
