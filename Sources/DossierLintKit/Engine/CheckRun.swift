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
    /// rules); without, the checkers make none (`FileChecker.keepsRuleOutcomes`) and memory
    /// grows with the findings alone.
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

    /// What a run produced besides the file reports it handed on.
    public struct Ending: Sendable {
        /// Files found but skipped because they are not dossiers, sorted.
        public var skippedFiles: [String]
        /// The report's own baseline, when the run records one (`BaselineChoice.recorded`), for the caller to write.
        public var recordedBaseline: Baseline?
        /// Whether a registry could not be loaded (reported to the observer).
        public var registryFailed: Bool
    }

    /// Runs the check and returns the complete report (see `run(files:observer:start:deliver:)`).
    public func run(files: FileSource, observer: RunObserver = RunObserver()) throws(ConfigurationError) -> Result {
        let collected = Collected()
        let ending = try run(
            files: files, observer: observer, start: { collected.header = $0 }, deliver: { collected.files.append($0) })
        let header = collected.header ?? ReportHeader(toolVersion: toolVersion, asOf: options.today, failOn: .error)
        return Result(
            report: CheckReport(
                toolVersion: header.toolVersion, asOf: header.asOf, files: collected.files,
                skippedFiles: ending.skippedFiles, failOn: header.failOn),
            recordedBaseline: ending.recordedBaseline, registryFailed: ending.registryFailed)
    }

    /// Runs the check, reading through `files` and telling `observer` of registries and
    /// files that cannot be read, and of progress. Hands `start` the report's header once
    /// the configurations are read, then `deliver` each file's final report in path order
    /// (one thread at a time). Where no registry applies and no baseline is being
    /// recorded, each file is handed on as soon as it and the files before it are
    /// checked, so no run holds more than a few files' findings; otherwise the
    /// repository rules (which add findings to any file) and the recorded baseline
    /// (which needs every finding) come first. Throws, before `start`, when a
    /// configuration or a baseline is malformed.
    public func run(
        files: FileSource, observer: RunObserver = RunObserver(), start: (ReportHeader) -> Void,
        deliver: @escaping (FileReport) -> Void
    ) throws(ConfigurationError) -> Ending {
        let registries = RegistryAssignment(
            inputs: inputs, rootRegistry: registry, explicit: registryIsExplicit, files: files)
        for error in registries.errors { observer.problem(error) }
        var options = options
        options.registryPersonnel = registry.flatMap { registries.personnel(for: $0) } ?? [:]
        let plan = try CheckPlan(
            paths: inputs.map(\.displayPath), standardInput: inputs.first { $0.readPath == nil }?.displayPath,
            options: options, packs: linter.packs.values.sorted { $0.identifier < $1.identifier }, rules: rules,
            files: files)
        // Path order is the report's order: checking in that order lets files be reported as they finish.
        let selected = inputs.filter { plan.includes($0.displayPath) }.sorted { $0.displayPath < $1.displayPath }
            .map { input in
                var input = input
                if skipsNonDossiers && input.readPath != nil { input.named = false }
                return input
            }
        let streams = registries.registries.isEmpty && !baseline.isRecorded
        let header = ReportHeader(
            toolVersion: toolVersion, asOf: options.asOf ?? plan.asOfDay ?? options.today,
            failOn: failOn ?? plan.failOn ?? .error)
        let scan = FileScan(
            inputs: selected,
            checkers: selected.map { input in
                var checker = plan.checker(for: input.displayPath)
                checker.keepsRuleOutcomes = keepsRuleOutcomes
                if let personnel = registries.personnel(for: input.displayPath) {
                    checker.registryPersonnel = personnel
                }
                return checker
            },
            summarize: registries.registries.isEmpty ? nil : summarize)
        let gathered = Collected()

        if streams {
            let baselines = try BaselineMatchers(
                baseline, paths: selected.map(\.displayPath), plan: plan, currentDirectory: options.currentDirectory,
                files: files)
            start(header)
            scan.run(files: files, observer: observer) { scanned in
                switch scanned.outcome {
                case .checked(let report, let parseError):
                    if let parseError { observer.problem(parseError) }
                    deliver(baselines.apply(to: report))
                case .skipped(let path): gathered.skipped.append(path)
                case .registry: break
                }
            }
            return Ending(
                skippedFiles: gathered.skipped.sorted(), recordedBaseline: nil,
                registryFailed: !registries.errors.isEmpty)
        }

        // Every file first: the repository rules and a recorded baseline need them all.
        scan.run(files: files, observer: observer) { scanned in
            switch scanned.outcome {
            case .checked(let report, let parseError):
                if let parseError { observer.problem(parseError) }
                gathered.files.append(report)
            case .skipped(let path): gathered.skipped.append(path)
            case .registry: break
            }
            if let summary = scanned.summary { gathered.summaries.append(summary) }
        }
        var reports = gathered.files
        let summaries = gathered.summaries
        let repositoryChecker = RepositoryChecker(linter: linter)
        for (_, registry, _) in registries.registries {
            let dossiers = summaries.filter { registries.registry(for: $0.path)?.path == registry.path }
            let result = repositoryChecker.check(
                Repository(registry: registry, dossiers: dossiers), judgingDay: header.asOf)
            reports = RepositoryChecker.merge(result, into: reports, home: registry.path)
        }
        reports.sort { $0.path < $1.path }
        var recorded: Baseline?
        let matchers: BaselineMatchers
        if case .recorded(let path) = baseline {
            let everything = CheckReport(
                toolVersion: toolVersion, asOf: header.asOf, files: reports, failOn: header.failOn)
            let own = Baseline(report: everything)
            recorded = own
            matchers = BaselineMatchers(recording: Baseline.Matcher(own, reason: "baseline \(path)"), plan: plan)
        } else {
            matchers = try BaselineMatchers(
                baseline, paths: reports.map(\.path), plan: plan, currentDirectory: options.currentDirectory,
                files: files)
        }
        start(header)
        for report in reports { deliver(matchers.apply(to: report)) }
        return Ending(
            skippedFiles: gathered.skipped.sorted(), recordedBaseline: recorded,
            registryFailed: !registries.errors.isEmpty)
    }
}

/// What a run gathers from the scan's threads (one thread at a time).
private final class Collected: @unchecked Sendable {
    var header: ReportHeader?
    var files: [FileReport] = []
    var skipped: [String] = []
    var summaries: [DossierSummary] = []
}
