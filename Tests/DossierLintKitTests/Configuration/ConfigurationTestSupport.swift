import DossierLintKit
import DossierRules
import DossierSyntax
import Foundation

/// Dossiers, packs and linters for the configuration, suppression and baseline tests.
enum ConfigurationTestSupport {
    /// Stage 1 ends 2026-04-14 and stage 2 starts 2026-04-16: two days apart,
    /// so `stage-gap` (5.6.1, at least 5 days) reports at line 5.
    static let shortGap = """
        schema: itsms-dossier/1
        dossier_id: T-1
        audits:
          - {id: A1, type: stage1, dates: {start: 2026-04-13, end: 2026-04-14}}
          - {id: A2, type: stage2, dates: {start: 2026-04-16, end: 2026-04-17}}
        """

    /// Stage 2 starts 34 days after stage 1: clean for the regulation's 5 days to 6 months.
    static let normalGap = """
        schema: itsms-dossier/1
        dossier_id: T-2
        audits:
          - {id: A1, type: stage1, dates: {start: 2026-04-13, end: 2026-04-14}}
          - {id: A2, type: stage2, dates: {start: 2026-05-18, end: 2026-05-20}}
        """

    static let day = Day("2026-11-24")!

    static var packs: [RulePack] { (try? BuiltInRules.packs.get()) ?? [] }

    static func dossier(_ text: String, path: String = "t.yaml") throws -> Dossier {
        Dossier(document: try Document(path: path, data: Array(text.utf8)))
    }

    /// A linter running `stage-gap` only.
    static func stageGapLinter(_ settings: RuleSettings = RuleSettings()) -> Linter {
        Linter(packs: packs, rules: RuleRegistry.all.filter { $0.identifier == "stage-gap" }, settings: settings)
    }

    /// A configuration read from YAML text (or JSON when `path` ends in `.json`).
    static func configuration(_ text: String, path: String = ".dossierlint.yml") throws -> Configuration {
        try ConfigurationReader.read(path: path, data: Array(text.utf8), directory: "/repo")
    }

    /// The problems of a configuration against the built-in packs.
    static func problems(_ text: String, path: String = ".dossierlint.yml") throws -> [ConfigurationProblem] {
        try configuration(text, path: path).problems(packs: packs)
    }

    /// The rule settings of a valid configuration.
    static func settings(_ text: String) throws -> RuleSettings {
        try configuration(text).ruleSettings(packs: packs)
    }

    /// The built-in description of rule `identifier`.
    static func rule(_ identifier: String) -> RuleDescription? {
        packs.flatMap(\.rules).first { $0.identifier == identifier }
    }
}

/// A temporary folder removed at the end of a test.
final class ScratchFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "dossierlint-kit-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let full = path + "/" + name
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        return full
    }
}
