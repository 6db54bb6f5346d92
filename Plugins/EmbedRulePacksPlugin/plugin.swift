import Foundation
import PackagePlugin

/// Compiles the rule packs in `Rules/` into the `DossierRules` module, so the
/// executable works when copied alone, with `RuleRegistry`, generated from the
/// names of the rule data files.
@main
struct EmbedRulePacksPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rules = context.package.directoryURL.appending(path: "Rules")
        var inputs: [URL] = []
        if let enumerator = FileManager.default.enumerator(at: rules, includingPropertiesForKeys: nil) {
            for case let url as URL in enumerator where !url.hasDirectoryPath {
                inputs.append(url)
            }
        }
        inputs.sort { $0.path < $1.path }
        let packs = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRulePacks.swift")
        let registry = context.pluginWorkDirectoryURL.appending(path: "RuleRegistry.swift")
        return [
            .buildCommand(
                displayName: "Embedding rule packs and the rule registry from Rules/",
                executable: try context.tool(named: "EmbedRulePacks").url,
                arguments: [rules.path, packs.path, registry.path],
                inputFiles: inputs,
                outputFiles: [packs, registry]
            )
        ]
    }
}
