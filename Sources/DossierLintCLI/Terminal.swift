import DossierLintKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a command reads and writes, so tests can capture everything.
public struct CommandEnvironment: Sendable {
    /// Writes to standard output.
    public var writeOutput: @Sendable (String) -> Void
    /// Copies `length` bytes of an open file, from `offset`, to standard output (see
    /// `ReportStream.FileCopy`); `nil` when standard output takes text only.
    public var copyToOutput: (@Sendable (_ descriptor: Int32, _ offset: Int, _ length: Int) -> Bool)?
    /// Writes to standard error.
    public var writeError: @Sendable (String) -> Void
    /// Reads standard input, at most the given number of bytes.
    public var readInput: @Sendable (_ limit: Int) -> [UInt8]
    /// Whether standard output is a terminal.
    public var outputIsTerminal: Bool
    /// Whether standard error is a terminal.
    public var errorIsTerminal: Bool
    /// Environment variables.
    public var variables: [String: String]
    /// The current directory.
    public var currentDirectory: String

    /// Creates an environment.
    public init(
        writeOutput: @escaping @Sendable (String) -> Void, writeError: @escaping @Sendable (String) -> Void,
        readInput: @escaping @Sendable (_ limit: Int) -> [UInt8], outputIsTerminal: Bool, errorIsTerminal: Bool,
        variables: [String: String], currentDirectory: String,
        copyToOutput: (@Sendable (_ descriptor: Int32, _ offset: Int, _ length: Int) -> Bool)? = nil
    ) {
        self.writeOutput = writeOutput
        self.copyToOutput = copyToOutput
        self.writeError = writeError
        self.readInput = readInput
        self.outputIsTerminal = outputIsTerminal
        self.errorIsTerminal = errorIsTerminal
        self.variables = variables
        self.currentDirectory = currentDirectory
    }

    /// The real process environment.
    public static var process: CommandEnvironment {
        CommandEnvironment(
            writeOutput: { text in writeAll(text, to: 1) }, writeError: { text in writeAll(text, to: 2) },
            readInput: { limit in BoundedReader.read(descriptor: 0, limit: limit) },
            outputIsTerminal: isatty(1) == 1, errorIsTerminal: isatty(2) == 1,
            variables: FileSystem.environment, currentDirectory: FileSystem.currentDirectory,
            copyToOutput: { descriptor, offset, length in copyAll(from: descriptor, offset: offset, length: length) })
    }

    /// Copies bytes of an open file to standard output (`copyFully`): `false` when standard
    /// output cannot take a copy. A copy that fails ends the process as `writeAll` does.
    static func copyAll(from descriptor: Int32, offset: Int, length: Int) -> Bool {
        switch copyFully(from: descriptor, offset: offset, length: length, to: 1) {
        case .copied: return true
        case .unsupported: return false
        case .failed(let failure):
            writeAll(
                "dossierlint: error: cannot write to standard output: \(String(cString: strerror(failure)))\n", to: 2)
            exit(ExitStatus.failure)
        }
    }

    /// Writes all of `text` to the file `descriptor` (1 or 2). A write that
    /// fails (a full disk) ends the process with exit status 2, saying why
    /// on standard error: the report is never cut short silently.
    static func writeAll(_ text: String, to descriptor: Int32) {
        guard let failure = writeFully(text, to: descriptor) else { return }
        if descriptor != 2 {
            let name = descriptor == 1 ? "standard output" : "file descriptor \(descriptor)"
            writeAll("dossierlint: error: cannot write to \(name): \(String(cString: strerror(failure)))\n", to: 2)
        }
        exit(ExitStatus.failure)
    }

    /// The message language of the locale (`defaultLanguage`).
    public var language: Language { Language(rawValue: defaultLanguage) ?? .en }

    /// The message language from `LC_ALL`, `LC_MESSAGES` or `LANG` (Chinese for `zh*`).
    public var defaultLanguage: String {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = variables[name], !value.isEmpty {
                return value.lowercased().hasPrefix("zh") ? "zh" : "en"
            }
        }
        return "en"
    }
}
