import DossierLintKit
import DossierRules
import Foundation

/// `dossierlint rules`: the table of every rule.
enum RulesCommand {
    static let parser = ArgumentParser(options: [
        OptionSpecification(
            "format", short: "f", value: "FORMAT", allowed: ["text", "json", "markdown"],
            help: "text (default), json or markdown (the generated Rules/README.md)"),
        OptionSpecification("lang", value: "LANG", allowed: ["zh", "en"], help: "title language"),
        OptionSpecification("help", short: "h", help: "show this help"),
    ])

    static func run(_ arguments: [String], environment: CommandEnvironment) throws(UsageError) -> Int32 {
        let parsed = try parser.parse(arguments)
        if parsed.flag("help") {
            environment.writeOutput(
                "USAGE: dossierlint rules [options]\n\nOPTIONS:\n" + parser.helpLines().joined(separator: "\n") + "\n")
            return ExitStatus.success
        }
        guard parsed.positionals.isEmpty else { throw UsageError("rules takes no PATH") }
        let packs: [RulePack]
        do {
            packs = try BuiltInRules.packs.get()
        } catch {
            environment.writeError(error.description + "\n")
            return ExitStatus.failure
        }
        let language = Language(rawValue: parsed.value("lang") ?? environment.defaultLanguage) ?? .en
        switch parsed.value("format") ?? "text" {
        case "json": environment.writeOutput(RuleDocumentation.json(packs))
        case "markdown":
            environment.writeOutput(RuleDocumentation.markdown(packs, sourcePaths: RuleRegistry.sourcePaths))
        default: environment.writeOutput(RuleDocumentation.table(packs, language: language))
        }
        return ExitStatus.success
    }
}

/// `dossierlint explain RULE`: one rule in full, found by id or clause.
enum ExplainCommand {
    static let parser = ArgumentParser(options: [
        OptionSpecification("lang", value: "LANG", allowed: ["zh", "en"], help: "language"),
        OptionSpecification("help", short: "h", help: "show this help"),
    ])

    static func run(_ arguments: [String], environment: CommandEnvironment) throws(UsageError) -> Int32 {
        let parsed = try parser.parse(arguments)
        if parsed.flag("help") {
            environment.writeOutput(
                "USAGE: dossierlint explain RULE-OR-CLAUSE [options]\n\nOPTIONS:\n"
                    + parser.helpLines().joined(separator: "\n") + "\n")
            return ExitStatus.success
        }
        guard parsed.positionals.count == 1, let query = parsed.positionals.first else {
            throw UsageError("explain takes one rule id or clause, e.g. 'dossierlint explain 5.6.1'")
        }
        let packs: [RulePack]
        do {
            packs = try BuiltInRules.packs.get()
        } catch {
            environment.writeError(error.description + "\n")
            return ExitStatus.failure
        }
        let language = Language(rawValue: parsed.value("lang") ?? environment.defaultLanguage) ?? .en
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
            let close = rules.map(\.identifier).filter { editDistance($0, query) <= 3 }.sorted()
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
