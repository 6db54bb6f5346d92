import DossierLintKit
import DossierRules

/// `dossierlint rules`: the table of every rule.
enum RulesCommand {
    /// The formats of the table.
    enum Format: String, CaseIterable {
        /// One line per rule (the default).
        case text
        /// The rules' descriptions as JSON.
        case json
        /// The generated `Rules/README.md`.
        case markdown
    }

    /// The command, as the table lists it.
    static let command = Command(
        name: "rules", abstract: "list every rule: id, clause, severity, title",
        synopsis: "rules \(format.synopsis) [--pack PACK] \(language.synopsis)",
        usage: "USAGE: dossierlint rules [options]\n\nOPTIONS:", options: [format, pack, language], body: run)

    private static let format = OptionSpecification(
        "format", short: "f", value: "FORMAT", allowed: Format.allCases.map(\.rawValue),
        help: "text (default), json or markdown (the generated Rules/README.md)")
    private static let language = OptionSpecification.language(help: "title language")
    private static let pack = OptionSpecification(
        "pack", value: "PACK", allowed: ((try? BuiltInRules.packs.get()) ?? []).map(\.identifier).sorted(),
        repeatable: true, help: "only the rules of PACK (a scheme or a profile); repeatable")

    /// Prints the table of every rule in the format asked for.
    static func run(_ parsed: ParsedArguments, environment: CommandEnvironment) throws(UsageError) -> Int32 {
        guard parsed.positionals.isEmpty else { throw UsageError("rules takes no PATH") }
        guard var packs = environment.builtInPacks() else { return ExitStatus.failure }
        let chosen = Set(parsed.values("pack"))
        if !chosen.isEmpty { packs = packs.filter { chosen.contains($0.identifier) } }
        let language = environment.language(parsed)
        switch parsed.value("format").flatMap(Format.init(rawValue:)) ?? .text {
        case .json: environment.writeOutput(RuleDocumentation.json(packs))
        case .markdown:
            environment.writeOutput(RuleDocumentation.markdown(packs, sourcePaths: RuleRegistry.sourcePaths))
        case .text: environment.writeOutput(RuleDocumentation.table(packs, language: language))
        }
        return ExitStatus.success
    }
}
