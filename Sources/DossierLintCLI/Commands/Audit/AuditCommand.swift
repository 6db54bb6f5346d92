import Dispatch
import DossierLintKit
import DossierRules

/// `dossierlint audit DIR --year YYYY --output-dir OUT`: the yearly internal
/// audit (clause 11.2). Runs every dossier rule on every dossier and the
/// repository rules on the whole repository, and writes the report as
/// Markdown, HTML and JSON.
enum AuditCommand {
    /// The command, as the table lists it.
    static let command = Command(
        name: "audit", abstract: "the yearly internal audit (11.2): report in Markdown, HTML and JSON",
        abstractZh: "年度内部审核（11.2）：以 Markdown、HTML 和 JSON 写出报告",
        synopsis: "audit DIR --year YYYY --output-dir OUT [--previous FILE]", usage: usage, usageZh: usageZh,
        epilogue: ExitStatus.help, epilogueZh: ExitStatus.helpZh, arguments: .folders, options: options, body: run)

    /// The options, in the order the help lists them.
    static let options = [
        OptionSpecification(
            "year", value: "YYYY", help: "the calendar year audited (required)", zh: "被审核的日历年（必填）"),
        OptionSpecification(
            "output-dir", short: "o", value: "OUT", help: "folder the three reports are written to (required)",
            zh: "写入三份报告的文件夹（必填）"),
        OptionSpecification(
            "as-of", value: "YYYY-MM-DD",
            help: "judging day (default: today within the year audited, else the year's last day)",
            zh: "判定日（默认：在被审核年度内为今天，否则为该年的最后一天）"),
        OptionSpecification(
            "registry", value: "FILE", help: "repository registry (default: DIR/registry.yaml or .json)",
            zh: "档案库的登记文件（默认：DIR/registry.yaml 或 .json）"),
        OptionSpecification(
            "previous", value: "FILE", help: "last year's JSON report, for the change per clause",
            zh: "上一年度的 JSON 报告，用于比较各条款的变化"),
        .calendar,
        .language(help: "message language (default: from the locale)", zh: "消息语言（默认：取自区域设置）"),
        .disable,
        .failOn(
            help: "lowest severity that fails the run (default: never: the report is the result)",
            zh: "使运行失败的最低严重程度（默认：never，报告本身即结果）"),
    ]

    /// The help shown before the options.
    static let usage = """
        USAGE: dossierlint audit DIR --year YYYY --output-dir OUT [options]

        The certification body's yearly internal audit (CNCA-ITSMS-01:2026 11.2): checks
        every dossier under DIR with every rule, runs the repository rules (3.6, 3.9, 3.10,
        11.4.2, Annex C, unique ids) over the registry and all dossiers, and writes
        OUT/internal-audit-YYYY.md, .html (self-contained) and .json.

        OPTIONS:
        """

    /// The help shown before the options, in Chinese.
    static let usageZh = """
        用法：dossierlint audit DIR --year YYYY --output-dir OUT [选项]

        认证机构的年度内部审核（CNCA-ITSMS-01:2026 11.2）：用全部规则检查 DIR 下的
        每份档案，对登记文件和全部档案运行仓库规则（3.6、3.9、3.10、11.4.2、附录 C、
        编号唯一），并写出 OUT/internal-audit-YYYY.md、.html（自包含）和 .json。

        选项：
        """

    /// Runs the audit: the Kit checks the repository and computes the report; this writes it.
    static func run(_ parsed: ParsedArguments, environment: CommandEnvironment) throws(UsageError) -> Int32 {
        guard parsed.positionals.count == 1, let folder = parsed.positionals.first else {
            throw UsageError("give one repository folder DIR; try 'dossierlint audit --help'")
        }
        guard let yearText = parsed.value("year") else { throw UsageError("--year YYYY is required") }
        guard let year = Int(yearText), (1900...9999).contains(year) else {
            throw UsageError("--year '\(yearText)' is not a year YYYY")
        }
        guard let outputDirectory = parsed.value("output-dir") else { throw UsageError("--output-dir OUT is required") }
        let judgingDay: Day
        if let text = parsed.value("as-of") {
            guard let day = Day(text) else { throw UsageError("--as-of '\(text)' is not a date YYYY-MM-DD") }
            judgingDay = day
        } else {
            let today = environment.today
            judgingDay = today.year == year ? today : Day(year: year, month: 12, day: 31)!
        }
        let language = environment.language(parsed)
        let failOn = FailThreshold(rawValue: parsed.value("fail-on") ?? "never") ?? .never
        guard FileDiscovery.status(of: folder, following: true)?.isDirectory == true else {
            environment.writeError("dossierlint: error: no such folder: \(folder)\n")
            return ExitStatus.failure
        }

        let calendar: WorkingDayCalendar?
        do {
            calendar = try environment.calendar(parsed)
        } catch {
            environment.writeError(error.description(in: language) + "\n")
            return ExitStatus.failure
        }
        let linter: Linter
        do {
            linter = Linter(
                packs: WorkingDayCalendar.packs(try BuiltInRules.packs.get(), adding: calendar),
                rules: RuleRegistry.all,
                settings: RuleSettings(disabled: Set(parsed.values("disable"))))
        } catch {
            environment.writeError("dossierlint: error: the built-in rule packs do not load: \(error)\n")
            return ExitStatus.failure
        }
        var previous: PreviousAudit?
        if let path = parsed.value("previous") {
            guard let data = FileSystem.contents(atPath: path) else {
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
        let expansion = FileDiscovery.expand([folder], stdinName: "<stdin>")
        for warning in expansion.warnings { environment.writeError(warning + "\n") }
        let inputs = expansion.files
        let registry = parsed.value("registry") ?? FileDiscovery.registryPath(in: folder)
        let read = InputFiles()
        read.add(inputs, currentDirectory: environment.currentDirectory)
        for path in [registry, parsed.value("previous"), parsed.value("calendar")] { read.add(path) }
        let run = AuditRun(
            year: year, judgingDay: judgingDay, repositoryPath: folder, inputs: inputs, linter: linter,
            registry: registry,
            summarize: DossierSummaries.summarizer(packs: linter.packs), previous: previous,
            toolVersion: dossierlintVersion)
        let report: AuditReport
        do {
            report = try run.run(files: read.recording(environment.files), observer: environment.observer)
        } catch {
            environment.writeError(error.description + "\n")
            return ExitStatus.failure
        }
        let base = PathText.appending("internal-audit-\(year)", to: outputDirectory)
        let outputs = ["md", "html", "json"].map { (option: "--output-dir: the report", path: base + "." + $0) }
        if environment.refusesOverwriting(outputs, inputs: read) { return ExitStatus.failure }
        guard write(report, year: year, to: outputDirectory, language: language, environment: environment) else {
            return ExitStatus.failure
        }
        // The report's counts are the files' counts summed: a file fails exactly when they do.
        let status =
            report.unreadableFiles > 0
            ? ExitStatus.failure : report.counts.fails(failOn) ? ExitStatus.findings : ExitStatus.success
        // Written: the run ends without waiting for the report of every dossier to be freed.
        Discard.inBackground(consume report)
        return status
    }

    /// Writes the three reports and says so; prints the problem and returns false when they cannot be written.
    static func write(
        _ report: AuditReport, year: Int, to outputDirectory: String, language: Language,
        environment: CommandEnvironment
    ) -> Bool {
        do throws(WriteError) {
            try AtomicWriter.createFolder(outputDirectory)
            let base = PathText.appending("internal-audit-\(year)", to: outputDirectory)
            // The three at once, each written in pieces (never held whole) into its temporary
            // file; they replace the old reports only when all three were written.
            let files = try [".md", ".html", ".json"].map { suffix throws(WriteError) in try AtomicFile(base + suffix) }
            // Each on a thread of its own, not in one concurrentPerform: each makes its long
            // findings section on every core (ParallelPieces), which a nested concurrentPerform
            // would run on one.
            // Each is synced to the disk on its thread as soon as it is written (the three at once,
            // not one after the other at the end); none replaces its report until all three are.
            let group = DispatchGroup()
            let synced = Slots<Result<Void, WriteError>>(count: files.count)
            for (index, file) in files.enumerated() {
                DispatchQueue.global().async(group: group) {
                    switch index {
                    case 0: report.markdown(language: language) { file.write($0) }
                    case 1: report.html(language: language) { file.write($0) }
                    default: report.json { file.write($0) }
                    }
                    synced.set(index, Result { () throws(WriteError) in try file.sync() })
                }
            }
            group.wait()
            if let failure = report.findingsReadFailure {
                for file in files { file.discard() }
                environment.writeError("dossierlint: error: \(failure); the reports were not written\n")
                return false
            }
            for case .failure(let failure) in synced.take() {
                for file in files { file.discard() }
                throw failure
            }
            for file in files { try file.commit() }
            environment.writeOutput(
                "wrote \(base).md, \(base).html, \(base).json: \(report.dossierCount) dossiers, "
                    + "\(report.counts.errors) errors, \(report.counts.warnings) warnings, "
                    + "\(report.counts.infos) infos, "
                    + "\(report.clauses.count(where: \.broken)) clauses broken\n")
            return true
        } catch {
            environment.writeError("dossierlint: error: \(error)\n")
            return false
        }
    }
}
