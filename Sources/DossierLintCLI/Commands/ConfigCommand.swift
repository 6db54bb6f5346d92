import DossierLintKit
import DossierRules
import DossierSyntax
import Foundation

/// `dossierlint config --print [PATH]`: shows the effective configuration.
enum ConfigCommand {
    static let parser = ArgumentParser(options: [
        OptionSpecification("print", help: "print the effective configuration for PATH (default: the current folder)"),
        OptionSpecification("config", value: "FILE", help: "use this configuration file instead of looking for one"),
        OptionSpecification(
            "format", short: "f", value: "FORMAT", allowed: ["yaml", "json"], help: "yaml (default) or json"),
        OptionSpecification("rules", value: "DIR", help: "add or override rule packs from DIR (laid out as Rules/)"),
        OptionSpecification("lang", value: "LANG", allowed: ["zh", "en"], help: "message language"),
        OptionSpecification("help", short: "h", help: "show this help"),
    ])

    static let usage = """
        USAGE: dossierlint config --print [PATH] [options]

        Prints the configuration that applies to PATH (a dossier or a folder; default:
        the current folder): the nearest .dossierlint.yml, .dossierlint.yaml or
        .dossierlint.json in PATH's folder or above, checked against the rule packs,
        every key with its value or default, and under `rules` each rule whose
        settings differ from its pack's. Exit status 2 when the configuration is
        malformed (file:line:column on standard error).

        OPTIONS:
        """

    static func run(_ arguments: [String], environment: CommandEnvironment) throws(UsageError) -> Int32 {
        let parsed = try parser.parse(arguments)
        if parsed.flag("help") {
            environment.writeOutput(usage + "\n" + parser.helpLines().joined(separator: "\n") + "\n")
            return ExitStatus.success
        }
        guard parsed.flag("print") else { throw UsageError("config needs --print; try 'dossierlint config --help'") }
        guard parsed.positionals.count <= 1 else { throw UsageError("config --print takes at most one PATH") }
        let language = Language(rawValue: parsed.value("lang") ?? environment.defaultLanguage) ?? .en
        let packs: [RulePack]
        do {
            packs = try CheckCommand.rulePacks(folder: parsed.value("rules"))
        } catch {
            environment.writeError(error.description + "\n")
            return ExitStatus.failure
        }
        let locator = ConfigurationLocator(currentDirectory: environment.currentDirectory)
        let path = parsed.positionals.first ?? "."
        let configuration: Configuration?
        let settings: RuleSettings
        do {
            if let file = parsed.value("config") {
                configuration = try locator.load(path: file)
            } else {
                let absolute = ConfigurationLocator.absolute(path, from: environment.currentDirectory)
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
                    throw UsageError("no such file or folder: \(path)")
                }
                configuration =
                    isDirectory.boolValue
                    ? try locator.configuration(forFolder: absolute) : try locator.configuration(forFile: path)
            }
            settings = try configuration?.ruleSettings(packs: packs) ?? RuleSettings()
        } catch let error as ConfigurationError {
            environment.writeError(error.description(in: language) + "\n")
            return ExitStatus.failure
        } catch let error as UsageError {
            throw error
        } catch {
            throw UsageError("\(error)")
        }
        let text =
            parsed.value("format") == "json"
            ? ConfigurationPrinter.json(configuration, settings: settings, packs: packs)
            : ConfigurationPrinter.yaml(configuration, settings: settings, packs: packs)
        environment.writeOutput(text)
        return ExitStatus.success
    }
}

/// The configuration, baseline and rule-folder steps of `check`, kept here so
/// that `CheckCommand.run` only calls them.
extension CheckCommand {
    /// The options of `check` that this file implements.
    static let configurationOptions = [
        OptionSpecification(
            "baseline", value: "FILE", help: "accept the findings recorded in FILE; fail only on new ones"),
        OptionSpecification(
            "write-baseline", value: "FILE", help: "record every current finding in FILE (then they are accepted)"),
        OptionSpecification("rules", value: "DIR", help: "add or override rule packs from DIR (laid out as Rules/)"),
        OptionSpecification(
            "skip-non-dossiers",
            help: "skip files named on the command line that are not dossiers, as in folders (pre-commit)"),
    ]

    /// The compiled-in packs, with the files of `folder` (laid out as `Rules/`)
    /// added, a file of the same relative path replacing the compiled-in one.
    static func rulePacks(folder: String?) throws(ParseError) -> [RulePack] {
        guard let folder else { return try BuiltInRules.packs.get() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ParseError(.syntax, "--rules: no such folder", at: .start, file: folder)
        }
        var files: [String: String] = [:]
        for (path, text) in BuiltInRules.files { files[path] = text }
        let root = URL(fileURLWithPath: folder).standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let relative = enumerator?.nextObject() as? String {
            guard relative.hasSuffix(".yaml"), !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") })
            else { continue }
            let full = root + "/" + relative
            guard let data = FileManager.default.contents(atPath: full) else {
                throw ParseError(.syntax, "cannot read the file", at: .start, file: full)
            }
            let source = try SourceText(path: full, data: [UInt8](data))
            files[relative] = String(decoding: source.bytes, as: UTF8.self)
        }
        return try RulePackLoader.load(files: files.keys.sorted().map { ($0, files[$0]!) })
    }

    /// Plans the run from the configuration files; prints the problem and
    /// returns `nil` when a configuration is malformed (exit status 2).
    static func plan(
        _ parsed: ParsedArguments, inputs: [InputFile], linter: Linter, asOf: Day?,
        registryPersonnel: [String: Field], language: Language, environment: CommandEnvironment
    ) -> CheckPlan? {
        let options = CheckOptions(
            configurationPath: parsed.value("config"), currentDirectory: environment.currentDirectory,
            disabled: parsed.values("disable"), asOf: asOf, profile: parsed.value("profile"), today: today(),
            registryPersonnel: registryPersonnel)
        do {
            return try CheckPlan(
                paths: inputs.map(\.displayPath), standardInput: inputs.first { $0.readPath == nil }?.displayPath,
                options: options, packs: linter.packs.values.sorted { $0.identifier < $1.identifier },
                rules: RuleRegistry.all)
        } catch {
            environment.writeError(error.description(in: language) + "\n")
            return nil
        }
    }

    /// The inputs to check: those the configurations include, and with
    /// `--skip-non-dossiers` named files treated like files found in folders.
    static func selectedInputs(_ inputs: [InputFile], plan: CheckPlan, parsed: ParsedArguments) -> [InputFile] {
        inputs.filter { plan.includes($0.displayPath) }.map { input in
            var input = input
            if parsed.flag("skip-non-dossiers") && input.readPath != nil { input.named = false }
            return input
        }
    }

    /// Writes the baseline (`--write-baseline`) and applies baselines
    /// (`--write-baseline`'s, else `--baseline`, else each configuration's
    /// `baseline`). Returns exit status 2 after printing the problem when a
    /// baseline cannot be read or written.
    static func applyBaselines(
        to report: inout CheckReport, plan: CheckPlan, parsed: ParsedArguments, language: Language,
        environment: CommandEnvironment
    ) -> Int32? {
        if let path = parsed.value("write-baseline") {
            let baseline = Baseline(report: report)
            do {
                try AtomicWriter.write(baseline.render(), to: path)
            } catch {
                environment.writeError("dossierlint: error: cannot write \(path): \(error.localizedDescription)\n")
                return ExitStatus.failure
            }
            environment.writeError(
                language == .zh
                    ? "dossierlint: 已将 \(baseline.total) 个问题写入基线 \(path)\n"
                    : "dossierlint: wrote \(baseline.total) findings to the baseline \(path)\n")
            let matcher = Baseline.Matcher(baseline, reason: "baseline \(path)")
            report.files = report.files.map(matcher.apply)
            return nil
        }
        let commandLine = parsed.value("baseline")
        var matchers: [String: Baseline.Matcher] = [:]
        for index in report.files.indices {
            let file = report.files[index]
            let path: String
            let shown: String
            if let commandLine {
                path = ConfigurationLocator.absolute(commandLine, from: environment.currentDirectory)
                shown = commandLine
            } else if let configured = plan.baselinePath(for: file.path) {
                path = configured
                shown = ConfigurationLocator(currentDirectory: environment.currentDirectory).displayPath(configured)
            } else {
                continue
            }
            if matchers[path] == nil {
                do throws(ConfigurationError) {
                    guard let data = FileManager.default.contents(atPath: path) else {
                        throw .unreadable(path: shown)
                    }
                    matchers[path] = Baseline.Matcher(
                        try Baseline.read(path: shown, data: [UInt8](data)), reason: "baseline \(shown)")
                } catch {
                    environment.writeError(error.description(in: language) + "\n")
                    return ExitStatus.failure
                }
            }
            report.files[index] = matchers[path]!.apply(to: file)
        }
        return nil
    }
}
