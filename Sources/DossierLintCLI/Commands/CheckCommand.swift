import DossierLintKit
import DossierRules
import DossierSyntax
import Foundation

/// `dossierlint [check] PATH...`: checks dossiers and reports findings.
enum CheckCommand {
    static let parser = ArgumentParser(
        options: [
            OptionSpecification(
                "format", short: "f", value: "FORMAT", allowed: ["text", "json", "junit", "sarif", "github"],
                help: "output format: text (default), json, junit, sarif, github"),
            OptionSpecification(
                "output", short: "o", value: "FILE", help: "write the report to FILE (whole or not at all)"),
            OptionSpecification("as-of", value: "YYYY-MM-DD", help: "judge every dossier as of this day"),
            OptionSpecification("profile", value: "NAME", help: "certification body profile to apply"),
            OptionSpecification("registry", value: "FILE", help: "repository registry of the body and its personnel"),
            OptionSpecification(
                "config", value: "FILE",
                help: "configuration file (default: the nearest .dossierlint.yml above each file)"),
            OptionSpecification(
                "fail-on", value: "LEVEL", allowed: ["error", "warning", "info", "never"],
                help: "lowest severity that fails the run (default: error)"),
            OptionSpecification(
                "lang", value: "LANG", allowed: ["zh", "en"], help: "message language (default: from the locale)"),
            OptionSpecification("stdin-filename", value: "NAME", help: "name to report for a dossier read from '-'"),
            OptionSpecification(
                "disable", value: "RULE", repeatable: true, help: "do not run RULE (id or clause); repeatable"),
            OptionSpecification("no-color", help: "never colour the text output"),
            OptionSpecification(
                "junit-locations",
                help: "junit: add file/line on test cases and skipped on testsuites (GitLab; not in the JUnit XSD)"),
        ] + configurationOptions + [OptionSpecification("help", short: "h", help: "show this help")])

    static let usage = """
        USAGE: dossierlint [check] PATH... [options]

        Checks certification audit dossiers (YAML or JSON, `schema: itsms-dossier/1`)
        against CNCA-ITSMS-01:2026. PATH is a file, a folder (searched recursively
        for *.yaml, *.yml, *.json) or '-' for standard input.

        OPTIONS:
        """

    static func run(_ arguments: [String], environment: CommandEnvironment) throws(UsageError) -> Int32 {
        let parsed = try parser.parse(arguments)
        if parsed.flag("help") {
            environment.writeOutput(usage + "\n" + parser.helpLines().joined(separator: "\n") + "\n" + ExitStatus.help)
            return ExitStatus.success
        }
        guard !parsed.positionals.isEmpty else { throw UsageError("no PATH given; try 'dossierlint check --help'") }
        var asOf: Day?
        if let text = parsed.value("as-of") {
            guard let day = Day(text) else { throw UsageError("--as-of '\(text)' is not a date YYYY-MM-DD") }
            asOf = day
        }
        let language = Language(rawValue: parsed.value("lang") ?? environment.defaultLanguage) ?? .en
        let failOnOption = parsed.value("fail-on").flatMap(FailThreshold.init(rawValue:))
        let format = parsed.value("format") ?? "text"
        let linter: Linter
        do {
            linter = Linter(
                packs: try rulePacks(folder: parsed.value("rules")), rules: RuleRegistry.all,
                settings: RuleSettings(disabled: Set(parsed.values("disable"))))
        } catch {
            environment.writeError("dossierlint: error: the rule packs do not load: \(error)\n")
            return ExitStatus.failure
        }

        var (inputs, missing) = FileDiscovery.expand(
            parsed.positionals, stdinName: parsed.value("stdin-filename") ?? "<stdin>")
        for path in missing {
            environment.writeError("dossierlint: error: no such file or folder: \(path)\n")
        }

        // The registry: --registry, else registry.yaml / registry.json at the root of a folder given.
        var registryPath = parsed.value("registry")
        if registryPath == nil {
            for path in parsed.positionals where path != "-" {
                for name in ["registry.yaml", "registry.json"] {
                    let candidate = path.hasSuffix("/") ? path + name : path + "/" + name
                    if registryPath == nil && FileManager.default.fileExists(atPath: candidate) {
                        registryPath = candidate
                    }
                }
            }
        }
        // With --registry, it applies to every file; else a registry.yaml / registry.json applies to the files
        // in its folder and below. Where a registry applies, the repository rules run too (README, "Internal audit").
        let registries = RegistryAssignment(
            inputs: inputs, rootRegistry: registryPath, explicit: parsed.value("registry") != nil)
        for error in registries.errors { environment.writeError(error.description + "\n") }
        let registryFailed = !registries.errors.isEmpty
        let registryPersonnel = registryPath.flatMap { registries.personnel(for: $0) } ?? [:]

        guard
            let plan = plan(
                parsed, inputs: inputs, linter: linter, asOf: asOf, registryPersonnel: registryPersonnel,
                language: language, environment: environment)
        else { return ExitStatus.failure }
        inputs = selectedInputs(inputs, plan: plan, parsed: parsed)
        let repositoryChecker = RepositoryChecker(linter: linter)
        let (outcomes, summaries) = checkAll(
            inputs, plan: plan, registries: registries,
            summarize: registries.registries.isEmpty ? nil : DossierSummaries.summarizer(packs: linter.packs),
            keepOutcomes: format == "junit",
            environment: environment)

        var files: [FileReport] = []
        var skipped: [String] = []
        for outcome in outcomes {
            switch outcome {
            case .checked(let report, let parseError):
                if let parseError { environment.writeError(parseError.description + "\n") }
                files.append(report)
            case .skipped(let path): skipped.append(path)
            case .registry: break
            }
        }
        for (_, registry, _) in registries.registries {
            let dossiers = summaries.filter { registries.registry(for: $0.path)?.path == registry.path }
            let result = repositoryChecker.check(
                Repository(registry: registry, dossiers: dossiers), judgingDay: asOf ?? plan.asOfDay ?? today())
            files = RepositoryChecker.merge(result, into: files, home: registry.path)
        }
        var report = CheckReport(
            toolVersion: dossierlintVersion, asOf: asOf ?? plan.asOfDay ?? today(), files: files, skippedFiles: skipped,
            failOn: failOnOption ?? plan.failOn ?? .error)
        if let status = applyBaselines(
            to: &report, plan: plan, parsed: parsed, language: language, environment: environment)
        {
            return status
        }
        let rules = linter.packs.values.sorted { $0.identifier < $1.identifier }.flatMap(\.rules)
        let color =
            format == "text" && parsed.value("output") == nil && environment.outputIsTerminal
            && !parsed.flag("no-color") && environment.variables["NO_COLOR"] == nil
        let options = ReportOptions(
            language: language, color: color, rules: rules, junitLocations: parsed.flag("junit-locations"))
        guard let reporter = Reporters.named(format) else { throw UsageError("unknown format '\(format)'") }
        let text = reporter.render(report, options: options)
        if let output = parsed.value("output") {
            do {
                try AtomicWriter.write(text, to: output)
            } catch {
                environment.writeError("dossierlint: error: cannot write \(output): \(error.localizedDescription)\n")
                return ExitStatus.failure
            }
        } else {
            environment.writeOutput(text)
        }
        if !missing.isEmpty || registryFailed || report.hasUnreadableFiles { return ExitStatus.failure }
        return report.hasFailingFindings ? ExitStatus.findings : ExitStatus.success
    }

    /// Reads and checks every input on all cores, keeping input order, with progress on a terminal.
    /// With `summarize`, also returns the dossiers' summaries for the repository rules. Rule outcomes
    /// are kept only with `keepOutcomes` (JUnit reports passing rules), so memory grows with the findings alone.
    static func checkAll(
        _ inputs: [InputFile], plan: CheckPlan, registries: RegistryAssignment? = nil,
        summarize: DossierSummarizer? = nil, keepOutcomes: Bool = true,
        environment: CommandEnvironment
    ) -> (outcomes: [FileOutcome], summaries: [DossierSummary]) {
        let results = OutcomeStore(count: inputs.count)
        let progress = Progress(environment: environment, total: inputs.count)
        let checker = { (path: String) -> FileChecker in
            var checker = plan.checker(for: path)
            if let personnel = registries?.personnel(for: path) { checker.registryPersonnel = personnel }
            return checker
        }
        RepositoryScan.run(
            inputs, checker: checker, summarize: summarize, environment: environment, progress: progress,
            consume: { index, scanned in
                var outcome = scanned.outcome
                if !keepOutcomes, case .checked(var report, let error) = outcome {
                    report.outcomes = []
                    outcome = .checked(report, parseError: error)
                }
                results.set(index, outcome, summary: scanned.summary)
            })
        progress.finish()
        return (results.all, results.summaries)
    }

    static func today() -> Day {
        let components = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        return Day(year: components.year ?? 2026, month: components.month ?? 1, day: components.day ?? 1)
            ?? Day(ordinal: 0)
    }
}

/// Thread-safe slots for results computed in parallel.
final class OutcomeStore: @unchecked Sendable {
    private var slots: [FileOutcome?]
    private var summarySlots: [DossierSummary?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
        summarySlots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ outcome: FileOutcome, summary: DossierSummary? = nil) {
        lock.lock()
        slots[index] = outcome
        summarySlots[index] = summary
        lock.unlock()
    }

    var all: [FileOutcome] { slots.compactMap { $0 } }
    var summaries: [DossierSummary] { summarySlots.compactMap { $0 } }
}
