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

/// A clause of one scheme's section of the audit report: the scheme's pack
/// and the clause's label (`10.2`, or `10.2 (icas)` for a profile's clause).
public struct ClauseKey: Hashable, Sendable, CustomStringConvertible {
    /// The scheme whose section the clause is in (a profile's clauses are in its base scheme's).
    public var scheme: String
    /// The clause label.
    public var label: String

    /// A key.
    public init(scheme: String, label: String) {
        self.scheme = scheme
        self.label = label
    }

    /// `label`, then the scheme in brackets: `4.2 [cesi-bcms-2025]`.
    public var description: String { "\(label) [\(scheme)]" }

    /// Scheme order, then clause order.
    public static func precedes(_ a: ClauseKey, _ b: ClauseKey) -> Bool {
        if a.scheme != b.scheme { return a.scheme < b.scheme }
        return ClauseOrder.precedes(a.label, b.label)
    }
}

/// The clauses of the dossier rules, by scheme then in clause order: the
/// columns of the compact per-dossier states.
public struct ClauseIndex: Sendable {
    /// The clauses, by scheme, in clause order.
    public let clauses: [ClauseKey]
    private let positions: [ClauseKey: Int]
    /// Packs layered on a scheme (profiles): their clauses are labelled with the pack.
    public let profilePacks: Set<String>
    /// The scheme of each profile pack (its base); any other pack is a scheme of its own.
    public let baseSchemes: [String: String]

    /// The index of the dossier rules among `rules`. Each scheme's clauses are
    /// its own (ITSMS 4.2 and BCMS 4.2 never merge); rules of `profilePacks` get
    /// clause labels of their own (`10.2 (icas)`) in their base scheme's section
    /// (`baseSchemes`), so a profile's clause never merges with the scheme's
    /// clause of the same number.
    public init(rules: [RuleDescription], profilePacks: Set<String> = [], baseSchemes: [String: String] = [:]) {
        self.profilePacks = profilePacks
        self.baseSchemes = baseSchemes
        let keys = Set(
            rules.filter { $0.scope == .dossier }.map {
                ClauseIndex.key($0.clause, pack: $0.pack, profiles: profilePacks, bases: baseSchemes)
            })
        clauses = keys.sorted(by: ClauseKey.precedes)
        var positions: [ClauseKey: Int] = [:]
        for (index, clause) in clauses.enumerated() { positions[clause] = index }
        self.positions = positions
    }

    /// The position of a clause, if a dossier rule has it.
    public func position(of clause: ClauseKey) -> Int? { positions[clause] }

    /// The key of a clause of `pack`: the clause itself, or `clause (pack)` for a
    /// profile's, in the section of the pack's scheme.
    public func key(_ clause: String, pack: String) -> ClauseKey {
        ClauseIndex.key(clause, pack: pack, profiles: profilePacks, bases: baseSchemes)
    }

    /// The scheme whose section a pack's clauses are in.
    public func scheme(of pack: String) -> String { baseSchemes[pack] ?? pack }

    static func key(_ clause: String, pack: String, profiles: Set<String>, bases: [String: String]) -> ClauseKey {
        ClauseKey(scheme: bases[pack] ?? pack, label: profiles.contains(pack) ? "\(clause) (\(pack))" : clause)
    }

    /// Each clause's state on a checked file, from its rule outcomes.
    public func states(of report: FileReport) -> [UInt8] {
        var states = [UInt8](repeating: ClauseState.notRun.rawValue, count: clauses.count)
        for outcome in report.outcomes {
            guard let index = positions[key(outcome.clause, pack: outcome.pack)] else { continue }
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
    static func key(_ label: String) -> [Int] {
        // An ASCII label, read by bytes: a sort asks for two keys a comparison, and the reading
        // by characters costs some 15,000 instructions a key.
        var label = label
        return label.withUTF8 { bytes -> [Int] in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return textKey(String(decoding: bytes, as: UTF8.self)) }
            var start = 0
            var end = bytes.count
            if let space = (0..<max(bytes.count - 1, 0)).first(where: {
                bytes[$0] == UInt8(ascii: " ") && bytes[$0 + 1] == UInt8(ascii: "(")
            }) {
                // As `split` reads it: an empty first part is left out, and the rest taken.
                if space > 0 {
                    end = space
                } else if space + 2 < bytes.count {
                    start = space + 2
                }
            }
            let clause = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if clause.starts(with: "Annex ".utf8), let last = clause.last { return [1000 + Int(last)] }
            var key: [Int] = []
            var part = clause.startIndex
            for index in clause.indices where clause[index] == UInt8(ascii: ".") {
                if index > part { key.append(number(UnsafeBufferPointer(rebasing: clause[part..<index]))) }
                part = index + 1
            }
            if clause.endIndex > part { key.append(number(UnsafeBufferPointer(rebasing: clause[part...]))) }
            return key
        }
    }

    /// The value of a part of a clause as `Int(_:)` reads it (a sign, then decimal digits), `0`
    /// for what it does not read.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = 0
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            negative = first == UInt8(ascii: "-")
            index = 1
        }
        guard index < bytes.count else { return 0 }
        var value = 0
        while index < bytes.count {
            let digit = Int(bytes[index]) - Int(UInt8(ascii: "0"))
            guard digit >= 0 && digit < 10 else { return 0 }
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowAgain) =
                negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            guard !overflow && !overflowAgain else { return 0 }
            value = next
            index += 1
        }
        return value
    }

    /// `key(_:)` read by characters, for a label that is not ASCII.
    static func textKey(_ label: String) -> [Int] {
        let clause = label.split(separator: " (", maxSplits: 1).first.map(String.init) ?? label
        if clause.hasPrefix("Annex "), let last = clause.unicodeScalars.last { return [1000 + Int(last.value)] }
        return clause.split(separator: ".").map { Int($0) ?? 0 }
    }
}

/// What the audit report keeps of one checked file: its findings (held, see
/// `HeldFindings`), their counts and the compact state of each dossier clause.
public struct AuditedDossier: Sendable {
    /// The display path.
    public var path: String
    /// `dossier_id`, if any.
    public var dossierId: String?
    /// The scheme it was judged by, if it was read.
    public var scheme: String?
    /// The file's unsuppressed findings (dossier rules, or the parse error), in order.
    public var findings: [Finding] {
        get { held.findings }
        set {
            self = AuditedDossier(path: path, dossierId: dossierId, scheme: scheme, findings: newValue, states: states)
        }
    }
    /// Where the findings are kept.
    public private(set) var held: HeldFindings
    /// The findings by severity.
    public private(set) var counts: FindingCounts
    /// How many findings each clause has (by clause and pack), for the clause table.
    public private(set) var clauseTally: [ClauseTally]
    /// Whether the file could not be read or parsed.
    public private(set) var unreadable: Bool
    /// One `ClauseState` raw value per clause of the index.
    public var states: [UInt8]

    /// Keeps what the report needs of a file report, its findings in memory.
    public init(report: FileReport, index: ClauseIndex) {
        self.init(report: report, index: index, spool: nil)
    }

    /// Keeps what the report needs of a file report, its findings in `spool` when given.
    init(report: FileReport, index: ClauseIndex, spool: FindingSpool?) {
        // Only what the report shows: a suppressed finding is never listed or counted.
        let findings = report.findings.filter { $0.suppression == nil }
        self.init(
            path: report.path, dossierId: report.dossierId, scheme: report.scheme, findings: findings,
            states: index.states(of: report), spool: spool)
    }

    private init(
        path: String, dossierId: String?, scheme: String?, findings: [Finding], states: [UInt8],
        spool: FindingSpool? = nil
    ) {
        self.path = path
        self.dossierId = dossierId
        self.scheme = scheme
        held = spool.map { HeldFindings(findings, in: $0) } ?? HeldFindings(findings)
        counts = FindingCounts(findings)
        clauseTally = ClauseTally.of(findings)
        unreadable = findings.contains { $0.kind == .parse }
        self.states = states
    }
}

/// How many findings of one file fall under one clause of one pack.
public struct ClauseTally: Hashable, Sendable {
    /// The clause, as the findings name it.
    public var clause: String
    /// The pack of the findings' rules.
    public var pack: String
    /// The number of findings.
    public var count: Int

    /// The tallies of `findings` (those with a clause), in order of first appearance.
    static func of(_ findings: [Finding]) -> [ClauseTally] {
        var tallies: [ClauseTally] = []
        for finding in findings where !finding.clause.isEmpty {
            if let index = tallies.firstIndex(where: { $0.clause == finding.clause && $0.pack == finding.pack }) {
                tallies[index].count += 1
            } else {
                tallies.append(ClauseTally(clause: finding.clause, pack: finding.pack, count: 1))
            }
        }
        return tallies
    }
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
    /// The titles of the scheme packs, by identifier.
    public var schemeTitles: [String: Message]
    /// Where the dossiers' findings are held (`HeldFindings`), if anywhere but memory: the
    /// repository rules' findings are held there too, file by file, as the report is made.
    var spool: FindingSpool?

    /// Creates the input.
    public init(
        toolVersion: String, year: Int, asOf: Day, repositoryPath: String, rules: [RuleDescription],
        index: ClauseIndex, dossiers: [AuditedDossier], skippedFiles: Int, repository: Repository,
        repositoryResult: RepositoryResult, previous: PreviousAudit? = nil, horizonDays: Int = 90,
        schemeTitles: [String: Message] = [:]
    ) {
        self.schemeTitles = schemeTitles
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
    /// The figures by clause (a report written before schemes had sections: every
    /// clause in the default scheme's).
    public var clauses: [ClauseKey: Clause]

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
        var clauses: [ClauseKey: Clause] = [:]
        for row in root["clauses"].elements {
            guard let clause = row["clause"].string else { continue }
            let scheme = row["scheme"].string ?? Dossier.defaultScheme
            clauses[ClauseKey(scheme: scheme, label: clause)] = Clause(
                failed: row["dossiers"]["failed"].integer.value ?? 0, findings: row["findings"].integer.value ?? 0,
                passRatePermille: row["pass_rate_permille"].integer.value)
        }
        self.clauses = clauses
    }

    /// Creates figures directly.
    public init(year: Int, clauses: [ClauseKey: Clause]) {
        self.year = year
        self.clauses = clauses
    }
}
