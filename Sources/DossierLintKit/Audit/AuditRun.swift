import DossierSyntax

/// One `audit` run, the yearly internal audit (clause 11.2): every dossier
/// rule on every dossier of a repository, the repository rules on the whole
/// repository, and the report computed from both.
public struct AuditRun {
    /// The calendar year audited.
    public var year: Int
    /// The day everything is judged on.
    public var judgingDay: Day
    /// The repository folder, as given.
    public var repositoryPath: String
    /// The files found in the repository, in order.
    public var inputs: [InputFile]
    /// The packs, rule implementations and settings.
    public var linter: Linter
    /// The registry file, if the repository has one.
    public var registry: String?
    /// Builds a dossier's summary for the repository rules.
    public var summarize: DossierSummarizer
    /// Last year's report, for the change per clause.
    public var previous: PreviousAudit?
    /// The tool version written in the report.
    public var toolVersion: String

    /// Describes a run.
    public init(
        year: Int, judgingDay: Day, repositoryPath: String, inputs: [InputFile], linter: Linter, registry: String?,
        summarize: @escaping DossierSummarizer, previous: PreviousAudit? = nil, toolVersion: String
    ) {
        self.year = year
        self.judgingDay = judgingDay
        self.repositoryPath = repositoryPath
        self.inputs = inputs
        self.linter = linter
        self.registry = registry
        self.summarize = summarize
        self.previous = previous
        self.toolVersion = toolVersion
    }

    /// What the audit keeps of one file while the files are checked in parallel.
    private enum Kept: Sendable {
        case dossier(AuditedDossier, DossierSummary?, ParseError?)
        case skipped
        case registry
    }

    /// Runs the audit, reading through `files` and telling `observer` of files
    /// that cannot be read, and of progress. Throws when the registry cannot be loaded.
    public func run(files: FileSource, observer: RunObserver = RunObserver()) throws(ParseError) -> AuditReport {
        var registry: RepositoryRegistry?
        if let path = self.registry {
            switch RepositoryRegistry.load(path: path, from: files) {
            case .success(let loaded): registry = loaded
            case .failure(let error): throw error
            }
        }
        let checker = FileChecker(
            linter: linter, asOf: judgingDay, today: judgingDay, registryPersonnel: registry?.personnelById ?? [:])
        let rules = linter.packs.values.sorted { $0.identifier < $1.identifier }.flatMap(\.rules)
        let profilePacks = linter.packs.values.filter { $0.base != nil }
        let index = ClauseIndex(
            rules: rules, profilePacks: Set(profilePacks.map(\.identifier)),
            baseSchemes: Dictionary(uniqueKeysWithValues: profilePacks.map { ($0.identifier, $0.base!) }))
        var schemeTitles: [String: Message] = [:]
        for pack in linter.packs.values where pack.base == nil { schemeTitles[pack.identifier] = pack.title }
        // Findings wait for the reports in a spool, not in memory (HeldFindings).
        let spool = FindingSpool()
        let scan = FileScan(
            inputs: inputs, checkers: Array(repeating: checker, count: inputs.count), summarize: summarize)
        let kept = scan.run(files: files, observer: observer) { scanned -> Kept in
            switch scanned.outcome {
            case .checked(let report, let parseError):
                return .dossier(
                    AuditedDossier(report: report, index: index, spool: spool), scanned.summary?.compacted, parseError)
            case .skipped: return .skipped
            case .registry: return .registry
            }
        }
        // Made at their full size, and what the scan kept freed before the repository rules run:
        // the audit's peak is there, and these lists hold something for every dossier.
        var dossiers: [AuditedDossier] = []
        var summaries: [DossierSummary] = []
        dossiers.reserveCapacity(kept.count)
        summaries.reserveCapacity(kept.count)
        var skipped = 0
        for file in kept {
            switch file {
            case .dossier(let dossier, let summary, let parseError):
                dossiers.append(dossier)
                if let summary { summaries.append(summary) }
                if let parseError { observer.problem(parseError) }
            case .skipped: skipped += 1
            case .registry: break
            }
        }
        // What the scan kept is shared with these lists: dropping it counts down its references,
        // on another thread while the repository rules run.
        Discard.inBackground(consume kept)
        let repository = Repository(registry: registry, dossiers: consume summaries)
        let result = RepositoryChecker(linter: linter).check(repository, judgingDay: judgingDay)
        // The lists are moved into the input, which alone holds them from here on.
        let input = AuditRun.holding(
            AuditInput(
                toolVersion: toolVersion, year: year, asOf: judgingDay, repositoryPath: repositoryPath, rules: rules,
                index: index, dossiers: consume dossiers, skippedFiles: skipped, repository: consume repository,
                repositoryResult: consume result, previous: previous, schemeTitles: schemeTitles),
            in: spool)
        let report = AuditReport(input)
        // The dossiers' summaries and the repository rules' findings, read into the report: freed
        // on another thread while the report is written.
        Discard.inBackground(consume input)
        return report
    }

    /// `input`, its findings held in `spool`: made here so that the caller's input is a constant,
    /// which it can give up (`consume`) once the report is made; this toolchain cannot consume a
    /// variable that was changed after it was made.
    private static func holding(_ input: consuming AuditInput, in spool: FindingSpool) -> AuditInput {
        var input = input
        input.spool = spool
        return input
    }
}
