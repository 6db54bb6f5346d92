/// What reporters need besides the results.
public struct ReportOptions: Sendable {
    /// The language of messages.
    public var language: Language
    /// Whether to use ANSI colours (text reporter, only on a terminal).
    public var color: Bool
    /// Descriptions of the rules that ran, for formats that list rule metadata (SARIF).
    public var rules: [RuleDescription]
    /// JUnit only: also write the attributes the command-line contract names but
    /// the common JUnit XSD (`junit-10.xsd`) does not declare: `skipped` on
    /// `<testsuites>`, `file` and `line` on `<testcase>` (GitLab reads them).
    /// Off by default, so the output validates against the XSD (Jenkins' xunit
    /// plugin rejects files that do not).
    public var junitLocations: Bool

    /// Creates options.
    public init(
        language: Language = .en, color: Bool = false, rules: [RuleDescription] = [], junitLocations: Bool = false
    ) {
        self.language = language
        self.color = color
        self.rules = rules
        self.junitLocations = junitLocations
    }
}

/// What a report says before any file: known when the run starts.
public struct ReportHeader: Sendable {
    /// The tool version.
    public var toolVersion: String
    /// The judging day of the run.
    public var asOf: Day
    /// The fail threshold of the run.
    public var failOn: FailThreshold

    /// Creates a header.
    public init(toolVersion: String, asOf: Day, failOn: FailThreshold) {
        self.toolVersion = toolVersion
        self.asOf = asOf
        self.failOn = failOn
    }
}

/// Turns a check report into text, file by file: each file's part is written as soon
/// as the file is final, so no report is ever held whole (`ReportStream` drives it).
/// Same input, same bytes.
public protocol Reporter {
    /// The `--format` name.
    static var name: String { get }
    /// A writer for one report.
    static func writer(header: ReportHeader, options: ReportOptions) -> any ReportWriter
}

/// A reporter's state while one report is written.
public protocol ReportWriter {
    /// Whether text comes before the files' parts that depends on the whole run (the
    /// totals of a JUnit root, the file list of JSON): then the parts are held, on
    /// disk, until `finish` gives that text. Text and GitHub formats have none.
    var hasHead: Bool { get }
    /// The part of `file`, in path order (may be empty).
    mutating func part(for file: FileReport) -> String
    /// The part of `file` as its UTF-8 bytes: what `part(for:)` gives, for a part that is held
    /// (`hasHead`) and not resolved, where a `String` would check the bytes once more.
    mutating func partBytes(for file: FileReport) -> [UInt8]
    /// The text before and after the files' parts, once every file was given.
    mutating func finish(_ summary: ReportSummary) -> (head: String, tail: String)
    /// A held part made final when it is written (SARIF gives its rule indexes here).
    func resolve(_ part: String) -> String
    /// Whether `resolve` changes parts. When it does not, the held parts are written back
    /// as they were held, in large blocks that need not end where a part ends.
    var resolvesParts: Bool { get }
}

extension ReportWriter {
    public var hasHead: Bool { true }
    public func resolve(_ part: String) -> String { part }
    public var resolvesParts: Bool { false }
    public mutating func partBytes(for file: FileReport) -> [UInt8] { Array(part(for: file).utf8) }
}

extension Reporter {
    /// The whole text of a complete report, written through a `ReportStream` as a run writes it.
    public static func render(_ report: CheckReport, options: ReportOptions) -> String {
        let text = RenderedText()
        var stream = ReportStream(
            reporter: self,
            header: ReportHeader(toolVersion: report.toolVersion, asOf: report.asOf, failOn: report.failOn),
            options: options, write: { text.value += $0 })
        for file in report.files { stream.add(file) }
        stream.finish(skippedFiles: report.skippedFiles.count)
        return text.value
    }
}

/// The text `render` collects from a stream's pieces.
private final class RenderedText {
    var value = ""
}
