import DossierSyntax
import Testing

@testable import DossierLintKit

@Suite("Audit clause index")
struct ClauseIndexTests {
    static func rule(_ identifier: String, _ clause: String, pack: String) -> RuleDescription {
        RuleDescription(
            identifier: identifier, pack: pack, clause: clause, relatedClauses: [], severity: .error,
            title: Message(zh: identifier, en: identifier), rationale: Message(zh: "r", en: "r"), notes: nil, reads: [],
            parameters: [], examples: [], sourcePath: "Rules/\(pack)/rules/\(identifier).yaml")
    }

    @Test("a profile's clause is labelled with its pack and never merges with the scheme's clause of that number")
    func profileClausesStayApart() {
        let rules = [
            Self.rule("records-present", "10.2", pack: "scheme"),
            Self.rule("profile-records", "10.2", pack: "profile"),
            Self.rule("profile-gap", "6.4.3", pack: "profile"),
        ]
        let index = ClauseIndex(rules: rules, profilePacks: ["profile"])
        #expect(index.clauses == ["6.4.3 (profile)", "10.2", "10.2 (profile)"])
        let report = FileReport(
            path: "a.yaml", dossierId: "A", scheme: "scheme", profile: "profile", findings: [],
            outcomes: [
                RuleOutcome(rule: "records-present", clause: "10.2", pack: "scheme", status: .passed),
                RuleOutcome(rule: "profile-records", clause: "10.2", pack: "profile", status: .failed),
            ])
        let states = index.states(of: report)
        #expect(states[index.position(of: "10.2")!] == ClauseState.passed.rawValue)
        #expect(states[index.position(of: "10.2 (profile)")!] == ClauseState.failed.rawValue)
        #expect(states[index.position(of: "6.4.3 (profile)")!] == ClauseState.notRun.rawValue)
    }

    @Test("numeric clause order, labels sorting by their clause")
    func order() {
        let sorted = ["Annex A", "10.2 (icas)", "3.10", "6.4.11 (icas)", "10.2", "3.6", "6.4.3 (icas)", "Annex C"]
            .sorted(by: ClauseOrder.precedes)
        #expect(
            sorted == ["3.6", "3.10", "6.4.3 (icas)", "6.4.11 (icas)", "10.2", "10.2 (icas)", "Annex A", "Annex C"])
    }
}
