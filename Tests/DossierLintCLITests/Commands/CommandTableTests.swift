import DossierLintKit
import DossierRules
import Testing

@testable import DossierLintCLI

/// The table of commands drives dispatch, the overview and the options' allowed values.
@Suite("command table")
struct CommandTableTests {
    @Test("every command in the table is dispatched by its name and shows its own help")
    func dispatch() {
        #expect(
            Commands.all.map(\.name) == [
                "check", "rules", "explain", "audit", "config", "calendar", "schema", "init", "completions",
            ])
        for command in Commands.all {
            let run = CommandRunner.run([command.name, "--help"])
            #expect(run.status == ExitStatus.success, "\(command.name)")
            #expect(run.output == command.help, "\(command.name)")
            #expect(command.parser.options.last?.name == "help", "\(command.name)")
        }
        #expect(Set(Commands.all.map(\.name)).count == Commands.all.count, "a name is listed twice")
    }

    @Test("a bare PATH runs the default command, check")
    func defaultCommand() {
        #expect(Commands.defaultCommand.name == "check")
        let arguments = ["\(packageRoot)/Samples/clean-initial.yaml", "--as-of", "2026-11-24", "--format", "json"]
        let bare = CommandRunner.run(arguments)
        let named = CommandRunner.run(["check"] + arguments)
        #expect(bare.status == named.status && bare.output == named.output && bare.error == named.error)
        #expect(!bare.output.isEmpty)
    }

    @Test("the overview lists every command with its synopsis and abstract")
    func overview() {
        let help = CommandRunner.run(["--help"])
        #expect(help.status == ExitStatus.success)
        let lines = help.output.split(separator: "\n").map(String.init)
        for command in Commands.all {
            #expect(help.output.contains("dossierlint \(command.synopsis)\n"), "\(command.name)")
            let listed = lines.first { $0.hasPrefix("  \(command.name) ") && $0.hasSuffix(" \(command.abstract)") }
            #expect(listed != nil, "\(command.name) is listed under COMMANDS")
        }
        #expect(help.output.contains("       dossierlint --version | --help\n"))
        #expect(help.output.hasSuffix(ExitStatus.help))
        #expect(CommandRunner.run(["help"]).output == help.output)
        #expect(CommandRunner.run([]).error == Commands.overview)
        #expect(CommandRunner.run(["--version"]).output == "dossierlint \(dossierlintVersion)\n")
    }

    @Test("every option with a fixed set of values takes them from their source")
    func allowedValues() {
        let packs = (try? BuiltInRules.packs.get()) ?? []
        let schemes = packs.filter { $0.base == nil }.map(\.identifier).sorted()
        let profiles = packs.filter { $0.base != nil }.map(\.identifier).sorted()
        let sources: [String: [String]] = [
            "check --format": Reporters.names,
            "rules --format": RulesCommand.Format.allCases.map(\.rawValue),
            "config --format": ConfigCommand.Format.allCases.map(\.rawValue),
            "calendar --format": CalendarCommand.Format.allCases.map(\.rawValue),
            "rules --pack": ((try? BuiltInRules.packs.get()) ?? []).map(\.identifier).sorted(),
            "schema --scheme": schemes, "init --scheme": schemes, "init --profile": profiles,
            "init --cycle": DossierTemplate.Cycle.allCases.map(\.rawValue),
        ]
        for command in Commands.all {
            for option in command.parser.options {
                guard let allowed = option.allowedValues else { continue }
                let key = "\(command.name) --\(option.name)"
                switch option.name {
                case "lang": #expect(allowed == Language.allCases.map(\.rawValue), "\(key)")
                case "fail-on": #expect(allowed == FailThreshold.allCases.map(\.rawValue), "\(key)")
                default: #expect(sources[key] == allowed, "\(key) has a source")
                }
            }
        }
        #expect(Reporters.names.allSatisfy { CheckCommand.parser.options[0].help.contains($0) })
    }
}
