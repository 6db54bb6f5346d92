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

/// What reading an input of at most a given number of bytes gave.
public enum BoundedRead: Sendable, Equatable {
    /// The whole input.
    case bytes([UInt8])
    /// The input is larger than the limit: its size when known before reading
    /// (a regular file's, from the file system), `nil` when only reading told.
    case tooLarge(size: Int?)
    /// The input cannot be read, with the reason in words when known.
    case failed(reason: String?)
}

/// How a run reads its inputs, registries and baselines. The command line
/// hands the Kit the file system and standard input; tests may hand it
/// anything, so the Kit itself never decides where bytes come from.
public struct FileSource: Sendable {
    /// The bytes of the file at `path`, or `nil` when it cannot be read.
    public var contents: @Sendable (String) -> [UInt8]?
    /// The file at `path` if it is at most `limit` bytes: a larger file is refused
    /// by its size before it is read, so memory stays bounded by the limit.
    public var read: @Sendable (_ path: String, _ limit: Int) -> BoundedRead
    /// Standard input, at most `limit` bytes of it (read at most once per run).
    public var standardInput: @Sendable (_ limit: Int) -> [UInt8]
    /// Why the file at `path` cannot be read, in words ("Permission denied"),
    /// asked after `contents` returned `nil`; `nil` when the reason is unknown.
    public var failureReason: @Sendable (String) -> String?

    /// Creates a source.
    /// Creates a source; without `read`, a file is read whole by `contents` and
    /// then measured against the limit.
    public init(
        contents: @escaping @Sendable (String) -> [UInt8]?,
        read: (@Sendable (_ path: String, _ limit: Int) -> BoundedRead)? = nil,
        standardInput: @escaping @Sendable (_ limit: Int) -> [UInt8] = { _ in [] },
        failureReason: @escaping @Sendable (String) -> String? = { _ in nil }
    ) {
        self.contents = contents
        self.read =
            read ?? { path, limit in
                guard let bytes = contents(path) else { return .failed(reason: failureReason(path)) }
                return bytes.count > limit ? .tooLarge(size: bytes.count) : .bytes(bytes)
            }
        self.standardInput = standardInput
        self.failureReason = failureReason
    }
}
