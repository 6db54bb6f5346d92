import DossierSyntax

/// How one rule ended on one dossier.
public enum RuleStatus: Hashable, Sendable {
    /// Ran and found nothing.
    case passed
    /// Found at least one violation.
    case failed
    /// Could not run for missing or malformed data; the reason is the first such finding's message.
    case couldNotVerify(Message)
}

extension RuleStatus {
    /// The status of a rule run from its findings: failed on any violation,
    /// could-not-verify when it reported only "cannot verify", else passed.
    public init(findings: [Finding]) {
        // By index: a loop over the findings, or `first`, copies each finding it reads.
        if findings.indices.contains(where: { findings[$0].kind == .violation }) {
            self = .failed
        } else if !findings.isEmpty {
            self = .couldNotVerify(findings[0].message)
        } else {
            self = .passed
        }
    }
}

/// One rule's outcome on one dossier.
public struct RuleOutcome: Hashable, Sendable {
    /// The rule's identifier, clause and pack, shared by the rule's outcomes on every dossier:
    /// making or dropping an outcome counts one reference, not one per text.
    private var names: RuleNames

    /// The rule identifier.
    public var rule: String {
        get { names.rule }
        set { names = RuleNames(rule: newValue, clause: clause, pack: pack) }
    }
    /// Its clause.
    public var clause: String {
        get { names.clause }
        set { names = RuleNames(rule: rule, clause: newValue, pack: pack) }
    }
    /// Its pack.
    public var pack: String {
        get { names.pack }
        set { names = RuleNames(rule: rule, clause: clause, pack: newValue) }
    }
    /// How it ended.
    public var status: RuleStatus

    /// Creates an outcome.
    public init(rule: String, clause: String, pack: String, status: RuleStatus) {
        self.init(names: RuleNames(rule: rule, clause: clause, pack: pack), status: status)
    }

    /// The rule's names as one object, made once for the rule when the outcome came from a
    /// linter: two outcomes holding the same object are of the same rule, clause and pack.
    var ruleNames: RuleNames { names }

    /// The identity of `ruleNames`, read without counting a reference to it.
    var ruleNamesIdentity: ObjectIdentifier { ObjectIdentifier(names) }

    /// Creates an outcome with names made once for the rule.
    init(names: RuleNames, status: RuleStatus) {
        self.names = names
        self.status = status
    }

    public static func == (a: RuleOutcome, b: RuleOutcome) -> Bool {
        a.status == b.status
            && (a.names === b.names || (a.rule == b.rule && a.clause == b.clause && a.pack == b.pack))
    }

    /// Whether this is an outcome of `rule` of `pack`: `rule == self.rule && pack == self.pack`.
    /// When both sides are ASCII (`isASCII` says so of `rule` and `pack`), texts of different
    /// lengths are told apart without comparing them: ASCII texts are equal exactly when their
    /// bytes are (other texts may be equal with other bytes, as NFC and NFD spellings).
    func isOutcome(ofRule rule: String, pack: String, isASCII: Bool) -> Bool {
        if isASCII && names.isASCII
            && (rule.utf8.count != names.rule.utf8.count || pack.utf8.count != names.pack.utf8.count)
        {
            return false
        }
        return names.rule == rule && names.pack == pack
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rule)
        hasher.combine(clause)
        hasher.combine(pack)
        hasher.combine(status)
    }
}

/// A rule's identifier, clause and pack, made once for all its outcomes.
final class RuleNames: Sendable {
    let rule: String
    let clause: String
    let pack: String
    /// Whether `rule` and `pack` are ASCII.
    let isASCII: Bool

    init(rule: String, clause: String, pack: String) {
        self.rule = rule
        self.clause = clause
        self.pack = pack
        isASCII = rule.isASCII && pack.isASCII
    }
}

/// The result of checking one file.
public struct FileReport: Sendable {
    /// The display path.
    public var path: String
    /// `dossier_id`, if the file was parsed and has one.
    public var dossierId: String?
    /// The scheme (rule pack) it was checked against.
    public var scheme: String?
    /// The profile, if any.
    public var profile: String?
    /// Findings, in deterministic order.
    public var findings: [Finding]
    /// One outcome per rule that ran, in rule order.
    public var outcomes: [RuleOutcome]

    /// Creates a file report.
    public init(
        path: String, dossierId: String?, scheme: String?, profile: String?, findings: [Finding],
        outcomes: [RuleOutcome]
    ) {
        self.path = path
        self.dossierId = dossierId
        self.scheme = scheme
        self.profile = profile
        self.findings = Finding.inOrder(findings)
        self.outcomes = outcomes
    }

    /// Whether the file could not be read or parsed.
    public var failedToParse: Bool { findings.indices.contains { findings[$0].kind == .parse } }
}

/// Counts by severity.
public struct FindingCounts: Hashable, Sendable {
    /// Error findings.
    public var errors = 0
    /// Warning findings.
    public var warnings = 0
    /// Info findings.
    public var infos = 0

    /// Creates zero counts.
    public init() {}

    /// Counts the unsuppressed findings in `findings`.
    public init<S: Sequence>(_ findings: S) where S.Element == Finding {
        add(findings)
    }

    /// Adds the unsuppressed findings in `findings`.
    public mutating func add<S: Sequence>(_ findings: S) where S.Element == Finding {
        for finding in findings where finding.suppression == nil {
            switch finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
    }

    /// Adds other counts.
    public mutating func add(_ other: FindingCounts) {
        errors += other.errors
        warnings += other.warnings
        infos += other.infos
    }

    /// Whether a finding counted here reaches `threshold`.
    public func fails(_ threshold: FailThreshold) -> Bool {
        (errors > 0 && threshold.fails(.error)) || (warnings > 0 && threshold.fails(.warning))
            || (infos > 0 && threshold.fails(.info))
    }
}

/// The threshold at which findings fail a run.
public enum FailThreshold: String, Sendable, CaseIterable {
    case error, warning, info, never

    /// Whether a finding of `severity` fails the run.
    public func fails(_ severity: Severity) -> Bool {
        switch self {
        case .never: return false
        case .error: return severity >= .error
        case .warning: return severity >= .warning
        case .info: return true
        }
    }
}

/// The result of a whole run: every file, in path order.
public struct CheckReport: Sendable {
    /// The tool version.
    public var toolVersion: String
    /// The judging day given on the command line (else per dossier or the run date).
    public var asOf: Day
    /// The files checked, sorted by path.
    public var files: [FileReport]
    /// Files found but skipped because they are not dossiers.
    public var skippedFiles: [String]
    /// The fail threshold of the run.
    public var failOn: FailThreshold

    /// Creates a report; files are sorted by path.
    public init(
        toolVersion: String, asOf: Day, files: [FileReport], skippedFiles: [String] = [], failOn: FailThreshold = .error
    ) {
        self.toolVersion = toolVersion
        self.asOf = asOf
        self.files = files.sorted { $0.path < $1.path }
        self.skippedFiles = skippedFiles.sorted()
        self.failOn = failOn
    }

    /// All findings, in deterministic order.
    public var findings: [Finding] { files.flatMap(\.findings) }

    /// Counts of unsuppressed findings.
    public var counts: FindingCounts { FindingCounts(findings) }

    /// Whether any unsuppressed finding reaches the fail threshold.
    public var hasFailingFindings: Bool {
        findings.contains { $0.suppression == nil && failOn.fails($0.severity) }
    }

    /// Whether any file could not be read or parsed.
    public var hasUnreadableFiles: Bool { files.contains(where: \.failedToParse) }
}
