import DossierLintKit
import DossierSyntax
import Testing

@testable import DossierRules

/// The record rules read each record's `present` once per dossier (`CertificationRecordEntries.Presence`);
/// a `present` that is not a boolean is still each rule's "cannot verify", and its record is
/// still checked.
@Suite("records' presence")
struct RecordsPresenceTests {
    private func findings(_ rule: any Rule, set: [(pointer: String, value: Node)]) throws -> [Finding] {
        let pack = try #require(Fixtures.packs.first { $0.identifier == "cnca-itsms-2026" })
        let description = try #require(pack.rules.first { $0.identifier == type(of: rule).identifier })
        let example = RuleExample(description: "present", triggers: true, set: set)
        return try ExampleRunner.run(example, rule: rule, description: description, pack: pack)
    }

    private func scalar(_ text: String, _ style: ScalarStyle) -> Node { Node(.scalar(text, style), at: .start) }

    @Test("a present that is not a boolean: cannot verify, and the record is checked")
    func presentNotBoolean() throws {
        let found = try findings(
            RecordsSignedRule(),
            set: [
                ("/records/contract/present", scalar("yes", .doubleQuoted)),
                ("/records/contract/signed", scalar("false", .plain)),
            ])
        #expect(found.map(\.pointer) == ["/records/contract/present", "/records/contract/signed"])
        #expect(found.map(\.kind) == [.cannotVerify, .violation])
    }

    @Test("a record not kept is not checked; one kept by default is")
    func presentFalseOrMissing() throws {
        let notKept = try findings(
            RecordsSignedRule(),
            set: [
                ("/records/contract/present", scalar("false", .plain)),
                ("/records/contract/signed", scalar("false", .plain)),
            ])
        #expect(notKept.isEmpty)
        let byDefault = try findings(
            RecordsChineseRule(),
            set: [
                ("/records/contract/present", scalar("null", .plain)),
                ("/records/contract/language", scalar("en", .plain)),
            ])
        #expect(byDefault.map(\.pointer) == ["/records/contract/language"])
    }
}
