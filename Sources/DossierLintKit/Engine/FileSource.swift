/// One input of a run.
public struct InputFile: Sendable {
    /// The path as shown in reports (relative paths stay relative).
    public var displayPath: String
    /// The path to read, or `nil` for standard input.
    public var readPath: String?
    /// Whether the user named the file itself (checked even without a schema line).
    public var named: Bool

    /// Creates an input.
    public init(displayPath: String, readPath: String?, named: Bool) {
        self.displayPath = displayPath
        self.readPath = readPath
        self.named = named
    }
}

/// How a run reads its inputs, registries and baselines. The command line
/// hands the Kit the file system and standard input; tests may hand it
/// anything, so the Kit itself never decides where bytes come from.
public struct FileSource: Sendable {
    /// The bytes of the file at `path`, or `nil` when it cannot be read.
    public var contents: @Sendable (String) -> [UInt8]?
    /// All of standard input (read at most once per run).
    public var standardInput: @Sendable () -> [UInt8]

    /// Creates a source.
    public init(
        contents: @escaping @Sendable (String) -> [UInt8]?, standardInput: @escaping @Sendable () -> [UInt8] = { [] }
    ) {
        self.contents = contents
        self.standardInput = standardInput
    }
}
