/// One command of the tool: everything dispatch, the overview, the help and
/// shell completions need to know about it.
struct Command: Sendable {
    /// The name typed after `dossierlint` (`check`).
    var name: String
    /// One line for the overview's COMMANDS list.
    var abstract: String
    /// The command's line in the overview's USAGE, after `dossierlint `.
    var synopsis: String
    /// The help shown before the options (ending with `OPTIONS:`).
    var usage: String
    /// The help shown after the options.
    var epilogue: String
    /// The options, `--help` last.
    var parser: ArgumentParser
    /// Runs the command on its parsed arguments.
    var body: @Sendable (ParsedArguments, CommandEnvironment) throws(UsageError) -> Int32

    /// Describes a command; `--help` is added to `options`.
    init(
        name: String, abstract: String, synopsis: String, usage: String, epilogue: String = "",
        options: [OptionSpecification],
        body: @escaping @Sendable (ParsedArguments, CommandEnvironment) throws(UsageError) -> Int32
    ) {
        self.name = name
        self.abstract = abstract
        self.synopsis = synopsis
        self.usage = usage
        self.epilogue = epilogue
        self.parser = ArgumentParser(options: options + [.helpFlag])
        self.body = body
    }

    /// The text of `dossierlint NAME --help`.
    var help: String {
        usage + "\n" + parser.helpLines().joined(separator: "\n") + "\n" + epilogue
    }

    /// Parses `arguments` (those after the command's name), then shows the help or runs the command.
    func run(_ arguments: [String], environment: CommandEnvironment) throws(UsageError) -> Int32 {
        let parsed = try parser.parse(arguments)
        if parsed.flag("help") {
            environment.writeOutput(help)
            return ExitStatus.success
        }
        return try body(parsed, environment)
    }
}

/// The commands of the tool: the one table that dispatch, the overview and
/// shell completions read.
enum Commands {
    /// Every command, in the order the overview lists them.
    static let all: [Command] = [
        CheckCommand.command, RulesCommand.command, ExplainCommand.command, AuditCommand.command,
        ConfigCommand.command, CalendarCommand.command, SchemaCommand.command, InitCommand.command,
    ]

    /// The command run when the first argument names none (`dossierlint PATH...`).
    static let defaultCommand = CheckCommand.command

    /// The command called `name`, if any.
    static func named(_ name: String) -> Command? {
        all.first { $0.name == name }
    }

    /// The text of `dossierlint --help` (before the exit statuses).
    static var overview: String {
        let width = (all.map(\.name.count).max() ?? 0) + 3
        let usage = all.map { "dossierlint " + $0.synopsis } + ["dossierlint --version | --help"]
        let commands = all.map { "  " + $0.name + String(repeating: " ", count: width - $0.name.count) + $0.abstract }
        return """
            dossierlint \(dossierlintVersion): checks certification audit dossiers against
            CNCA-ITSMS-01:2026 《信息技术服务管理体系认证规则》.

            USAGE: \(usage.joined(separator: "\n       "))

            COMMANDS:
            \(commands.joined(separator: "\n"))

            Run 'dossierlint check --help' for the options of check, 'dossierlint audit --help' for audit.

            """
    }
}
