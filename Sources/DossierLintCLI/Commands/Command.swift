import DossierLintKit

/// One command of the tool: everything dispatch, the overview, the help and
/// shell completions need to know about it, in English and in Chinese.
struct Command: Sendable {
    /// The name typed after `dossierlint` (`check`).
    var name: String
    /// One line for the overview's COMMANDS list.
    var abstract: String
    /// The same line in Chinese.
    var abstractZh: String
    /// The command's line in the overview's USAGE, after `dossierlint `.
    var synopsis: String
    /// The help shown before the options (ending with `OPTIONS:`).
    var usage: String
    /// The same in Chinese (ending with `选项：`).
    var usageZh: String
    /// The help shown after the options.
    var epilogue: String
    /// The same in Chinese.
    var epilogueZh: String
    /// What a shell completes for the command's arguments (its PATH, DIR, RULE…).
    var arguments: ValueCompletion
    /// The options, `--help` last.
    var parser: ArgumentParser
    /// Runs the command on its parsed arguments.
    var body: @Sendable (ParsedArguments, CommandEnvironment) throws(UsageError) -> Int32

    /// Describes a command; `--help` is added to `options`.
    init(
        name: String, abstract: String, abstractZh: String, synopsis: String, usage: String, usageZh: String,
        epilogue: String = "", epilogueZh: String = "", arguments: ValueCompletion = .none,
        options: [OptionSpecification],
        body: @escaping @Sendable (ParsedArguments, CommandEnvironment) throws(UsageError) -> Int32
    ) {
        self.name = name
        self.abstract = abstract
        self.abstractZh = abstractZh
        self.synopsis = synopsis
        self.usage = usage
        self.usageZh = usageZh
        self.epilogue = epilogue
        self.epilogueZh = epilogueZh
        self.arguments = arguments
        self.parser = ArgumentParser(options: options + [.helpFlag])
        self.body = body
    }

    /// The text of `dossierlint NAME --help`, in English.
    var help: String { help(in: .en) }

    /// The text of `dossierlint NAME --help` in `language`.
    func help(in language: Language) -> String {
        let lines = parser.helpLines(in: language).joined(separator: "\n")
        return language == .zh ? usageZh + "\n" + lines + "\n" + epilogueZh : usage + "\n" + lines + "\n" + epilogue
    }

    /// The overview's line for the command in `language`.
    func abstract(in language: Language) -> String { language == .zh ? abstractZh : abstract }

    /// Parses `arguments` (those after the command's name), then shows the help
    /// (in `--lang`'s language, else the locale's) or runs the command.
    func run(_ arguments: [String], environment: CommandEnvironment) throws(UsageError) -> Int32 {
        let parsed = try parser.parse(arguments)
        if parsed.flag("help") {
            environment.writeOutput(help(in: environment.language(parsed)))
            return ExitStatus.success
        }
        return try body(parsed, environment)
    }
}

/// The commands of the tool: the one table that dispatch, the overview, the
/// help and shell completions read.
enum Commands {
    /// Every command, in the order the overview lists them.
    static let all: [Command] = [
        CheckCommand.command, RulesCommand.command, ExplainCommand.command, AuditCommand.command,
        ConfigCommand.command, CalendarCommand.command, SchemaCommand.command, InitCommand.command,
        CompletionsCommand.command,
    ]

    /// The command run when the first argument names none (`dossierlint PATH...`).
    static let defaultCommand = CheckCommand.command

    /// The command called `name`, if any.
    static func named(_ name: String) -> Command? {
        all.first { $0.name == name }
    }

    /// The text of `dossierlint --help` (before the exit statuses), in English.
    static var overview: String { overview(in: .en) }

    /// The text of `dossierlint --help` (before the exit statuses) in `language`.
    static func overview(in language: Language) -> String {
        let width = (all.map(\.name.count).max() ?? 0) + 3
        let usage = all.map { "dossierlint " + $0.synopsis } + ["dossierlint --version | --help"]
        let commands = all.map {
            "  " + $0.name + String(repeating: " ", count: width - $0.name.count) + $0.abstract(in: language)
        }
        if language == .zh {
            return """
                dossierlint \(dossierlintVersion)：按 CNCA-ITSMS-01:2026《信息技术服务管理体系认证规则》
                检查认证审核档案。

                用法：\(usage.joined(separator: "\n      "))

                命令：
                \(commands.joined(separator: "\n"))

                运行 'dossierlint check --help' 查看 check 的选项，'dossierlint audit --help' 查看 audit 的选项；
                加 --lang en 显示英文帮助。

                """
        }
        return """
            dossierlint \(dossierlintVersion): checks certification audit dossiers against
            CNCA-ITSMS-01:2026 《信息技术服务管理体系认证规则》.

            USAGE: \(usage.joined(separator: "\n       "))

            COMMANDS:
            \(commands.joined(separator: "\n"))

            Run 'dossierlint check --help' for the options of check, 'dossierlint audit --help' for audit;
            add --lang zh for the help in Chinese.

            """
    }
}
