import DossierLintKit
import DossierRules
import DossierSyntax
import Foundation

/// `dossierlint audit DIR --year YYYY --output-dir OUT`: the yearly internal
/// audit (clause 11.2). Runs every dossier rule on every dossier and the
/// repository rules on the whole repository, and writes the report as
/// Markdown, HTML and JSON.
enum AuditCommand {
    static let parser = ArgumentParser(options: [
        OptionSpecification("year", value: "YYYY", help: "the calendar year audited (required)"),
        OptionSpecification(
            "output-dir", short: "o", value: "OUT", help: "folder the three reports are written to (required)"),
        OptionSpecification(
            "as-of", value: "YYYY-MM-DD",
            help: "judging day (default: today within the year audited, else the year's last day)"),
        OptionSpecification(
            "registry", value: "FILE", help: "repository registry (default: DIR/registry.yaml or .json)"),
        OptionSpecification("previous", value: "FILE", help: "last year's JSON report, for the change per clause"),
        OptionSpecification(
            "lang", value: "LANG", allowed: ["zh", "en"], help: "message language (default: from the locale)"),
        OptionSpecification(
            "disable", value: "RULE", repeatable: true, help: "do not run RULE (id or clause); repeatable"),
        OptionSpecification(
            "fail-on", value: "LEVEL", allowed: ["error", "warning", "info", "never"],
            help: "lowest severity that fails the run (default: never: the report is the result)"),
        OptionSpecification("help", short: "h", help: "show this help"),
    ])

    static let usage = """
        USAGE: dossierlint audit DIR --year YYYY --output-dir OUT [options]

        The certification body's yearly internal audit (CNCA-ITSMS-01:2026 11.2): checks
        every dossier under DIR with every rule, runs the repository rules (3.6, 3.9, 3.10,
        11.4.2, Annex C, unique ids) over the registry and all dossiers, and writes
        OUT/internal-audit-YYYY.md, .html (self-contained) and .json.

        OPTIONS:
        """

    static func run(_ arguments: [String], environment: CommandEnvironment) throws(UsageError) -> Int32 {
        let parsed = try parser.parse(arguments)
        if parsed.flag("help") {
            environment.writeOutput(usage + "\n" + parser.helpLines().joined(separator: "\n") + "\n" + ExitStatus.help)
            return ExitStatus.success
        }
        guard parsed.positionals.count == 1, let folder = parsed.positionals.first else {
            throw UsageError("give one repository folder DIR; try 'dossierlint audit --help'")
        }
        guard let yearText = parsed.value("year") else { throw UsageError("--year YYYY is required") }
        guard let year = Int(yearText), (1900...9999).contains(year) else {
            throw UsageError("--year '\(yearText)' is not a year YYYY")
        }
        guard let outputDirectory = parsed.value("output-dir") else { throw UsageError("--output-dir OUT is required") }
        var judgingDay: Day
        if let text = parsed.value("as-of") {
            guard let day = Day(text) else { throw UsageError("--as-of '\(text)' is not a date YYYY-MM-DD") }
            judgingDay = day
        } else {
            let today = CheckCommand.today()
            judgingDay = today.year == year ? today : Day(year: year, month: 12, day: 31)!
        }
        let language = Language(rawValue: parsed.value("lang") ?? environment.defaultLanguage) ?? .en
        let failOn = FailThreshold(rawValue: parsed.value("fail-on") ?? "never") ?? .never
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            environment.writeError("dossierlint: error: no such folder: \(folder)\n")
            return ExitStatus.failure
        }

        let linter: Linter
        do {
            linter = try BuiltInRules.linter(settings: RuleSettings(disabled: Set(parsed.values("disable"))))
        } catch {
            environment.writeError("dossierlint: error: the built-in rule packs do not load: \(error)\n")
            return ExitStatus.failure
        }
        var previous: PreviousAudit?
        if let path = parsed.value("previous") {
            guard let data = FileManager.default.contents(atPath: path) else {
                environment.writeError("dossierlint: error: cannot read the previous report \(path)\n")
                return ExitStatus.failure
            }
            do {
                previous = try PreviousAudit(path: path, data: [UInt8](data))
            } catch {
                environment.writeError("dossierlint: error: \(error.description)\n")
                return ExitStatus.failure
            }
        }
        var registry: RepositoryRegistry?
        if let path = parsed.value("registry") ?? RepositoryScan.registryPath(in: folder) {
            switch Registry.loadRegistry(path: path) {
            case .success(let loaded): registry = loaded
            case .failure(let error):
                environment.writeError(error.description + "\n")
                return ExitStatus.failure
            }
        }

        let (inputs, _) = FileDiscovery.expand([folder], stdinName: "<stdin>")
        let checker = FileChecker(
            linter: linter, asOf: judgingDay, today: judgingDay, registryPersonnel: registry?.personnelById ?? [:])
        let rules = linter.packs.values.sorted { $0.identifier < $1.identifier }.flatMap(\.rules)
        let profiles = Set(linter.packs.values.filter { $0.base != nil }.map(\.identifier))
        let index = ClauseIndex(rules: rules, profilePacks: profiles)
        let repositoryChecker = RepositoryChecker(linter: linter)
        let store = AuditStore(count: inputs.count)
        let progress = Progress(environment: environment, total: inputs.count)
        RepositoryScan.run(
            inputs, checker: { _ in checker }, summarize: DossierSummaries.summarizer(packs: linter.packs),
            environment: environment, progress: progress,
            consume: { position, scanned in
                switch scanned.outcome {
                case .checked(let report, let parseError):
                    store.set(position, AuditedDossier(report: report, index: index), scanned.summary, parseError)
                case .skipped: store.skip()
                case .registry: break
                }
            })
        progress.finish()
        for error in store.parseErrors { environment.writeError(error.description + "\n") }

        let repository = Repository(registry: registry, dossiers: store.summaries)
        let result = repositoryChecker.check(repository, judgingDay: judgingDay)
        let input = AuditInput(
            toolVersion: dossierlintVersion, year: year, asOf: judgingDay, repositoryPath: folder, rules: rules,
            index: index, dossiers: store.dossiers, skippedFiles: store.skipped, repository: repository,
            repositoryResult: result, previous: previous)
        let report = AuditReport(input)

        do {
            try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
            let base = (outputDirectory as NSString).appendingPathComponent("internal-audit-\(year)")
            try AtomicWriter.write(report.markdown(language: language), to: base + ".md")
            try AtomicWriter.write(report.html(language: language), to: base + ".html")
            try AtomicWriter.write(report.json(), to: base + ".json")
            environment.writeOutput(
                "wrote \(base).md, \(base).html, \(base).json: \(report.dossierCount) dossiers, "
                    + "\(report.counts.errors) errors, \(report.counts.warnings) warnings, "
                    + "\(report.counts.infos) infos, "
                    + "\(report.clauses.count(where: \.broken)) clauses broken\n")
        } catch {
            environment.writeError(
                "dossierlint: error: cannot write the reports to \(outputDirectory): \(error.localizedDescription)\n")
            return ExitStatus.failure
        }
        if report.unreadableFiles > 0 { return ExitStatus.failure }
        let failing = report.files.contains { file in file.findings.contains { failOn.fails($0.severity) } }
        return failing ? ExitStatus.findings : ExitStatus.success
    }
}

/// What the audit keeps of each file while the files are checked in parallel:
/// compact results in input order.
final class AuditStore: @unchecked Sendable {
    private let lock = NSLock()
    private var dossierSlots: [AuditedDossier?]
    private var summarySlots: [DossierSummary?]
    private var errors: [(Int, ParseError)] = []
    private var skippedCount = 0

    init(count: Int) {
        dossierSlots = Array(repeating: nil, count: count)
        summarySlots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ dossier: AuditedDossier, _ summary: DossierSummary?, _ error: ParseError?) {
        lock.lock()
        dossierSlots[index] = dossier
        summarySlots[index] = summary
        if let error { errors.append((index, error)) }
        lock.unlock()
    }

    func skip() {
        lock.lock()
        skippedCount += 1
        lock.unlock()
    }

    var dossiers: [AuditedDossier] { dossierSlots.compactMap { $0 } }
    var summaries: [DossierSummary] { summarySlots.compactMap { $0 } }
    var parseErrors: [ParseError] { errors.sorted { $0.0 < $1.0 }.map(\.1) }
    var skipped: Int { skippedCount }
}

/// Reads and checks files on all cores, one file in memory per core at a
/// time, handing each result (and its dossier's summary) to `consume`.
enum RepositoryScan {
    /// `registry.yaml` or `registry.json` at the root of `folder`, if present.
    static func registryPath(in folder: String) -> String? {
        for name in ["registry.yaml", "registry.json"] {
            let candidate = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Checks every input in parallel. `consume` is called once per input, from
    /// any thread, with the input's position.
    static func run(
        _ inputs: [InputFile], checker: (String) -> FileChecker, summarize: DossierSummarizer?,
        environment: CommandEnvironment, progress: Progress,
        consume: @Sendable (Int, ScannedFile) -> Void
    ) {
        let standardInput: [UInt8]? = inputs.contains { $0.readPath == nil } ? environment.readInput() : nil
        let checkers = inputs.map { checker($0.displayPath) }
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            let input = inputs[index]
            let scanned: ScannedFile
            if let path = input.readPath {
                if let data = FileManager.default.contents(atPath: path) {
                    scanned = checkers[index].scan(
                        path: input.displayPath, data: [UInt8](data), requireSchema: !input.named,
                        summarize: summarize)
                } else {
                    let error = ParseError(.syntax, "cannot read the file", at: .start, file: input.displayPath)
                    scanned = ScannedFile(
                        outcome: .checked(
                            FileReport(
                                path: input.displayPath, dossierId: nil, scheme: nil, profile: nil,
                                findings: [Finding(parseError: error, file: input.displayPath)], outcomes: []),
                            parseError: error),
                        summary: nil)
                }
            } else {
                scanned = checkers[index].scan(
                    path: input.displayPath, data: standardInput ?? [], requireSchema: false, summarize: summarize)
            }
            consume(index, scanned)
            progress.advance(input.displayPath)
        }
    }
}

/// Which registry applies to which file when a folder is checked: the
/// registry given with `--registry`, else the nearest `registry.yaml` /
/// `registry.json` in the file's folder or above it (up to the folder
/// checked), so a folder holding several repositories checks each with its own.
struct RegistryAssignment {
    /// The registries found, by their folder (with a trailing `/`; empty for `--registry`), longest first.
    private(set) var registries: [(folder: String, registry: RepositoryRegistry, personnel: [String: Field])] = []
    /// Registries that could not be loaded.
    private(set) var errors: [ParseError] = []

    /// Finds the registries: `explicit` for every file when given, else the
    /// root registry of a folder given and any nested `registry.yaml` / `.json` among `inputs`.
    init(inputs: [InputFile], rootRegistry: String?, explicit: Bool) {
        var paths: [String] = []
        if let rootRegistry { paths.append(rootRegistry) }
        if !explicit {
            for input in inputs where input.readPath != nil {
                let name = (input.displayPath as NSString).lastPathComponent
                if ["registry.yaml", "registry.json"].contains(name), !paths.contains(input.displayPath) {
                    paths.append(input.displayPath)
                }
            }
        }
        for path in paths {
            switch Registry.loadRegistry(path: path) {
            case .success(let registry):
                let folder = explicit ? "" : (path as NSString).deletingLastPathComponent
                registries.append(
                    (folder.isEmpty || folder.hasSuffix("/") ? folder : folder + "/", registry, registry.personnelById))
            case .failure(let error): errors.append(error)
            }
        }
        registries.sort { $0.folder.count > $1.folder.count }
    }

    /// The registry that applies to the file at `path`, if any.
    func registry(for path: String) -> RepositoryRegistry? { entry(for: path)?.registry }

    /// The people of the registry that applies to the file at `path`.
    func personnel(for path: String) -> [String: Field]? { entry(for: path)?.personnel }

    private func entry(for path: String) -> (folder: String, registry: RepositoryRegistry, personnel: [String: Field])?
    {
        registries.first { $0.folder.isEmpty || path.hasPrefix($0.folder) }
    }
}
