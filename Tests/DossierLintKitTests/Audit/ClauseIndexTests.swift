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
        let index = ClauseIndex(rules: rules, profilePacks: ["profile"], baseSchemes: ["profile": "scheme"])
        #expect(index.clauses.map(\.label) == ["6.4.3 (profile)", "10.2", "10.2 (profile)"])
        #expect(index.clauses.allSatisfy { $0.scheme == "scheme" }, "a profile's clauses are in its scheme's section")
        let report = FileReport(
            path: "a.yaml", dossierId: "A", scheme: "scheme", profile: "profile", findings: [],
            outcomes: [
                RuleOutcome(rule: "records-present", clause: "10.2", pack: "scheme", status: .passed),
                RuleOutcome(rule: "profile-records", clause: "10.2", pack: "profile", status: .failed),
            ])
        let states = index.states(of: report)
        #expect(states[index.position(of: ClauseKey(scheme: "scheme", label: "10.2"))!] == ClauseState.passed.rawValue)
        #expect(
            states[index.position(of: ClauseKey(scheme: "scheme", label: "10.2 (profile)"))!]
                == ClauseState.failed.rawValue)
        #expect(
            states[index.position(of: ClauseKey(scheme: "scheme", label: "6.4.3 (profile)"))!]
                == ClauseState.notRun.rawValue)
    }

    @Test("two schemes' clauses of the same number stay apart, each in its scheme's section")
    func schemeClausesStayApart() {
        let rules = [
            Self.rule("auditor-registration", "4.2", pack: "itsms"),
            Self.rule("bcms-certificate-english", "4.2", pack: "bcms"),
            Self.rule("bcms-certificate-validity", "3.5", pack: "bcms"),
        ]
        let index = ClauseIndex(rules: rules)
        #expect(
            index.clauses == [
                ClauseKey(scheme: "bcms", label: "3.5"), ClauseKey(scheme: "bcms", label: "4.2"),
                ClauseKey(scheme: "itsms", label: "4.2"),
            ])
        let report = FileReport(
            path: "b.yaml", dossierId: "B", scheme: "bcms", profile: nil, findings: [],
            outcomes: [RuleOutcome(rule: "bcms-certificate-english", clause: "4.2", pack: "bcms", status: .failed)])
        let states = index.states(of: report)
        #expect(states[index.position(of: ClauseKey(scheme: "bcms", label: "4.2"))!] == ClauseState.failed.rawValue)
        #expect(states[index.position(of: ClauseKey(scheme: "itsms", label: "4.2"))!] == ClauseState.notRun.rawValue)
    }

    @Test("numeric clause order, labels sorting by their clause")
    func order() {
        let sorted = ["Annex A", "10.2 (icas)", "3.10", "6.4.11 (icas)", "10.2", "3.6", "6.4.3 (icas)", "Annex C"]
            .sorted(by: ClauseOrder.precedes)
        #expect(
            sorted == ["3.6", "3.10", "6.4.3 (icas)", "6.4.11 (icas)", "10.2", "10.2 (icas)", "Annex A", "Annex C"])
    }

    @Test("an ASCII label's key read by bytes is the key read by characters")
    func keysByBytes() {
        var labels = [
            "", "4", "4.2", "6.4.3 (icas)", "10.2 (icas) (x)", "Annex A", "Annex C (bcms)", "Annex ", "Annex",
            " (x)", " (", "(x)", "4 (", "4.", ".4", "4..2", "+4.-1", "04.2a", "5.4.4.1", "a (b (c", "x(y) (z)",
            "\r\n (", "4\r\n.2", "Annex\r\nB", "附录 A", "6.4 (审核)", "-0.+7.+.-", "9223372036854775807.1",
            "9223372036854775808", "-9223372036854775808.-9223372036854775809", "1 2.3", "0x1F",
        ]
        for a in ["", "1", "2.", " ", "(", " (", "Annex ", "x"] {
            for b in ["", "3", ".4", " (", "(y)", "Z"] { labels.append(a + b) }
        }
        for label in labels {
            #expect(ClauseOrder.key(label) == ClauseOrder.textKey(label), "\(label.debugDescription)")
        }
    }
}
