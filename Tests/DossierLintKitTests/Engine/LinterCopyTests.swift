import DossierRules
import DossierSyntax
import Foundation
import Testing

@testable import DossierLintKit

/// A linter's copy for one thread (`Linter.copyForOneThread`), which each worker of a scan
/// checks with, and checks without outcomes.
@Suite("a linter's copy for one thread")
struct LinterCopyTests {
    static let day = Day(year: 2026, month: 11, day: 24)!

    /// Every sample dossier, with its path.
    static func samples() throws -> [Dossier] {
        let folder = ReporterTestSupport.packageRoot.appendingPathComponent("Samples")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
        #expect(names.count > 20)
        return try names.map { name in
            let data = try #require(FileManager.default.contents(atPath: folder.path + "/" + name))
            return Dossier(document: try Document(path: name, data: [UInt8](data)))
        }
    }

    /// Settings that change a rule's parameter, disable one rule and raise another's severity.
    static let settings = RuleSettings(
        disabled: ["records-retention"], severities: ["stage-gap": .info],
        selections: [
            RuleConfiguration(
                selector: "stage-gap",
                parameters: [
                    MappingEntry(
                        key: "minimum_gap_days", keyLocation: .start,
                        value: Node(.scalar("1", .plain), at: .start))
                ])
        ])

    @Test("checks every sample as the linter it was copied from does, with configured settings too")
    func checksAlike() throws {
        for settings in [RuleSettings(), Self.settings] {
            let linter = try BuiltInRules.linter(settings: settings)
            let copy = linter.copyForOneThread()
            for dossier in try Self.samples() {
                let expected = linter.check(dossier, judgingDay: Self.day)
                let found = copy.check(dossier, judgingDay: Self.day)
                #expect(found.findings == expected.findings, "\(dossier.path)")
                #expect(found.outcomes == expected.outcomes, "\(dossier.path)")
                #expect(!expected.outcomes.isEmpty)
            }
        }
    }

    @Test("the configured parameter is the copy's: a gap of two days passes with a minimum of one")
    func configuredParameter() throws {
        let text = """
            schema: itsms-dossier/1
            dossier_id: T-1
            audits:
              - {id: A1, type: stage1, dates: {start: 2026-04-13, end: 2026-04-14}}
              - {id: A2, type: stage2, dates: {start: 2026-04-16, end: 2026-04-17}}
            """
        let dossier = Dossier(document: try Document(path: "t.yaml", data: Array(text.utf8)))
        let plain = try BuiltInRules.linter().copyForOneThread().check(dossier, judgingDay: Self.day)
        #expect(plain.findings.contains { $0.rule == "stage-gap" })
        let configured = try BuiltInRules.linter(settings: Self.settings).copyForOneThread()
            .check(dossier, judgingDay: Self.day)
        #expect(!configured.findings.contains { $0.rule == "stage-gap" })
    }

    @Test("copies of one linter check alike; its copy for a thread and other settings do not")
    func alikeByPlans() throws {
        let linter = try BuiltInRules.linter()
        let same = linter
        #expect(linter.checksAlike(same))
        #expect(!linter.checksAlike(linter.copyForOneThread()))
        var changed = linter
        changed.settings = Self.settings
        #expect(!linter.checksAlike(changed))
    }

    /// Where a text's UTF-8 is stored, for a text long enough to have storage of its own.
    static func storage(of text: String) -> UnsafeRawPointer? {
        var text = text
        return text.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }

    /// Every text of a tree: keys and scalars.
    static func texts(of node: Node) -> [String] {
        switch node.content {
        case .scalar(let text, _): return [text]
        case .sequence(let elements): return elements.flatMap(texts(of:))
        case .mapping(let entries): return entries.flatMap { [$0.key] + texts(of: $0.value) }
        }
    }

    @Test("a description's copy is equal and shares the storage of none of its long texts")
    func descriptionsShareNoText() throws {
        var checkedTexts = 0
        for pack in try BuiltInRules.packs.get() {
            for description in pack.rules {
                let copy = description.unsharedCopy()
                #expect(copy.identifier == description.identifier)
                #expect(copy.clause == description.clause)
                #expect(copy.title == description.title)
                #expect(copy.relatedClauses == description.relatedClauses)
                #expect(copy.severity == description.severity)
                let original = Node(.mapping(description.parameters), at: .start)
                let copied = Node(.mapping(copy.parameters), at: .start)
                #expect(copied == original, "\(description.identifier)")
                let pairs =
                    [
                        (description.identifier, copy.identifier), (description.title.zh, copy.title.zh),
                        (description.title.en, copy.title.en),
                    ] + Array(zip(Self.texts(of: original), Self.texts(of: copied)))
                for (old, new) in pairs where old.utf8.count > 15 {
                    #expect(Self.storage(of: old) != Self.storage(of: new), "\(description.identifier): \(old)")
                    checkedTexts += 1
                }
            }
        }
        #expect(checkedTexts > 500)
    }

    @Test("without outcomes, a check finds the same and records no outcome")
    func withoutOutcomes() throws {
        let linter = try BuiltInRules.linter()
        for dossier in try Self.samples() {
            let kept = linter.check(dossier, judgingDay: Self.day)
            let dropped = linter.check(dossier, judgingDay: Self.day, keepingOutcomes: false)
            #expect(dropped.findings == kept.findings, "\(dossier.path)")
            #expect(dropped.outcomes.isEmpty)
        }
    }
}
