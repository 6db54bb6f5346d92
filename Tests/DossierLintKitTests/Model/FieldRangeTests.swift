import DossierLintKit
import DossierRules
import DossierSyntax
import Testing

private func at(_ line: Int, _ column: Int) -> DossierSyntax.SourceLocation {
    DossierSyntax.SourceLocation(line: line, column: column)
}

/// Source ranges of fields, and the findings that rules report at them.
@Suite("Field and finding ranges")
struct FieldRangeTests {
    static let text = """
        schema: itsms-dossier/1
        client:
          name: 北京数智科技有限公司
          sites: [总部, "分公司"]
        audits:
          - {id: A1, type: stage1, dates: {start: 2026-04-13, end: 2026-04-14}}
          - {id: A2, type: stage2, dates: {start: 2026-04-16, end: 2026-04-17}}
        """

    var dossier: Dossier {
        get throws { Dossier(document: try Document(path: "d.yaml", data: Array(Self.text.utf8))) }
    }

    @Test("a field's range is its node's; an absent field has an empty range at its nearest ancestor")
    func fieldRanges() throws {
        let root = try dossier.root
        #expect(root["client"]["name"].range == SourceRange(start: at(3, 9), end: at(3, 19)))
        #expect(root["client"]["sites"][1].range == SourceRange(start: at(4, 15), end: at(4, 20)))
        #expect(root["client"].range == SourceRange(start: at(3, 3), end: at(4, 21)))
        #expect(root["audits"].elements.map(\.range.end) == [at(6, 72), at(7, 72)])
        let missing = root["client"]["address"]["city"]
        #expect(!missing.exists)
        #expect(missing.range == SourceRange(start: at(3, 3), end: at(3, 3)))
        #expect(missing.range.start == missing.location)
    }

    @Test("findings carry the range of the field they are reported at")
    func findingRanges() throws {
        let dossier = try dossier
        let pack = try #require(try BuiltInRules.packs.get().first { $0.identifier == "cnca-itsms-2026" })
        let description = try #require(pack.rule("stage-gap"))
        let context = RuleContext(
            dossier: dossier, description: description, judgingDay: Day("2026-11-24")!, pack: pack)
        let name = dossier.root["client"]["name"]
        context.report(name, Message(zh: "名称", en: "name"))
        context.cannotVerify(dossier.root["client"]["address"], Message(zh: "缺少", en: "missing"))
        #expect(context.findings.map(\.location) == [at(3, 9), at(3, 3)])
        #expect(context.findings.map(\.endLocation) == [at(3, 19), at(3, 3)])
        #expect(context.findings.first?.range == name.range)

        // A finding made without an end ends where it starts.
        let plain = Finding(
            rule: "r", clause: "1", pack: "p", severity: .error, message: Message(zh: "z", en: "e"), file: "d.yaml",
            location: at(2, 4), pointer: "/x")
        #expect(plain.endLocation == at(2, 4))

        // Repository findings take the range from their place.
        let place = SummaryPlace(dossier.root["audits"][1]["dates"]["start"])
        #expect(place.location == at(7, 43) && place.end == at(7, 53))
        #expect(SummaryPlace(pointer: "", location: at(1, 1)).end == at(1, 1))
        let repository = RepositoryContext(
            repository: Repository(registry: nil, dossiers: []), description: description,
            judgingDay: Day("2026-11-24")!, pack: pack)
        repository.report(file: "d.yaml", place, Message(zh: "重复", en: "duplicate"))
        #expect(repository.findings.map(\.range) == [SourceRange(start: at(7, 43), end: at(7, 53))])
    }

    @Test("the linter's findings end after the field")
    func linterFindings() throws {
        let packs = try BuiltInRules.packs.get()
        let linter = Linter(packs: packs, rules: RuleRegistry.all.filter { $0.identifier == "stage-gap" })
        let report = linter.check(try dossier, judgingDay: Day("2026-11-24")!)
        let finding = try #require(report.findings.first { $0.rule == "stage-gap" })
        #expect(finding.pointer == "/audits/1/dates/start")
        #expect(finding.range == SourceRange(start: at(7, 43), end: at(7, 53)))
    }
}
