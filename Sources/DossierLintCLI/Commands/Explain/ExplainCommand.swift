import DossierLintKit

/// `dossierlint explain RULE`: one rule in full, found by id or clause.
enum ExplainCommand {
    /// The command, as the table lists it.
    static let command = Command(
        name: "explain", abstract: "show a rule's clause, rationale, parameters and examples",
        abstractZh: "显示一条规则的条款、依据、参数和示例", synopsis: "explain RULE-OR-CLAUSE \(language.synopsis)",
        usage: "USAGE: dossierlint explain RULE-OR-CLAUSE [options]\n\nOPTIONS:",
        usageZh: "用法：dossierlint explain RULE-OR-CLAUSE [选项]\n\n选项：", arguments: .values(BuiltInNames.rules),
        options: [language], body: run)

    private static let language = OptionSpecification.language(help: "language", zh: "语言")

    /// Prints the rules that the id or clause given names.
    static func run(_ parsed: ParsedArguments, environment: CommandEnvironment) throws(UsageError) -> Int32 {
        guard parsed.positionals.count == 1, let query = parsed.positionals.first else {
            throw UsageError("explain takes one rule id or clause, e.g. 'dossierlint explain 5.6.1'")
        }
        guard let packs = environment.builtInPacks() else { return ExitStatus.failure }
        let language = environment.language(parsed)
        let rules = packs.flatMap(\.rules)
        var matches = rules.filter { $0.identifier == query }
        if matches.isEmpty {
            let normalized = query.lowercased()
            matches = rules.filter { $0.clause.lowercased() == normalized }
            if matches.isEmpty {
                matches = rules.filter { $0.relatedClauses.contains { $0.lowercased() == normalized } }
            }
        }
        guard !matches.isEmpty else {
            let close = rules.map(\.identifier).filter { editDistance($0, query, limit: 3) <= 3 }.sorted()
            throw UsageError(
                "no rule or clause '\(query)'"
                    + (close.isEmpty ? "" : "; did you mean \(close.joined(separator: ", "))?")
                    + " ('dossierlint rules' lists them)")
        }
        environment.writeOutput(
            matches.map { RuleDocumentation.explain($0, packs: packs, language: language) }.joined(separator: "\n"))
        return ExitStatus.success
    }
}
