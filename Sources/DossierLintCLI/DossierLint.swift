import DossierLintKit
import DossierRules

/// The tool's version.
public let dossierlintVersion = "0.1.0"

/// Exit statuses: part of the command-line contract.
public enum ExitStatus {
    /// No finding at or above `--fail-on`.
    public static let success: Int32 = 0
    /// At least one finding at or above `--fail-on`.
    public static let findings: Int32 = 1
    /// Usage error, or a file that could not be read or parsed.
    public static let failure: Int32 = 2

    static let help = """

        EXIT STATUS:
          0  no finding at or above --fail-on (default: error)
          1  at least one finding at or above --fail-on
          2  usage error, a malformed configuration or baseline, or a file that could not be read or parsed

        """
}

/// The command-line entry point, separate from `main` so tests can drive it.
public enum DossierLint {
    static let overview = """
        dossierlint \(dossierlintVersion): checks certification audit dossiers against
        CNCA-ITSMS-01:2026 《信息技术服务管理体系认证规则》.

        USAGE: dossierlint [check] PATH... [options]
               dossierlint rules [--format text|json|markdown] [--lang zh|en]
               dossierlint explain RULE-OR-CLAUSE [--lang zh|en]
               dossierlint audit DIR --year YYYY --output-dir OUT [--previous FILE]
               dossierlint config --print [PATH] [--config FILE] [--format yaml|json]
               dossierlint --version | --help

        COMMANDS:
          check     check dossiers (the default command)
          rules     list every rule: id, clause, severity, title
          explain   show a rule's clause, rationale, parameters and examples
          audit     the yearly internal audit (11.2): report in Markdown, HTML and JSON
          config    show the effective configuration (.dossierlint.yml) for a path

        Run 'dossierlint check --help' for the options of check, 'dossierlint audit --help' for audit.

        """

    /// Runs the command line (without the program name) and returns the exit status.
    public static func run(_ arguments: [String], environment: CommandEnvironment = .process) -> Int32 {
        do {
            guard let first = arguments.first else {
                environment.writeError(overview)
                return ExitStatus.failure
            }
            switch first {
            case "--version", "version":
                environment.writeOutput("dossierlint \(dossierlintVersion)\n")
                return ExitStatus.success
            case "--help", "-h", "help":
                environment.writeOutput(overview + ExitStatus.help)
                return ExitStatus.success
            case "check":
                return try CheckCommand.run(Array(arguments.dropFirst()), environment: environment)
            case "rules":
                return try RulesCommand.run(Array(arguments.dropFirst()), environment: environment)
            case "explain":
                return try ExplainCommand.run(Array(arguments.dropFirst()), environment: environment)
            case "audit":
                return try AuditCommand.run(Array(arguments.dropFirst()), environment: environment)
            case "config":
                return try ConfigCommand.run(Array(arguments.dropFirst()), environment: environment)
            default:
                return try CheckCommand.run(arguments, environment: environment)
            }
        } catch {
            environment.writeError("dossierlint: error: \(error.message)\n")
            return ExitStatus.failure
        }
    }
}
