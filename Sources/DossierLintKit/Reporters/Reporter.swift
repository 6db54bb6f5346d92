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

/// Turns a check report into text. Each reporter is a pure function of the
/// report and the options: same input, same bytes.
public protocol Reporter {
    /// The `--format` name.
    static var name: String { get }
    /// Renders the report.
    static func render(_ report: CheckReport, options: ReportOptions) -> String
    /// Hands the report to `write` in pieces, in order; their concatenation is
    /// `render`'s text. A reporter whose output grows with every file writes
    /// it piece by piece, so the whole text is never held.
    static func stream(_ report: CheckReport, options: ReportOptions, to write: (String) -> Void)
}

extension Reporter {
    /// The whole text as one piece.
    public static func stream(_ report: CheckReport, options: ReportOptions, to write: (String) -> Void) {
        write(render(report, options: options))
    }
}
