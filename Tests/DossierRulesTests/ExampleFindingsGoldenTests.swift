import DossierLintKit
import DossierLintTestSupport
import Foundation
import Testing

@testable import DossierRules

/// The complete findings of every rule example (message in both languages,
/// range, pointer, severity, kind), byte for byte, one golden file per pack:
/// `Tests/DossierRulesTests/Golden/examples.<pack>.txt`. `RuleExamplesTests`
/// asserts what an example means; this file shows any change of wording or
/// position.
@Suite("Golden findings of the rule examples")
struct ExampleFindingsGoldenTests {
    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Golden")

    static func line(_ finding: Finding) -> String {
        let start = finding.location
        let end = finding.endLocation
        return
            "  \(finding.file):\(start.line):\(start.column)-\(end.line):\(end.column) \(finding.severity.rawValue) "
            + "\(finding.kind.rawValue) \(finding.pointer) [\(finding.rule), \(finding.clause), \(finding.pack)]\n"
            + "    en: \(finding.message.en)\n    zh: \(finding.message.zh)\n"
    }

    @Test("every example's findings", arguments: Fixtures.packs.map(\.identifier))
    func findings(pack identifier: String) throws {
        let pack = try #require(Fixtures.packs.first { $0.identifier == identifier })
        let implementations = Fixtures.implementations
        let summarize = DossierSummaries.summarizer(packs: [pack.identifier: pack])
        var text = ""
        for description in pack.rules {
            let rule = try #require(implementations[description.identifier])
            for (index, example) in description.examples.enumerated() {
                text += "\(description.identifier) #\(index) \(example.triggers ? "triggers" : "passes"): "
                text += "\(example.description)\n"
                let findings: [Finding]
                if description.scope == .repository, let repositoryRule = rule as? any RepositoryRule {
                    findings = try RepositoryExampleRunner.run(
                        example, rule: repositoryRule, description: description, pack: pack, summarize: summarize)
                } else {
                    findings = try ExampleRunner.run(example, rule: rule, description: description, pack: pack)
                }
                for finding in findings { text += Self.line(finding) }
            }
        }
        if let mismatch = Golden.mismatch(
            text, goldenFile: Self.goldenDirectory.appendingPathComponent("examples.\(identifier).txt"))
        {
            Issue.record(Comment(rawValue: mismatch))
        }
    }
}
