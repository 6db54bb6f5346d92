import Dispatch
import DossierSyntax

/// The yearly internal audit report (clause 11.2): computed from an
/// `AuditInput` alone, rendered as Markdown, HTML and JSON.
public struct AuditReport: Sendable {
    /// The JSON report's schema line.
    public static let schema = "itsms-audit-report/1"

    /// Figures of one clause.
    public struct ClauseRow: Sendable {
        /// The scheme whose section the clause is in.
        public var scheme: String
        /// The clause (its label: `10.2`, or `10.2 (icas)` for a profile's clause).
        public var clause: String
        /// The title of its first dossier rule (else its first repository rule), by identifier.
        public var title: Message
        /// Its rules' identifiers.
        public var rules: [String]
        /// `dossier`, `repository` or `dossier+repository`.
        public var scope: String
        /// Dossiers checked (a rule of the clause ran), if the clause has dossier rules.
        public var checked: Int?
        /// Dossiers that passed every rule of the clause.
        public var passed: Int
        /// Dossiers with a violation of the clause.
        public var failed: Int
        /// Dossiers where a rule could not verify the clause (and none failed).
        public var couldNotVerify: Int
        /// The repository rules' status (`passed`, `failed`, `could_not_verify`), if any ran.
        public var repositoryStatus: String?
        /// Unsuppressed findings of the clause.
        public var findings: Int
        /// The change since last year's report, if given and the clause was in it.
        public var change: Change?

        /// Passed dossiers per mille of those checked.
        public var passRatePermille: Int? {
            guard let checked, checked > 0 else { return nil }
            return (passed * 1000 + checked / 2) / checked
        }

        /// Whether anything failed: a dossier or the repository check.
        public var broken: Bool { failed > 0 || repositoryStatus == "failed" }
    }

    /// One scheme's section of the report: the scheme and its dossiers.
    public struct SchemeSection: Sendable {
        /// The scheme's pack identifier.
        public var identifier: String
        /// The pack's title.
        public var title: Message
        /// Dossiers judged by the scheme.
        public var dossiers: Int
    }

    /// A clause's change since last year.
    public struct Change: Sendable {
        /// The year of the previous report.
        public var previousYear: Int
        /// Failed dossiers now minus then.
        public var failed: Int
        /// Findings now minus then.
        public var findings: Int
        /// Pass rate now minus then, per mille, when both are known.
        public var passRatePermille: Int?
    }

    /// One file's findings.
    public struct FileRow: Sendable {
        /// The display path.
        public var path: String
        /// `dossier_id`, if any.
        public var dossierId: String?
        /// Its unsuppressed findings, dossier and repository rules together, in order: the
        /// dossier's read back from where the audit holds them (see `HeldFindings`), merged
        /// with those the repository rules added.
        public var findings: [Finding] {
            added.count == 0 ? held.findings : Finding.inOrder(held.findings + added.findings)
        }
        /// The dossier rules' findings, where the audit keeps them.
        public var held: HeldFindings
        /// The repository rules' findings in the file, held as the dossier rules' are.
        public var added: HeldFindings
        /// Counts by severity.
        public var counts: FindingCounts
        /// Findings by clause, for the clause table.
        var clauseTally: [ClauseTally]
        /// Whether the file has findings (without reading them back).
        public var hasFindings: Bool { held.count + added.count > 0 }

        /// The row of a file that is not a dossier (the registry), with the repository rules' findings,
        /// held in `spool` when given.
        init(path: String, added: [Finding], spool: FindingSpool?) {
            self.init(
                path: path, dossierId: nil, held: HeldFindings([]), counts: FindingCounts(), tally: [], added: added,
                spool: spool)
        }

        /// The row of a dossier, with the findings the repository rules added to it, held in
        /// `spool` when given.
        init(_ dossier: AuditedDossier, added: [Finding], spool: FindingSpool?) {
            self.init(
                path: dossier.path, dossierId: dossier.dossierId, held: dossier.held, counts: dossier.counts,
                tally: dossier.clauseTally, added: added, spool: spool)
        }

        private init(
            path: String, dossierId: String?, held: HeldFindings, counts: FindingCounts, tally: [ClauseTally],
            added: [Finding], spool: FindingSpool?
        ) {
            self.path = path
            self.dossierId = dossierId
            self.held = held
            self.added = spool.map { HeldFindings(added, in: $0) } ?? HeldFindings(added)
            var counts = counts
            counts.add(added)
            self.counts = counts
            clauseTally = tally + ClauseTally.of(added)
        }
    }

    /// One auditor's workload in the year (3.9, 3.10).
    public struct AuditorRow: Sendable {
        /// The person id.
        public var id: String
        /// The name, if known.
        public var name: String?
        /// Whether the registry lists the person as a registered auditor.
        public var registered: Bool
        /// `full_time` in the registry, if recorded.
        public var fullTime: Bool?
        /// On-site days in ITSMS audits in the year.
        public var itsmsDays: Double
        /// On-site days in other management system audits (registry `other_onsite_days`).
        public var otherDays: Double
        /// Audits counted.
        public var audits: Int
        /// Valid certificates whose audits the person took part in.
        public var validCertificates: Int
        /// The total on-site days.
        public var totalDays: Double { itsmsDays + otherDays }
    }

    /// The body-wide ratio of 3.10.
    public struct CertificateRatio: Sendable {
        /// Valid ITSMS certificates in the repository.
        public var validCertificates: Int
        /// Other management systems' valid certificates (registry).
        public var otherValidCertificates: Int
        /// Registered ITSMS auditors (registry).
        public var registeredAuditors: Int
        /// Certificates per auditor, per mille, if there are auditors.
        public var perAuditorPermille: Int? {
            guard registeredAuditors > 0 else { return nil }
            let total = validCertificates + otherValidCertificates
            return (total * 1000 + registeredAuditors / 2) / registeredAuditors
        }
    }

    /// One certificate.
    public struct CertificateRow: Sendable {
        /// The number.
        public var number: String
        /// The dossier's path.
        public var path: String
        /// The dossier's id.
        public var dossierId: String?
        /// The client's name.
        public var client: String?
        /// `issued_on`.
        public var issued: Day?
        /// `expires_on`.
        public var expires: Day?
        /// The status on the judging day.
        public var status: CertificateStatus
    }

    /// One upcoming deadline.
    public struct DeadlineRow: Sendable {
        /// The deadline.
        public var deadline: Deadline
        /// The dossier's path.
        public var path: String
        /// The dossier's id.
        public var dossierId: String?
        /// Days from the judging day.
        public var daysLeft: Int
    }

    /// The tool version.
    public var toolVersion: String
    /// The year audited.
    public var year: Int
    /// The judging day.
    public var asOf: Day
    /// The repository folder.
    public var repositoryPath: String
    /// The registry's path, if any.
    public var registryPath: String?
    /// Dossiers read (parsed and checked).
    public var dossierCount: Int
    /// Files that could not be read or parsed.
    public var unreadableFiles: Int
    /// Files skipped as not dossiers.
    public var skippedFiles: Int
    /// Unsuppressed findings by severity, over every file.
    public var counts: FindingCounts
    /// The schemes the repository's dossiers were judged by, by identifier (the
    /// default scheme alone when no dossier was read).
    public var schemes: [SchemeSection]
    /// Every clause of those schemes, by scheme, in clause order.
    public var clauses: [ClauseRow]
    /// The clauses most often broken (at most 10), most first.
    public var mostBroken: [ClauseRow]
    /// Files with their findings, by path (every checked file and the registry when it has findings).
    public var files: [FileRow]
    /// Auditors' workload in the year, by id.
    public var auditors: [AuditorRow]
    /// The 3.9 limit in days.
    public var maximumDays: Double
    /// The 3.10 limit.
    public var maximumCertificatesPerAuditor: Double
    /// The body-wide ratio of 3.10, when a registry is present.
    public var ratio: CertificateRatio?
    /// Every certificate, by number then path.
    public var certificates: [CertificateRow]
    /// Certificates by status.
    public var statusCounts: [(status: CertificateStatus, count: Int)]
    /// Deadlines from the judging day to `horizonEnd`, by day.
    public var deadlines: [DeadlineRow]
    /// How many days ahead deadlines are listed.
    public var horizonDays: Int
    /// The last day of the horizon.
    public var horizonEnd: Day
    /// The previous report's year, if given.
    public var previousYear: Int?
    /// Where `AuditRun` holds the files' findings, if it held them out of memory (the input's).
    let spool: FindingSpool?
    /// Why findings held out of memory could not all be read back, if they could not: the
    /// reports just written are then incomplete (ask after writing them).
    public var findingsReadFailure: String? { spool?.failure }

    /// Computes the report.
    public init(_ input: borrowing AuditInput) {
        toolVersion = input.toolVersion
        year = input.year
        asOf = input.asOf
        repositoryPath = input.repositoryPath
        registryPath = input.repository.registry?.path
        let dossiers = input.dossiers.sorted { $0.path < $1.path }
        dossierCount = dossiers.count(where: { !$0.unreadable })
        unreadableFiles = dossiers.count(where: \.unreadable)
        skippedFiles = input.skippedFiles
        horizonDays = input.horizonDays
        horizonEnd = input.asOf.adding(days: input.horizonDays)
        previousYear = input.previous?.year
        spool = input.spool

        // Findings by file. A dossier's list is in order already and shared, not copied.
        // The repository rules' are grouped by their positions in the result, not copied, and
        // each file's are held where the dossiers' are, one file at a time: a repository under
        // review has tens of thousands, and holding them grouped in memory was the audit's peak.
        let repositoryFindings = input.repositoryResult.findings
        var positionsByFile: [String: [Int]] = [:]
        for (position, finding) in repositoryFindings.enumerated() where finding.suppression == nil {
            positionsByFile[finding.file, default: []].append(position)
        }
        @Sendable func added(at positions: [Int]) -> [Finding] {
            Finding.inOrder(positions.map { repositoryFindings[$0] })
        }
        var jobs: [(dossier: AuditedDossier?, path: String, positions: [Int])] = []
        jobs.reserveCapacity(dossiers.count + positionsByFile.count)
        var dossierPaths = Set<String>()
        for dossier in dossiers where dossierPaths.insert(dossier.path).inserted {
            jobs.append((dossier, dossier.path, positionsByFile.removeValue(forKey: dossier.path) ?? []))
        }
        for (path, positions) in positionsByFile {  // the registry, or files that are not dossiers
            jobs.append((nil, path, positions))
        }
        // The rows are made on every core: a row holds its added findings in the spool (each
        // written out, tens of thousands in a repository under review), which was the longest
        // step the audit took on one core. The spool is shared safely, and where in it a row's
        // findings land does not change what the reports read back.
        let made = Slots<FileRow>(count: jobs.count)
        let allJobs = jobs  // a constant, for the threads
        DispatchQueue.concurrentPerform(iterations: allJobs.count) { index in
            let job = allJobs[index]
            let added = added(at: job.positions)
            if let dossier = job.dossier {
                made.set(index, FileRow(dossier, added: added, spool: input.spool))
            } else {
                made.set(index, FileRow(path: job.path, added: added, spool: input.spool))
            }
        }
        let rows = made.take()
        files = rows.indices.sorted { rows[$0].path < rows[$1].path }.map { rows[$0] }
        var total = FindingCounts()
        for file in files { total.add(file.counts) }
        counts = total

        var dossiersByScheme: [String: Int] = [:]
        let knownSchemes = Set(input.schemeTitles.keys).union(input.index.clauses.map(\.scheme))
        for dossier in dossiers where !dossier.unreadable {
            guard let scheme = dossier.scheme, knownSchemes.contains(scheme) else { continue }
            dossiersByScheme[scheme, default: 0] += 1
        }
        if dossiersByScheme.isEmpty { dossiersByScheme[Dossier.defaultScheme] = 0 }
        schemes = dossiersByScheme.keys.sorted().map { scheme in
            SchemeSection(
                identifier: scheme, title: input.schemeTitles[scheme] ?? Message(zh: scheme, en: scheme),
                dossiers: dossiersByScheme[scheme]!)
        }
        let onsiteRule = input.rules.first { $0.identifier == "auditor-onsite-days" }
        maximumDays = onsiteRule?.parameter("maximum_days_per_year").number.value ?? 180
        let countedRoles = Set(
            onsiteRule?.parameter("counted_roles").texts.value ?? ["leader", "auditor", "domain_auditor", "trainee"])
        maximumCertificatesPerAuditor =
            input.rules.first { $0.identifier == "certificates-per-auditor" }?
            .parameter("maximum_certificates_per_auditor").number.value ?? 50

        // The clause table and the other tables read the same inputs and nothing of each other:
        // they are made at once, on two cores (the audit's last step before writing).
        let clauseSchemes = Set(dossiersByScheme.keys)
        let fileRows = files
        let horizonEnd = horizonEnd
        let parts = Slots<Part>(count: 2)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 {
                parts.set(
                    0,
                    .clauses(AuditReport.clauseRows(input, dossiers: dossiers, files: fileRows, schemes: clauseSchemes))
                )
            } else {
                parts.set(
                    1,
                    .others(
                        AuditReport.otherTables(
                            input, countedRoles: countedRoles, onsiteScheme: onsiteRule?.pack, horizonEnd: horizonEnd)))
            }
        }
        var clauses: [ClauseRow] = []
        var others = OtherTables()
        for part in parts.values {
            switch part {
            case .clauses(let rows): clauses = rows
            case .others(let tables): others = tables
            }
        }
        self.clauses = clauses
        mostBroken = Array(
            clauses.filter(\.broken).sorted { a, b in
                let scoreA = a.failed + (a.repositoryStatus == "failed" ? 1 : 0)
                let scoreB = b.failed + (b.repositoryStatus == "failed" ? 1 : 0)
                if scoreA != scoreB { return scoreA > scoreB }
                if a.findings != b.findings { return a.findings > b.findings }
                return ClauseKey.precedes(
                    ClauseKey(scheme: a.scheme, label: a.clause), ClauseKey(scheme: b.scheme, label: b.clause))
            }.prefix(10))
        auditors = others.auditors
        ratio = others.ratio
        certificates = others.certificates
        statusCounts = others.statusCounts
        deadlines = others.deadlines
    }

    /// A table of the report, made on its own core.
    private enum Part: Sendable {
        case clauses([ClauseRow])
        case others(OtherTables)
    }

    /// The tables of the report other than the clauses'.
    private struct OtherTables: Sendable {
        var auditors: [AuditorRow] = []
        var ratio: CertificateRatio? = nil
        var certificates: [CertificateRow] = []
        var statusCounts: [(status: CertificateStatus, count: Int)] = []
        var deadlines: [DeadlineRow] = []
    }

    /// The auditors, the certificate ratio, the certificates and the deadlines up to `horizonEnd`.
    private static func otherTables(
        _ input: AuditInput, countedRoles: Set<String>, onsiteScheme: String?, horizonEnd: Day
    ) -> OtherTables {
        var tables = OtherTables()
        tables.auditors = AuditReport.auditorRows(input, countedRoles: countedRoles, scheme: onsiteScheme)
        if let registry = input.repository.registry {
            // 3.10 counts the scheme's own certificates; other systems' come from the registry.
            let scheme = input.rules.first { $0.identifier == "certificates-per-auditor" }?.pack
            let valid = Set(
                input.repository.dossiers.filter { $0.scheme == scheme }.flatMap {
                    $0.certificates.filter { $0.status == .valid }.map(\.number)
                })
            tables.ratio = CertificateRatio(
                validCertificates: valid.count,
                otherValidCertificates: registry.root["certification_body"]["other_valid_certificates"].integer.value
                    ?? 0,
                registeredAuditors: registry.personnel.filter(AuditReport.isRegisteredAuditor).count)
        }

        var certificates: [CertificateRow] = []
        var deadlines: [DeadlineRow] = []
        for summary in input.repository.dossiers {
            for certificate in summary.certificates {
                certificates.append(
                    CertificateRow(
                        number: certificate.number, path: summary.path, dossierId: summary.dossierId,
                        client: summary.clientName, issued: certificate.issued, expires: certificate.expires,
                        status: certificate.status))
            }
            for deadline in summary.deadlines where deadline.day >= input.asOf && deadline.day <= horizonEnd {
                deadlines.append(
                    DeadlineRow(
                        deadline: deadline, path: summary.path, dossierId: summary.dossierId,
                        daysLeft: input.asOf.days(until: deadline.day)))
            }
        }
        tables.certificates = certificates.sorted { ($0.number, $0.path) < ($1.number, $1.path) }
        tables.statusCounts = CertificateStatus.allCases.map { status in
            (status, certificates.count(where: { $0.status == status }))
        }.filter { $0.count > 0 }
        tables.deadlines = deadlines.sorted { a, b in
            (a.deadline.day, a.deadline.kind.rawValue, a.path, a.deadline.subject)
                < (b.deadline.day, b.deadline.kind.rawValue, b.path, b.deadline.subject)
        }
        return tables
    }

    /// A clause row's label where clauses of several schemes meet (the most broken
    /// clauses): the clause, with its scheme when the report has more than one.
    func clauseLabel(_ row: ClauseRow) -> String {
        schemes.count > 1 ? "\(row.clause) [\(row.scheme)]" : row.clause
    }

    /// Where a clause row's figures are in the JSON report: `clauses/#<position>`.
    func figurePath(of row: ClauseRow) -> String {
        let position = clauses.firstIndex { $0.scheme == row.scheme && $0.clause == row.clause } ?? 0
        return "clauses/#\(position)"
    }

    /// Whether a registry person is a registered ITSMS auditor (formal qualification and a registration number).
    static func isRegisteredAuditor(_ person: Field) -> Bool {
        guard let qualification = person["qualification"].string, ["auditor", "lead_auditor"].contains(qualification),
            let number = person["registration_number"].string
        else { return false }
        return !number.allSatisfy(\.isWhitespace)
    }

    private static func clauseRows(
        _ input: AuditInput, dossiers: [AuditedDossier], files: [FileRow], schemes: Set<String>
    ) -> [ClauseRow] {
        var rulesByClause: [ClauseKey: [RuleDescription]] = [:]
        let index = input.index
        for rule in input.rules { rulesByClause[index.key(rule.clause, pack: rule.pack), default: []].append(rule) }
        var findingsByClause: [ClauseKey: Int] = [:]
        for file in files {
            for tally in file.clauseTally {
                findingsByClause[index.key(tally.clause, pack: tally.pack), default: 0] += tally.count
            }
        }
        // A repository rule's violation in a dossier fails that dossier for the clause too.
        var failedByRepository: [ClauseKey: Set<String>] = [:]
        for finding in input.repositoryResult.findings where finding.kind == .violation && finding.suppression == nil {
            failedByRepository[index.key(finding.clause, pack: finding.pack), default: []].insert(finding.file)
        }
        // Each dossier's clause states, counted in one pass (not one pass per clause): by position,
        // how many dossiers passed, failed, could not be verified.
        var tallies = [(passed: Int, failed: Int, couldNotVerify: Int)](
            repeating: (0, 0, 0), count: input.index.clauses.count)
        for dossier in dossiers {
            for (position, raw) in dossier.states.enumerated() where position < tallies.count {
                switch ClauseState(rawValue: raw) ?? .notRun {
                case .notRun: continue
                case .passed: tallies[position].passed += 1
                case .couldNotVerify: tallies[position].couldNotVerify += 1
                case .failed: tallies[position].failed += 1
                }
            }
        }
        // The dossiers by path, for the few a repository rule fails.
        var dossiersByPath: [String: [Int]] = [:]
        if !failedByRepository.isEmpty {
            for (offset, dossier) in dossiers.enumerated() { dossiersByPath[dossier.path, default: []].append(offset) }
        }
        var rows: [ClauseRow] = []
        // Only the sections of schemes the repository uses.
        for clause in rulesByClause.keys.sorted(by: ClauseKey.precedes) where schemes.contains(clause.scheme) {
            let rules = rulesByClause[clause]!.sorted { $0.identifier < $1.identifier }
            let hasDossierRules = rules.contains { $0.scope == .dossier }
            let repositoryRules = Set(rules.filter { $0.scope == .repository }.map(\.identifier))
            var row = ClauseRow(
                scheme: clause.scheme, clause: clause.label,
                title: (rules.first { $0.scope == .dossier } ?? rules[0]).title,
                rules: rules.map(\.identifier),
                scope: [hasDossierRules ? "dossier" : nil, repositoryRules.isEmpty ? nil : "repository"]
                    .compactMap { $0 }.joined(separator: "+"),
                checked: nil, passed: 0, failed: 0, couldNotVerify: 0, repositoryStatus: nil,
                findings: findingsByClause[clause] ?? 0, change: nil)
            if hasDossierRules, let position = input.index.position(of: clause), position < tallies.count {
                var tally = tallies[position]
                // A dossier a repository rule fails for the clause fails it, if the clause was checked.
                for path in failedByRepository[clause] ?? [] {
                    for offset in dossiersByPath[path] ?? [] where position < dossiers[offset].states.count {
                        switch ClauseState(rawValue: dossiers[offset].states[position]) ?? .notRun {
                        case .notRun, .failed: continue
                        case .passed: tally.passed -= 1
                        case .couldNotVerify: tally.couldNotVerify -= 1
                        }
                        tally.failed += 1
                    }
                }
                row.passed = tally.passed
                row.couldNotVerify = tally.couldNotVerify
                row.failed = tally.failed
                row.checked = tally.passed + tally.couldNotVerify + tally.failed
            }
            let outcomes = input.repositoryResult.outcomes.filter { repositoryRules.contains($0.rule) }
            if !outcomes.isEmpty {
                if outcomes.contains(where: { $0.status == .failed }) {
                    row.repositoryStatus = "failed"
                } else if outcomes.contains(where: { $0.status != .passed }) {
                    row.repositoryStatus = "could_not_verify"
                } else {
                    row.repositoryStatus = "passed"
                }
            }
            // A profile no dossier used has nothing to report: leave its clauses out.
            if rules.allSatisfy({ index.profilePacks.contains($0.pack) }) && (row.checked ?? 0) == 0
                && row.findings == 0
                && row.repositoryStatus == nil
            {
                continue
            }
            if let previous = input.previous, let before = previous.clauses[clause] {
                row.change = Change(
                    previousYear: previous.year, failed: row.failed - before.failed,
                    findings: row.findings - before.findings,
                    passRatePermille: row.passRatePermille.flatMap { now in before.passRatePermille.map { now - $0 } })
            }
            rows.append(row)
        }
        return rows
    }

    /// The workload of 3.9 and 3.10: on-site days and certificates of `scheme`'s dossiers
    /// (other systems' days come from the registry's `other_onsite_days`).
    private static func auditorRows(_ input: AuditInput, countedRoles: Set<String>, scheme: String?) -> [AuditorRow] {
        var rows: [String: AuditorRow] = [:]
        let registry = input.repository.registry
        for person in registry?.personnel ?? [] {
            guard let id = person["id"].string, rows[id] == nil else { continue }
            let registered = isRegisteredAuditor(person)
            let other = person["other_onsite_days"][String(input.year)].number.value ?? 0
            guard registered || other > 0 else { continue }
            rows[id] = AuditorRow(
                id: id, name: person["name"].string, registered: registered, fullTime: person["full_time"].bool.value,
                itsmsDays: 0, otherDays: other, audits: 0, validCertificates: 0)
        }
        for summary in input.repository.dossiers where summary.scheme == scheme {
            for entry in summary.onsiteDays where entry.role.map(countedRoles.contains) ?? false {
                guard let start = entry.start, start.year == input.year, let days = entry.days else { continue }
                if rows[entry.person] == nil {
                    let person = registry?.person(withId: entry.person)
                    rows[entry.person] = AuditorRow(
                        id: entry.person, name: person?["name"].string,
                        registered: person.map(isRegisteredAuditor) ?? false,
                        fullTime: person?["full_time"].bool.value, itsmsDays: 0, otherDays: 0, audits: 0,
                        validCertificates: 0)
                }
                rows[entry.person]!.itsmsDays += days
                rows[entry.person]!.audits += 1
            }
            for certificate in summary.certificates where certificate.status == .valid {
                for person in certificate.auditors where rows[person] != nil { rows[person]!.validCertificates += 1 }
            }
        }
        return rows.keys.sorted().map { rows[$0]! }
    }
}
