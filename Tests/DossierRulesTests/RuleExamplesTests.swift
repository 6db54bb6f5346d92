import DossierLintKit
import DossierSyntax
import Foundation
import Testing

@testable import DossierRules

/// One example of one rule, as a test argument.
struct ExampleCase: CustomTestStringConvertible, Sendable {
    let pack: RulePack
    let description: RuleDescription
    let example: RuleExample
    let index: Int

    var testDescription: String {
        "\(description.identifier) (\(description.clause)) \(example.triggers ? "triggers" : "passes"): \(example.description)"
    }
}

enum Fixtures {
    static let packs: [RulePack] = {
        switch BuiltInRules.packs {
        case .success(let packs): return packs
        case .failure(let error):
            Issue.record("the built-in packs do not load: \(error)")
            return []
        }
    }()

    static var implementations: [String: any Rule] {
        Dictionary(uniqueKeysWithValues: RuleRegistry.all.map { ($0.identifier, $0.init()) })
    }

    static let examples: [ExampleCase] = examples(scope: .dossier)

    /// The examples of repository rules: example repositories.
    static let repositoryExamples: [ExampleCase] = examples(scope: .repository)

    static func examples(scope: RuleScope) -> [ExampleCase] {
        packs.flatMap { pack in
            pack.rules.filter { $0.scope == scope }.flatMap { description in
                description.examples.enumerated().map { index, example in
                    ExampleCase(pack: pack, description: description, example: example, index: index)
                }
            }
        }
    }
}

@Suite("Rule examples")
struct RuleExamplesTests {
    @Test("every example of every rule", arguments: Fixtures.examples)
    func example(_ item: ExampleCase) throws {
        let rule = try #require(Fixtures.implementations[item.description.identifier])
        let findings = try ExampleRunner.run(item.example, rule: rule, description: item.description, pack: item.pack)
        if item.example.triggers {
            #expect(!findings.isEmpty, "expected a finding, got none")
            for finding in findings {
                #expect(finding.rule == item.description.identifier)
                #expect(finding.clause == item.description.clause)
                #expect(finding.severity == item.description.severity)
                #expect(finding.kind == item.example.expectedKind, "\(finding.message.en)")
            }
            #expect(
                findings.map(\.pointer) == item.example.expectedPointers,
                "pointers: \(findings.map { "\($0.pointer): \($0.message.en)" })")
        } else {
            #expect(findings.isEmpty, "unexpected: \(findings.map { "\($0.pointer): \($0.message.en)" })")
        }
    }

    @Test("every example repository of every repository rule", arguments: Fixtures.repositoryExamples)
    func repositoryExample(_ item: ExampleCase) throws {
        let rule = try #require(
            Fixtures.implementations[item.description.identifier] as? any RepositoryRule,
            "\(item.description.identifier) has scope repository but is not a RepositoryRule")
        let summarize = DossierSummaries.summarizer(packs: [item.pack.identifier: item.pack])
        let findings = try RepositoryExampleRunner.run(
            item.example, rule: rule, description: item.description, pack: item.pack, summarize: summarize)
        let described = findings.map { "\(RepositoryExampleRunner.expectation($0)): \($0.message.en)" }
        if item.example.triggers {
            #expect(!findings.isEmpty, "expected a finding, got none")
            for finding in findings {
                #expect(finding.rule == item.description.identifier)
                #expect(finding.clause == item.description.clause)
                #expect(finding.severity == item.description.severity)
                #expect(finding.kind == item.example.expectedKind, "\(finding.message.en)")
            }
            #expect(
                findings.map(RepositoryExampleRunner.expectation).sorted() == item.example.expectedPointers.sorted(),
                "findings: \(described)")
        } else {
            #expect(findings.isEmpty, "unexpected: \(described)")
        }
    }

    @Test("repository rules and only they have scope repository")
    func repositoryScope() {
        for description in Fixtures.packs.flatMap(\.rules) {
            guard let rule = Fixtures.implementations[description.identifier] else { continue }
            #expect(
                (rule is any RepositoryRule) == (description.scope == .repository),
                "\(description.identifier): scope \(description.scope.rawValue)")
            if description.scope == .repository {
                #expect(
                    description.examples.allSatisfy { $0.set.isEmpty && $0.remove.isEmpty },
                    "\(description.identifier): repository examples patch dossiers under repository:")
            }
        }
    }

    @Test("every rule is registered, documented and has both kinds of example")
    func registration() throws {
        let described = Fixtures.packs.flatMap(\.rules)
        let identifiers = described.map(\.identifier)
        #expect(Set(identifiers).count == identifiers.count, "duplicate rule identifiers")
        let registered = Set(RuleRegistry.all.map { $0.identifier })
        #expect(registered.count == RuleRegistry.all.count, "a rule type is registered twice")
        for identifier in registered {
            #expect(identifiers.contains(identifier), "\(identifier) is registered but has no data file in Rules/")
        }
        for description in described {
            #expect(registered.contains(description.identifier), "\(description.sourcePath) has no implementation")
            #expect(!description.title.zh.isEmpty && !description.title.en.isEmpty)
            #expect(!description.rationale.zh.isEmpty && !description.rationale.en.isEmpty)
            #expect(!description.clause.isEmpty)
            #expect(
                description.examples.contains { $0.triggers }, "\(description.identifier) has no triggering example")
            #expect(
                description.examples.contains { !$0.triggers },
                "\(description.identifier) has no non-triggering example")
            #expect(
                description.sourcePath.hasSuffix("rules/\(description.identifier).yaml"), "file named after the rule")
        }
    }

    @Test("the example dossiers are clean under every rule of their pack")
    func exampleDossiersAreClean() throws {
        for pack in try BuiltInRules.packs.get() {
            #expect(pack.exampleParseErrors.isEmpty, "\(pack.identifier): \(pack.exampleParseErrors)")
        }
        for pack in Fixtures.packs {
            for (name, _) in pack.exampleDossiers {
                for description in pack.rules {
                    guard let rule = Fixtures.implementations[description.identifier] else { continue }
                    let clean = RuleExample(
                        description: "clean", base: name, triggers: false, set: [], remove: [], expectedPointers: [],
                        expectedKind: .violation)
                    let findings = try ExampleRunner.run(clean, rule: rule, description: description, pack: pack)
                    #expect(
                        findings.isEmpty,
                        "\(pack.identifier)/\(name) under \(description.identifier): \(findings.map { "\($0.pointer): \($0.message.en)" })"
                    )
                }
            }
        }
    }
}
