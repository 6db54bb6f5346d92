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
    /// Runs the command line (without the program name) and returns the exit status.
    public static func run(_ arguments: [String], environment: CommandEnvironment = .process) -> Int32 {
        do {
            guard let first = arguments.first else {
                environment.writeError(Commands.overview)
                return ExitStatus.failure
            }
            switch first {
            case "--version", "version":
                environment.writeOutput("dossierlint \(dossierlintVersion)\n")
                return ExitStatus.success
            case "--help", "-h", "help":
                environment.writeOutput(Commands.overview + ExitStatus.help)
                return ExitStatus.success
            default:
                if let command = Commands.named(first) {
                    return try command.run(Array(arguments.dropFirst()), environment: environment)
                }
                return try Commands.defaultCommand.run(arguments, environment: environment)
            }
        } catch {
            environment.writeError("dossierlint: error: \(error.message)\n")
            return ExitStatus.failure
        }
    }
}
