import DossierLintKit
import DossierSyntax

/// `dossierlint config --print [PATH]`: shows the effective configuration.
enum ConfigCommand {
    /// The formats the configuration is printed in.
    enum Format: String, CaseIterable {
        /// YAML, as a `.dossierlint.yml` is written (the default).
        case yaml
        /// JSON.
        case json
    }

    /// The command, as the table lists it.
    static let command = Command(
        name: "config", abstract: "show the effective configuration (.dossierlint.yml) for a path",
        synopsis: "config --print [PATH] \(configuration.synopsis) \(format.synopsis)", usage: usage,
        options: [
            OptionSpecification(
                "print", help: "print the effective configuration for PATH (default: the current folder)"),
            configuration, format,
            OptionSpecification(
                "rules", value: "DIR", help: "add or override rule packs from DIR (laid out as Rules/)"),
            .language(help: "message language"),
        ], body: run)

    private static let configuration = OptionSpecification(
        "config", value: "FILE", help: "use this configuration file instead of looking for one")
    private static let format = OptionSpecification(
        "format", short: "f", value: "FORMAT", allowed: Format.allCases.map(\.rawValue), help: "yaml (default) or json")

    /// The help shown before the options.
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

    /// Prints the configuration that applies to PATH.
    static func run(_ parsed: ParsedArguments, environment: CommandEnvironment) throws(UsageError) -> Int32 {
        guard parsed.flag("print") else { throw UsageError("config needs --print; try 'dossierlint config --help'") }
        guard parsed.positionals.count <= 1 else { throw UsageError("config --print takes at most one PATH") }
        let language = environment.language(parsed)
        let packs: [RulePack]
        do {
            packs = try RulePackFolder.packs(adding: parsed.value("rules"))
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
                guard let status = FileDiscovery.status(of: absolute, following: true) else {
                    throw UsageError("no such file or folder: \(path)")
                }
                configuration =
                    status.isDirectory
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
            parsed.value("format").flatMap(Format.init(rawValue:)) == .json
            ? ConfigurationPrinter.json(configuration, settings: settings, packs: packs)
            : ConfigurationPrinter.yaml(configuration, settings: settings, packs: packs)
        environment.writeOutput(text)
        return ExitStatus.success
    }
}
