import DossierSyntax

/// Which day a dossier is judged on when `--as-of` is not given
/// (`as_of` in a configuration file). `--as-of` always wins.
public enum AsOfPolicy: Hashable, Sendable, CustomStringConvertible {
    /// The dossier's own `as_of`, else the day of the run (the default).
    case dossier
    /// The day of the run, whatever the dossier says.
    case today
    /// The dossier's own `as_of`; a dossier without one gets an error finding (rule `as-of`).
    case required
    /// The dossier's own `as_of`, else this day.
    case day(Day)

    /// Reads `dossier`, `today`, `required` or a date `YYYY-MM-DD`.
    public init?(_ text: String) {
        switch text {
        case "dossier": self = .dossier
        case "today": self = .today
        case "required": self = .required
        default:
            guard let day = Day(text) else { return nil }
            self = .day(day)
        }
    }

    /// The configuration-file spelling.
    public var description: String {
        switch self {
        case .dossier: return "dossier"
        case .today: return "today"
        case .required: return "required"
        case .day(let day): return day.description
        }
    }
}

/// One entry of a configuration's `rules` mapping.
public struct RuleConfiguration: Sendable {
    /// The rule identifier, clause or `*`.
    public var selector: String
    /// Where the selector is written.
    public var location: SourceLocation
    /// `false` for `off` or `enabled: false`, `true` for `on` or `enabled: true`, `nil` when unset.
    public var enabled: Bool?
    /// The severity to report with, if set.
    public var severity: Severity?
    /// Parameter values that replace the pack's (rule identifiers only).
    public var parameters: [MappingEntry]

    /// Creates an entry.
    public init(
        selector: String, location: SourceLocation = .start, enabled: Bool? = nil, severity: Severity? = nil,
        parameters: [MappingEntry] = []
    ) {
        self.selector = selector
        self.location = location
        self.enabled = enabled
        self.severity = severity
        self.parameters = parameters
    }
}

/// A selector with the place it was written, for error messages.
public struct LocatedText: Hashable, Sendable {
    /// The text.
    public var text: String
    /// Where it is written.
    public var location: SourceLocation

    /// Creates a located text.
    public init(_ text: String, at location: SourceLocation = .start) {
        self.text = text
        self.location = location
    }
}

/// The contents of one configuration file (`.dossierlint.yml`, `.dossierlint.yaml`
/// or `.dossierlint.json`), or the defaults when there is none. The keys and
/// their meaning are documented in the README ("Configuration / 配置").
public struct Configuration: Sendable {
    /// The file's display path, or `nil` for the defaults.
    public var path: String?
    /// The absolute folder that `include`, `exclude`, `baseline` and `calendar` are relative to.
    public var directory: String
    /// The file's text, to quote in error messages.
    public var source: SourceText?

    /// `profile`: the certification body's profile for dossiers that name none.
    public var profile: LocatedText?
    /// `as_of`: the judging-day policy.
    public var asOf: AsOfPolicy = .dossier
    /// `fail_on`: the lowest severity that fails the run (`--fail-on` wins).
    public var failOn: FailThreshold?
    /// `cannot_verify`: the severity of "cannot verify" findings, or `nil` for each rule's own.
    public var cannotVerify: Severity?
    /// `include`: globs of the files to check (all when empty).
    public var include: [String] = []
    /// `exclude`: globs of the files not to check.
    public var exclude: [String] = []
    /// `baseline`: the baseline file (relative to `directory`), if any.
    public var baseline: String?
    /// `calendar`: a working-day calendar file (relative to `directory`) merged into the shipped one, if any.
    public var calendar: String?
    /// `limits`: the input limits (file size, nesting, keys per mapping, scalar length).
    public var limits = SourceText.Limits.standard
    /// `disable`: selectors of rules that do not run.
    public var disable: [LocatedText] = []
    /// `enable`: selectors of rules that run although a less specific `disable` selects them.
    public var enable: [LocatedText] = []
    /// `rules`: per-selector settings.
    public var rules: [RuleConfiguration] = []
    /// Unknown keys and wrong values found while reading the file.
    var readProblems: [ConfigurationProblem] = []

    /// The defaults, for `directory`.
    public init(directory: String) {
        self.directory = directory
    }

    /// The file names looked for in each folder, in this order.
    public static let fileNames = [".dossierlint.yml", ".dossierlint.yaml", ".dossierlint.json"]
}
