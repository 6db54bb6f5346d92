/// What reporters need besides the results.
public struct ReportOptions: Sendable {
    /// The language of messages.
    public var language: Language
    /// Whether to use ANSI colours (text reporter, only on a terminal).
    public var color: Bool
    /// Descriptions of the rules that ran, for formats that list rule metadata (SARIF).
    public var rules: [RuleDescription]

    /// Creates options.
    public init(language: Language = .en, color: Bool = false, rules: [RuleDescription] = []) {
        self.language = language
        self.color = color
        self.rules = rules
    }
}

/// Turns a check report into text. Each reporter is a pure function of the
/// report and the options: same input, same bytes.
public protocol Reporter {
    /// The `--format` name.
    static var name: String { get }
    /// Renders the report.
    static func render(_ report: CheckReport, options: ReportOptions) -> String
}
