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
        abstractZh: "列出全部规则：编号、条款、严重程度、标题",
        synopsis: "rules \(format.synopsis) [--pack PACK] \(language.synopsis)",
        usage: "USAGE: dossierlint rules [options]\n\nOPTIONS:", usageZh: "用法：dossierlint rules [选项]\n\n选项：",
        options: [format, pack, language], body: run)

    private static let format = OptionSpecification(
        "format", short: "f", value: "FORMAT", allowed: Format.allCases.map(\.rawValue),
        help: "text (default), json or markdown (the generated Rules/README.md)",
        zh: "text（默认）、json 或 markdown（即生成的 Rules/README.md）")
    private static let language = OptionSpecification.language(help: "title language", zh: "标题语言")
    private static let pack = OptionSpecification(
        "pack", value: "PACK", allowed: BuiltInNames.packIdentifiers, repeatable: true,
        help: "only the rules of PACK (a scheme or a profile); repeatable",
        zh: "只列出规则包 PACK（认证方案或机构配置）的规则；可重复")

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
