/// One input of a run.
public struct InputFile: Sendable {
    /// The path as shown in reports (relative paths stay relative).
    public var displayPath: String
    /// The path to read, or `nil` for standard input.
    public var readPath: String?
    /// Whether the user named the file itself (checked even without a schema line).
    public var named: Bool
    /// Why the input cannot be read, when that is known before reading it (a
    /// folder that cannot be listed: "cannot read the folder: Permission denied").
    /// Such an input is reported as unreadable, like a file that cannot be read.
    public var failure: String?

    /// Creates an input.
    public init(displayPath: String, readPath: String?, named: Bool, failure: String? = nil) {
        self.displayPath = displayPath
        self.readPath = readPath
        self.named = named
        self.failure = failure
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
    /// Why the file at `path` cannot be read, in words ("Permission denied"),
    /// asked after `contents` returned `nil`; `nil` when the reason is unknown.
    public var failureReason: @Sendable (String) -> String?

    /// Creates a source.
    public init(
        contents: @escaping @Sendable (String) -> [UInt8]?, standardInput: @escaping @Sendable () -> [UInt8] = { [] },
        failureReason: @escaping @Sendable (String) -> String? = { _ in nil }
    ) {
        self.contents = contents
        self.standardInput = standardInput
        self.failureReason = failureReason
    }
}
