import DossierLintKit
import DossierSyntax

/// The rule packs compiled into the binary, and every rule implementation.
public enum BuiltInRules {
    /// The data files of `Rules/`, compiled in.
    public static var files: [(path: String, text: String)] { embeddedRulePackFiles }

    /// The trees of the files the packs read when they load, parsed when the program was built,
    /// by path relative to `Rules/` (`NodeArchive` texts; see `RulePackLoader.Reading.onDemand`).
    public static var trees: [String: String] { embeddedRulePackTrees }

    /// The compiled-in packs, read once: what a check needs from the trees parsed when the
    /// program was built; the rules' documentation, their examples and the glossary when first
    /// asked for.
    public static let packs: Result<[RulePack], ParseError> = {
        do throws(ParseError) {
            return .success(
                try RulePackLoader.load(files: embeddedRulePackFiles, reading: .onDemand(trees: embeddedRulePackTrees)))
        } catch {
            return .failure(error)
        }
    }()

    /// The dossier tree of `Rules/schema/itsms-dossier.yaml`, read once.
    public static let dossierSchema: Result<DossierSchemaData, ParseError> = {
        do throws(ParseError) {
            return .success(try DossierSchemaData.load(files: embeddedRulePackFiles))
        } catch {
            return .failure(error)
        }
    }()

    /// A linter with every built-in pack and rule.
    public static func linter(settings: RuleSettings = RuleSettings()) throws(ParseError) -> Linter {
        Linter(packs: try packs.get(), rules: RuleRegistry.all, settings: settings)
    }
}
