import DossierLintKit
import DossierRules
import Foundation
import Testing

@testable import DossierLintCLI

@Suite("rules and explain commands")
struct RulesCommandTests {
    var packs: [RulePack] { (try? BuiltInRules.packs.get()) ?? [] }

    @Test("the rules table lists every rule with its clause, severity and title")
    func table() throws {
        let result = CommandRunner.run(["rules", "--lang", "en"])
        #expect(result.status == 0)
        let rules = packs.flatMap(\.rules)
        #expect(!rules.isEmpty)
        for rule in rules {
            let line = result.output.split(separator: "\n").first { $0.hasPrefix(rule.identifier + " ") }
            #expect(line != nil, "\(rule.identifier) missing")
            #expect(line?.contains(" \(rule.clause) ") == true)
            #expect(line?.contains(rule.severity.rawValue) == true)
            #expect(line?.hasSuffix(rule.title.en) == true)
        }
        #expect(result.output.hasSuffix("\(rules.count) rules\n"))
    }

    @Test("rules --format json agrees with the metadata")
    func json() throws {
        let result = CommandRunner.run(["rules", "--format", "json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        let rules = packs.flatMap(\.rules)
        #expect(items.count == rules.count)
        for item in items {
            let rule = try #require(rules.first { $0.identifier == item["id"] as? String })
            #expect(item["clause"] as? String == rule.clause)
            #expect(item["severity"] as? String == rule.severity.rawValue)
        }
    }

    @Test("rules --pack lists exactly the rules of the packs named")
    func onePack() throws {
        for pack in packs {
            let result = CommandRunner.run(["rules", "--pack", pack.identifier, "--format", "json"])
            #expect(result.status == 0)
            let items = try #require(
                try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
            #expect(
                Set(items.compactMap { $0["id"] as? String }) == Set(pack.rules.map(\.identifier)), "\(pack.identifier)"
            )
        }
        let both = CommandRunner.run(["rules", "--pack", "icas", "--pack", "cnca-itsms-2026"])
        #expect(both.status == 0)
        #expect(both.output.contains("icas-stage-gap-working-days") && both.output.contains("stage-gap "))
        let unknown = CommandRunner.run(["rules", "--pack", "no-such-pack"])
        #expect(unknown.status == 2)
        #expect(unknown.error.contains("cesi-bcms-2025"), "the error lists the packs")
    }

    @Test("explain finds a rule by id and by clause")
    func explain() throws {
        let rule = try #require(packs.flatMap(\.rules).first { $0.identifier == "stage-gap" })
        for query in ["stage-gap", "5.6.1"] {
            let result = CommandRunner.run(["explain", query, "--lang", "en"])
            #expect(result.status == 0)
            #expect(result.output.contains(rule.rationale.en))
            #expect(result.output.contains("Clause: 5.6.1"))
            #expect(result.output.contains("minimum_gap_days: 5"))
            #expect(result.output.contains("Triggering examples:"))
        }
        let unknown = CommandRunner.run(["explain", "stage-gaps"])
        #expect(unknown.status == 2)
        #expect(unknown.error.contains("did you mean stage-gap"))
    }

    @Test("Rules/README.md is the generated documentation (regenerate: dossierlint rules --format markdown)")
    func generatedDocumentationIsInSync() throws {
        let path = packageRoot + "/Rules/README.md"
        let generated = CommandRunner.run(["rules", "--format", "markdown"]).output
        if ProcessInfo.processInfo.environment["DOSSIERLINT_UPDATE_GOLDEN"] == "1" {
            try generated.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOfFile: path, encoding: .utf8)
        #expect(
            committed == generated,
            "Rules/README.md is stale: run `swift run dossierlint rules --format markdown > Rules/README.md`")
    }
}
