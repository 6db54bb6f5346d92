/// One `check` run, from the files found to the complete report: every file
/// checked with the configuration that applies to it, the repository rules'
/// findings merged into the file reports, and baselines applied.
public struct CheckRun {
    /// The files to check, in order (a registry among them is recognised, not checked).
    public var inputs: [InputFile]
    /// What the command line says, which wins over configuration files.
    public var options: CheckOptions
    /// The packs and rule implementations, with the command line's `--disable`
    /// (the repository rules run with these settings).
    public var linter: Linter
    /// The rule types, for the linters of the configurations.
    public var rules: [any Rule.Type]
    /// The registry given with `--registry`, else the one at the root of a folder given.
    public var registry: String?
    /// Whether `registry` was given with `--registry`: it then applies to every
    /// file, and registries among the inputs are not looked for.
    public var registryIsExplicit: Bool
    /// Builds a dossier's summary for the repository rules (run where a registry applies).
    public var summarize: DossierSummarizer
    /// `--fail-on`, which wins over the configurations' `fail_on`.
    public var failOn: FailThreshold?
    /// The baselines applied.
    public var baseline: BaselineChoice
    /// Whether named files are skipped when they are not dossiers, as in folders.
    public var skipsNonDossiers: Bool
    /// Whether the reports keep every rule's outcome (JUnit reports passing
    /// rules); without, memory grows with the findings alone.
    public var keepsRuleOutcomes: Bool
    /// The tool version written in the report.
    public var toolVersion: String

    /// Describes a run.
    public init(
        inputs: [InputFile], options: CheckOptions, linter: Linter, rules: [any Rule.Type], registry: String?,
        registryIsExplicit: Bool, summarize: @escaping DossierSummarizer, failOn: FailThreshold? = nil,
        baseline: BaselineChoice = .configured, skipsNonDossiers: Bool = false, keepsRuleOutcomes: Bool = true,
        toolVersion: String
    ) {
        self.inputs = inputs
        self.options = options
        self.linter = linter
        self.rules = rules
        self.registry = registry
        self.registryIsExplicit = registryIsExplicit
        self.summarize = summarize
        self.failOn = failOn
        self.baseline = baseline
        self.skipsNonDossiers = skipsNonDossiers
        self.keepsRuleOutcomes = keepsRuleOutcomes
        self.toolVersion = toolVersion
    }

    /// What a run produced.
    public struct Result: Sendable {
        /// The report: every file, with the repository rules' findings and baselines applied.
        public var report: CheckReport
        /// The report's own baseline, when the run records one (`BaselineChoice.recorded`), for the caller to write.
        public var recordedBaseline: Baseline?
        /// Whether a registry could not be loaded (reported to the observer).
        public var registryFailed: Bool
    }

    /// Runs the check, reading through `files` and telling `observer` of
    /// registries and files that cannot be read, and of progress. Throws when
    /// a configuration or a baseline is malformed.
    public func run(files: FileSource, observer: RunObserver = RunObserver()) throws(ConfigurationError) -> Result {
        let registries = RegistryAssignment(
            inputs: inputs, rootRegistry: registry, explicit: registryIsExplicit, files: files)
        for error in registries.errors { observer.problem(error) }
        var options = options
        options.registryPersonnel = registry.flatMap { registries.personnel(for: $0) } ?? [:]
        let plan = try CheckPlan(
            paths: inputs.map(\.displayPath), standardInput: inputs.first { $0.readPath == nil }?.displayPath,
            options: options, packs: linter.packs.values.sorted { $0.identifier < $1.identifier }, rules: rules,
            files: files)
        let selected = inputs.filter { plan.includes($0.displayPath) }.map { input in
            var input = input
            if skipsNonDossiers && input.readPath != nil { input.named = false }
            return input
        }
        let scan = FileScan(
            inputs: selected,
            checkers: selected.map { input in
                var checker = plan.checker(for: input.displayPath)
                if let personnel = registries.personnel(for: input.displayPath) {
                    checker.registryPersonnel = personnel
                }
                return checker
            },
            summarize: registries.registries.isEmpty ? nil : summarize)
        let keepsOutcomes = keepsRuleOutcomes
        let scanned = scan.run(files: files, observer: observer) { scanned in
            guard !keepsOutcomes, case .checked(var report, let error) = scanned.outcome else { return scanned }
            report.outcomes = []
            return ScannedFile(outcome: .checked(report, parseError: error), summary: scanned.summary)
        }

        var reports: [FileReport] = []
        var skipped: [String] = []
        for file in scanned {
            switch file.outcome {
            case .checked(let report, let parseError):
                if let parseError { observer.problem(parseError) }
                reports.append(report)
            case .skipped(let path): skipped.append(path)
            case .registry: break
            }
        }
        let judgingDay = options.asOf ?? plan.asOfDay ?? options.today
        let summaries = scanned.compactMap(\.summary)
        let repositoryChecker = RepositoryChecker(linter: linter)
        for (_, registry, _) in registries.registries {
            let dossiers = summaries.filter { registries.registry(for: $0.path)?.path == registry.path }
            let result = repositoryChecker.check(
                Repository(registry: registry, dossiers: dossiers), judgingDay: judgingDay)
            reports = RepositoryChecker.merge(result, into: reports, home: registry.path)
        }
        var report = CheckReport(
            toolVersion: toolVersion, asOf: judgingDay, files: reports, skippedFiles: skipped,
            failOn: failOn ?? plan.failOn ?? .error)
        let recorded = try report.applyBaselines(
            baseline, plan: plan, currentDirectory: options.currentDirectory, files: files)
        return Result(report: report, recordedBaseline: recorded, registryFailed: !registries.errors.isEmpty)
    }
}
