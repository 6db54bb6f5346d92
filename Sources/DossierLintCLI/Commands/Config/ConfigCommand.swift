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
        abstractZh: "显示对某一路径生效的配置（.dossierlint.yml）",
        synopsis: "config --print [PATH] \(configuration.synopsis) \(format.synopsis)", usage: usage, usageZh: usageZh,
        arguments: .files,
        options: [
            OptionSpecification(
                "print", help: "print the effective configuration for PATH (default: the current folder)",
                zh: "打印对 PATH 生效的配置（默认：当前文件夹）"),
            configuration, format, .rules, .language(help: "message language", zh: "消息语言"),
        ], body: run)

    private static let configuration = OptionSpecification(
        "config", value: "FILE", help: "use this configuration file instead of looking for one",
        zh: "使用该配置文件，不再查找")
    private static let format = OptionSpecification(
        "format", short: "f", value: "FORMAT", allowed: Format.allCases.map(\.rawValue), help: "yaml (default) or json",
        zh: "yaml（默认）或 json")

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

    /// The help shown before the options, in Chinese.
    static let usageZh = """
        用法：dossierlint config --print [PATH] [选项]

        打印对 PATH（档案或文件夹；默认：当前文件夹）生效的配置：PATH 所在文件夹或
        上级文件夹中最近的 .dossierlint.yml、.dossierlint.yaml 或 .dossierlint.json，
        经规则包检查，列出每个键的值或默认值，并在 `rules` 下列出设置与所属规则包
        不同的每条规则。配置格式错误时退出状态为 2（标准错误上给出 file:line:column）。

        选项：
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
