import DossierSyntax

/// How one clause ended on one dossier, compact (one byte per clause per dossier).
public enum ClauseState: UInt8, Sendable {
    /// No rule of the clause ran (e.g. the file could not be parsed).
    case notRun = 0
    /// Every rule of the clause ran cleanly.
    case passed = 1
    /// A rule could not run for missing data, and none failed.
    case couldNotVerify = 2
    /// A rule of the clause found a violation.
    case failed = 3
}

/// The clauses of the dossier rules, in clause order: the columns of the
/// compact per-dossier states.
public struct ClauseIndex: Sendable {
    /// The clauses, in clause order.
    public let clauses: [String]
    private let positions: [String: Int]
    /// Packs layered on a scheme (profiles): their clauses are labelled with the pack.
    public let profilePacks: Set<String>

    /// The index of the dossier rules among `rules`; rules of `profilePacks` get
    /// clause labels of their own (`10.2 (icas)`), so a profile's clause never
    /// merges with the scheme's clause of the same number.
    public init(rules: [RuleDescription], profilePacks: Set<String> = []) {
        self.profilePacks = profilePacks
        let clauses = Set(
            rules.filter { $0.scope == .dossier }.map {
                ClauseIndex.label($0.clause, pack: $0.pack, profiles: profilePacks)
            })
        self.clauses = clauses.sorted(by: ClauseOrder.precedes)
        var positions: [String: Int] = [:]
        for (index, clause) in self.clauses.enumerated() { positions[clause] = index }
        self.positions = positions
    }

    /// The position of `clause` (a label), if a dossier rule has it.
    public func position(of clause: String) -> Int? { positions[clause] }

    /// The label of a clause of `pack`: the clause itself, or `clause (pack)` for a profile's.
    public func label(_ clause: String, pack: String) -> String {
        ClauseIndex.label(clause, pack: pack, profiles: profilePacks)
    }

    static func label(_ clause: String, pack: String, profiles: Set<String>) -> String {
        profiles.contains(pack) ? "\(clause) (\(pack))" : clause
    }

    /// Each clause's state on a checked file, from its rule outcomes.
    public func states(of report: FileReport) -> [UInt8] {
        var states = [UInt8](repeating: ClauseState.notRun.rawValue, count: clauses.count)
        for outcome in report.outcomes {
            guard let index = positions[label(outcome.clause, pack: outcome.pack)] else { continue }
            let state: ClauseState
            switch outcome.status {
            case .passed: state = .passed
            case .couldNotVerify: state = .couldNotVerify
            case .failed: state = .failed
            }
            states[index] = max(states[index], state.rawValue)
        }
        return states
    }
}

/// Numeric clause order: 3.6 < 3.10 < 5.1.2 < 11.4.2 < Annex A < Annex C.
public enum ClauseOrder {
    /// Whether clause `a` comes before clause `b`.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let keyA = key(a)
        let keyB = key(b)
        if keyA != keyB { return keyA.lexicographicallyPrecedes(keyB) }
        return a < b
    }

    /// The numeric key of a clause or clause label (`6.4.3 (icas)` sorts as 6.4.3).
    private static func key(_ label: String) -> [Int] {
        let clause = label.split(separator: " (", maxSplits: 1).first.map(String.init) ?? label
        if clause.hasPrefix("Annex "), let last = clause.unicodeScalars.last { return [1000 + Int(last.value)] }
        return clause.split(separator: ".").map { Int($0) ?? 0 }
    }
}

/// What the audit report keeps of one checked file: its findings and the
/// compact state of each dossier clause.
public struct AuditedDossier: Sendable {
    /// The display path.
    public var path: String
    /// `dossier_id`, if any.
    public var dossierId: String?
    /// The file's findings (dossier rules, or the parse error).
    public var findings: [Finding]
    /// One `ClauseState` raw value per clause of the index.
    public var states: [UInt8]

    /// Keeps what the report needs of a file report.
    public init(report: FileReport, index: ClauseIndex) {
        path = report.path
        dossierId = report.dossierId
        findings = report.findings
        states = index.states(of: report)
    }

    /// Whether the file could not be read or parsed.
    public var unreadable: Bool { findings.contains { $0.kind == .parse } }
}

/// Everything the internal audit report is computed from. The report is a
/// pure function of this value.
public struct AuditInput: Sendable {
    /// The tool version.
    public var toolVersion: String
    /// The calendar year audited.
    public var year: Int
    /// The judging day.
    public var asOf: Day
    /// The repository folder, as given.
    public var repositoryPath: String
    /// Every rule of the packs (dossier and repository scope).
    public var rules: [RuleDescription]
    /// The clause index the dossiers' states follow.
    public var index: ClauseIndex
    /// The checked files.
    public var dossiers: [AuditedDossier]
    /// Files found but skipped because they are not dossiers.
    public var skippedFiles: Int
    /// The repository: the registry and the dossiers' summaries.
    public var repository: Repository
    /// The repository rules' result.
    public var repositoryResult: RepositoryResult
    /// Last year's report, if given.
    public var previous: PreviousAudit?
    /// How many days ahead deadlines are listed.
    public var horizonDays: Int

    /// Creates the input.
    public init(
        toolVersion: String, year: Int, asOf: Day, repositoryPath: String, rules: [RuleDescription],
        index: ClauseIndex, dossiers: [AuditedDossier], skippedFiles: Int, repository: Repository,
        repositoryResult: RepositoryResult, previous: PreviousAudit? = nil, horizonDays: Int = 90
    ) {
        self.toolVersion = toolVersion
        self.year = year
        self.asOf = asOf
        self.repositoryPath = repositoryPath
        self.rules = rules
        self.index = index
        self.dossiers = dossiers
        self.skippedFiles = skippedFiles
        self.repository = repository
        self.repositoryResult = repositoryResult
        self.previous = previous
        self.horizonDays = horizonDays
    }
}

/// The per-clause figures of last year's JSON report, for the change per clause.
public struct PreviousAudit: Sendable {
    /// One clause's figures last year.
    public struct Clause: Sendable {
        /// Dossiers that failed the clause.
        public var failed: Int
        /// Findings of the clause.
        public var findings: Int
        /// Passed dossiers per mille of those checked, if any were.
        public var passRatePermille: Int?
    }

    /// The year audited.
    public var year: Int
    /// The figures by clause.
    public var clauses: [String: Clause]

    /// Why a previous report cannot be used.
    public struct Invalid: Error, CustomStringConvertible, Sendable {
        /// What is wrong.
        public var description: String
    }

    /// Reads a report written by `dossierlint audit` (`schema: itsms-audit-report/1`).
    public init(path: String, data: [UInt8]) throws(Invalid) {
        let document: Document
        do {
            document = try Document(path: path, data: data)
        } catch {
            throw Invalid(description: error.description)
        }
        let root = Field(node: document.root, pointer: "", location: document.root.location)
        guard root["schema"].string == AuditReport.schema else {
            throw Invalid(
                description: "\(path): not an audit report (`\"schema\": \"\(AuditReport.schema)\"` is missing)")
        }
        guard let year = root["year"].integer.value else { throw Invalid(description: "\(path): `year` is missing") }
        self.year = year
        var clauses: [String: Clause] = [:]
        for row in root["clauses"].elements {
            guard let clause = row["clause"].string else { continue }
            clauses[clause] = Clause(
                failed: row["dossiers"]["failed"].integer.value ?? 0, findings: row["findings"].integer.value ?? 0,
                passRatePermille: row["pass_rate_permille"].integer.value)
        }
        self.clauses = clauses
    }

    /// Creates figures directly.
    public init(year: Int, clauses: [String: Clause]) {
        self.year = year
        self.clauses = clauses
    }
}
