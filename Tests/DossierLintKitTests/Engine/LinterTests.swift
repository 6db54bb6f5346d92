import DossierLintKit
import DossierRules
import DossierSyntax
import Testing

@Suite("Linter")
struct LinterTests {
    static let base = """
        schema: itsms-dossier/1
        dossier_id: T-1
        audits:
          - {id: A1, type: stage1, dates: {start: 2026-04-13, end: 2026-04-14}}
          - {id: A2, type: stage2, dates: {start: 2026-04-16, end: 2026-04-17}}
        """

    func dossier(_ text: String) throws -> Dossier {
        Dossier(document: try Document(path: "t.yaml", data: Array(text.utf8)))
    }

    func stageGapOnly(_ settings: RuleSettings = RuleSettings()) throws -> Linter {
        let packs = try BuiltInRules.packs.get()
        let registered = RuleRegistry.all.filter { $0.identifier == "stage-gap" }
        return Linter(packs: packs, rules: registered, settings: settings)
    }

    @Test("runs the pack's rules and records their outcomes")
    func outcomes() throws {
        let report = try stageGapOnly().check(try dossier(Self.base), judgingDay: Day("2026-11-24")!)
        #expect(report.findings.map(\.rule) == ["stage-gap"])
        #expect(report.findings.first?.pointer == "/audits/1/dates/start")
        #expect(report.findings.first?.location == SourceLocation(line: 5, column: 43))
        #expect(report.outcomes.map(\.status) == [.failed])
        #expect(report.dossierId == "T-1")
        #expect(report.scheme == "cnca-itsms-2026")
    }

    @Test("disabling by id or clause, and severity overrides")
    func settings() throws {
        let day = Day("2026-11-24")!
        for key in ["stage-gap", "5.6.1"] {
            let report = try stageGapOnly(RuleSettings(disabled: [key])).check(try dossier(Self.base), judgingDay: day)
            #expect(report.findings.isEmpty)
            #expect(report.outcomes.isEmpty)
        }
        let warned = try stageGapOnly(RuleSettings(severities: ["5.6.1": .warning]))
            .check(try dossier(Self.base), judgingDay: day)
        #expect(warned.findings.map(\.severity) == [.warning])
    }

    @Test("a missing field is a cannot-verify finding and a couldNotVerify outcome")
    func cannotVerify() throws {
        let text = Self.base.replacingOccurrences(of: ", end: 2026-04-14}", with: "}")
        let report = try stageGapOnly().check(try dossier(text), judgingDay: Day("2026-11-24")!)
        #expect(report.findings.map(\.kind) == [.cannotVerify])
        #expect(report.findings.first?.message.en == "cannot verify 5.6.1: audits[0].dates.end is missing")
        guard case .couldNotVerify = report.outcomes.first?.status else {
            Issue.record("expected couldNotVerify")
            return
        }
    }

    @Test("a dossier as_of that is not a date is reported with the day used instead")
    func malformedAsOf() throws {
        let report = try stageGapOnly().check(
            try dossier(Self.base + "\nas_of: 2026-11-31\n"), judgingDay: Day("2026-11-24")!)
        let finding = try #require(report.findings.first { $0.rule == "as-of" })
        #expect(finding.pointer == "/as_of")
        #expect(finding.severity == .error)
        #expect(
            finding.message.en
                == "as_of should be a date YYYY-MM-DD, found '2026-11-31'; the dossier was judged as of 2026-11-24")
    }

    @Test("an unknown scheme or profile is reported, never a silent pass")
    func unknownSchemeAndProfile() throws {
        let scheme = try stageGapOnly().check(
            try dossier(Self.base + "\nscheme: other-2030\n"), judgingDay: Day("2026-11-24")!)
        #expect(scheme.findings.map(\.rule) == ["scheme"])
        let profile = try stageGapOnly().check(
            try dossier(Self.base + "\nprofile: nobody\n"), judgingDay: Day("2026-11-24")!)
        #expect(profile.findings.map(\.rule).sorted() == ["profile", "stage-gap"])
    }
}

@Suite("Example runner")
struct ExampleRunnerTests {
    @Test("set creates parents and appends with '-'; remove deletes")
    func patching() throws {
        let pack = try #require(try BuiltInRules.packs.get().first { $0.identifier == "cnca-itsms-2026" })
        let value = try Document(path: "v.yaml", data: Array("{id: NEW}".utf8)).root
        let date = try Document(path: "v.yaml", data: Array("2026-01-01".utf8)).root
        let example = RuleExample(
            description: "t", triggers: false,
            set: [("/audits/-", value), ("/new/deep/field", date)], remove: ["/contract"])
        let tree = try ExampleRunner.tree(for: example, in: pack)
        let root = Field(node: tree, pointer: "", location: .start)
        #expect(root["audits"].elements.last?["id"].string == "NEW")
        #expect(root["new"]["deep"]["field"].date.value == Day("2026-01-01"))
        #expect(!root["contract"].exists)
        #expect(throws: ExampleRunner.Failure.self) {
            try ExampleRunner.tree(for: RuleExample(description: "t", base: "nope", triggers: false), in: pack)
        }
    }
}
