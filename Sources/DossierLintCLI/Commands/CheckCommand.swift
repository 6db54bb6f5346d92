import DossierLintKit
import DossierRules
import DossierSyntax
import Foundation

/// `dossierlint [check] PATH...`: checks dossiers and reports findings.
enum CheckCommand {
    static let parser = ArgumentParser(options: [
        OptionSpecification(
            "format", short: "f", value: "FORMAT", allowed: ["text", "json", "junit", "sarif", "github"],
            help: "output format: text (default), json, junit, sarif, github"),
        OptionSpecification("output", short: "o", value: "FILE", help: "write the report to FILE (whole or not at all)"),
        OptionSpecification("as-of", value: "YYYY-MM-DD", help: "judge every dossier as of this day"),
        OptionSpecification("profile", value: "NAME", help: "certification body profile to apply"),
        OptionSpecification("registry", value: "FILE", help: "repository registry of the body and its personnel"),
        OptionSpecification("config", value: "FILE", help: "configuration file"),
        OptionSpecification(
            "fail-on", value: "LEVEL", allowed: ["error", "warning", "info", "never"],
            help: "lowest severity that fails the run (default: error)"),
        OptionSpecification("lang", value: "LANG", allowed: ["zh", "en"], help: "message language (default: from the locale)"),
        OptionSpecification("stdin-filename", value: "NAME", help: "name to report for a dossier read from '-'"),
        OptionSpecification("disable", value: "RULE", repeatable: true, help: "do not run RULE (id or clause); repeatable"),
        OptionSpecification("no-color", help: "never colour the text output"),
        OptionSpecification(
            "junit-locations",
            help: "junit: add file/line on test cases and skipped on testsuites (GitLab; not in the JUnit XSD)"),
        OptionSpecification("help", short: "h", help: "show this help"),
    ])

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
        let failOn = FailThreshold(rawValue: parsed.value("fail-on") ?? "error") ?? .error
        let format = parsed.value("format") ?? "text"
        if parsed.value("config") != nil {
            throw UsageError("--config is not supported yet")
        }

        let linter: Linter
        do {
            linter = try BuiltInRules.linter(settings: RuleSettings(disabled: Set(parsed.values("disable"))))
        } catch {
            environment.writeError("dossierlint: error: the built-in rule packs do not load: \(error)\n")
            return ExitStatus.failure
        }

        let (inputs, missing) = FileDiscovery.expand(
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
                    if registryPath == nil && FileManager.default.fileExists(atPath: candidate) { registryPath = candidate }
                }
            }
        }
        var registryPersonnel: [String: Field] = [:]
        var registryFailed = false
        if let registryPath {
            switch Registry.load(path: registryPath) {
            case .success(let personnel): registryPersonnel = personnel
            case .failure(let error):
                environment.writeError(error.description + "\n")
                registryFailed = true
            }
        }

        let checker = FileChecker(
            linter: linter, asOf: asOf, today: today(), registryPersonnel: registryPersonnel)
        let outcomes = checkAll(inputs, checker: checker, environment: environment)

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
        let report = CheckReport(
            toolVersion: dossierlintVersion, asOf: asOf ?? today(), files: files, skippedFiles: skipped, failOn: failOn)
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

    /// Reads and checks every input on all cores, keeping input order.
    static func checkAll(_ inputs: [InputFile], checker: FileChecker, environment: CommandEnvironment) -> [FileOutcome] {
        let results = OutcomeStore(count: inputs.count)
        let standardInput: [UInt8]? = inputs.contains { $0.readPath == nil } ? environment.readInput() : nil
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            let input = inputs[index]
            let outcome: FileOutcome
            if let path = input.readPath {
                if let data = FileManager.default.contents(atPath: path) {
                    outcome = checker.check(path: input.displayPath, data: [UInt8](data), requireSchema: !input.named)
                } else {
                    let error = ParseError(.syntax, "cannot read the file", at: .start, file: input.displayPath)
                    outcome = .checked(
                        FileReport(
                            path: input.displayPath, dossierId: nil, scheme: nil, profile: nil,
                            findings: [Finding(parseError: error, file: input.displayPath)], outcomes: []),
                        parseError: error)
                }
            } else {
                outcome = checker.check(path: input.displayPath, data: standardInput ?? [], requireSchema: false)
            }
            results.set(index, outcome)
        }
        return results.all
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
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ outcome: FileOutcome) {
        lock.lock()
        slots[index] = outcome
        lock.unlock()
    }

    var all: [FileOutcome] { slots.compactMap { $0 } }
}
