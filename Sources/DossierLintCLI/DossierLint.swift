import DossierLintKit

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

    static let helpZh = """

        退出状态：
          0  没有达到或高于 --fail-on（默认：error）的问题
          1  至少有一个达到或高于 --fail-on 的问题
          2  用法错误、配置或基线格式错误，或有文件无法读取或解析

        """

    /// The exit statuses of the help in `language`.
    static func help(in language: Language) -> String { language == .zh ? helpZh : help }
}

/// The command-line entry point, separate from `main` so tests can drive it.
public enum DossierLint {
    /// Runs the command line (without the program name) and returns the exit status.
    public static func run(_ arguments: [String], environment: CommandEnvironment = .process) -> Int32 {
        do {
            guard let first = arguments.first else {
                environment.writeError(Commands.overview(in: environment.language))
                return ExitStatus.failure
            }
            switch first {
            case "--version", "version":
                environment.writeOutput("dossierlint \(dossierlintVersion)\n")
                return ExitStatus.success
            case "--help", "-h", "help":
                let language = helpLanguage(arguments.dropFirst(), environment: environment)
                environment.writeOutput(Commands.overview(in: language) + ExitStatus.help(in: language))
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

    /// The language of `dossierlint --help [--lang LANG]`: `--lang LANG` or
    /// `--lang=LANG` among the words after it, else the locale's. Other words
    /// are passed over, as they always were.
    static func helpLanguage(_ words: ArraySlice<String>, environment: CommandEnvironment) -> Language {
        var words = words
        while let word = words.popFirst() {
            let value = word == "--lang" ? words.first : word.hasPrefix("--lang=") ? String(word.dropFirst(7)) : nil
            if let value, let language = Language(rawValue: value) { return language }
        }
        return environment.language
    }
}
