import DossierLintKit
import Foundation
import Testing

@testable import DossierRules

/// The folders of `Sources/DossierRules` predict what is in them: each rule in
/// the file `RuleRegistry.sourcePaths` names for it (derived from its data file
/// by `EmbedRulePacks`), pack folders holding rules only, `Readings/` no rules.
@Suite("Rule source layout")
struct RuleLayoutTests {
    /// The package root: the nearest folder above this file with a `Package.swift`.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { break }
        }
        return url
    }()

    /// Every Swift file of `Sources/DossierRules`, relative to the package root, with its text.
    static let sources: [(path: String, text: String)] = {
        let folder = packageRoot.appendingPathComponent("Sources/DossierRules")
        var result: [(String, String)] = []
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift", let text = try? String(contentsOf: url, encoding: .utf8) else {
                continue
            }
            result.append(("Sources/DossierRules/" + url.path.dropFirst(folder.path.count + 1), text))
        }
        return result.sorted { $0.0 < $1.0 }
    }()

    /// The types a source text declares as rules: `struct X: Rule`, `RepositoryRule`, or an extension adding them.
    static func ruleTypes(declaredIn text: String) -> [String] {
        let declaration = /(?:struct|class|enum|actor|extension)\s+(\w+)\s*:\s*([^{]*)\{/
        return text.matches(of: declaration).compactMap { match in
            let conformances = match.output.2.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            return conformances.contains { $0 == "Rule" || $0 == "RepositoryRule" } ? String(match.output.1) : nil
        }
    }

    @Test("the declaration reader finds rule types")
    func readsDeclarations() {
        let text = """
            struct StageGapRule: Rule {
            }
            struct UniqueDossierIdsRule: RepositoryRule, Sendable { }
            enum Audits {
            }
            struct Entry: Equatable {
            }
            """
        #expect(Self.ruleTypes(declaredIn: text) == ["StageGapRule", "UniqueDossierIdsRule"])
    }

    @Test("every registered rule is the type its file is named for, at its generated path")
    func registeredRulesAreWhereTheLayoutSays() {
        #expect(Self.sources.count > RuleRegistry.all.count, "the sources were not read from \(Self.packageRoot.path)")
        let texts = Dictionary(uniqueKeysWithValues: Self.sources.map { ($0.path, $0.text) })
        #expect(RuleRegistry.sourcePaths.count == RuleRegistry.all.count)
        for rule in RuleRegistry.all {
            let typeName = String(describing: rule)
            guard let path = RuleRegistry.sourcePaths[rule.identifier] else {
                Issue.record("\(rule.identifier) has no source path")
                continue
            }
            #expect(path.hasSuffix("/\(typeName).swift"), "\(typeName) is not named for its file \(path)")
            guard let text = texts[path] else {
                Issue.record("\(rule.identifier): \(path) does not exist")
                continue
            }
            #expect(
                Self.ruleTypes(declaredIn: text) == [typeName],
                "\(path) declares rules \(Self.ruleTypes(declaredIn: text))"
            )
        }
    }

    @Test("pack folders hold registered rules only, and no rule lives elsewhere")
    func noOrphans() {
        let registered = Set(RuleRegistry.sourcePaths.values)
        let packFolders = Set(registered.map { $0.split(separator: "/").prefix(3).joined(separator: "/") + "/" })
        #expect(!packFolders.isEmpty)
        for (path, text) in Self.sources where !registered.contains(path) {
            if packFolders.contains(where: { path.hasPrefix($0) }) {
                Issue.record(
                    "\(path) is in a pack folder but is no registered rule's file (a reading goes in Readings/)")
            }
            let rules = Self.ruleTypes(declaredIn: text)
            if path.hasPrefix("Sources/DossierRules/Readings/") {
                #expect(rules.isEmpty, "\(path) is a reading but declares rules \(rules)")
            } else {
                #expect(rules.isEmpty, "\(path) declares rules \(rules) that have no data file in Rules/")
            }
        }
    }
}
