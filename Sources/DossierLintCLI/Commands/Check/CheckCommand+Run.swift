import DossierLintKit
import DossierRules

extension CheckCommand {
    /// Runs the check: the Kit checks the files found and returns the complete
    /// report; this writes the baseline asked for and the report in its format.
    static func run(_ parsed: ParsedArguments, environment: CommandEnvironment) throws(UsageError) -> Int32 {
        guard !parsed.positionals.isEmpty else { throw UsageError("no PATH given; try 'dossierlint check --help'") }
        var asOf: Day?
        if let text = parsed.value("as-of") {
            guard let day = Day(text) else { throw UsageError("--as-of '\(text)' is not a date YYYY-MM-DD") }
            asOf = day
        }
        let language = environment.language(parsed)
        let format = parsed.value("format") ?? defaultFormat
        let read = InputFiles()
        let linter: Linter
        do {
            linter = Linter(
                packs: try RulePackFolder.packs(adding: parsed.value("rules"), reading: { read.add($0) }),
                rules: RuleRegistry.all,
                settings: RuleSettings(disabled: Set(parsed.values("disable"))))
        } catch {
            environment.writeError("dossierlint: error: the rule packs do not load: \(error)\n")
            return ExitStatus.failure
        }
        let expansion = FileDiscovery.expand(
            parsed.positionals, stdinName: parsed.value("stdin-filename") ?? "<stdin>")
        let (inputs, missing) = (expansion.files, expansion.missing)
        for path in missing {
            environment.writeError("dossierlint: error: no such file or folder: \(path)\n")
        }
        for warning in expansion.warnings { environment.writeError(warning + "\n") }

        // The registry: --registry, else registry.yaml / registry.json at the root of a folder given.
        // With --registry, it applies to every file; else a registry applies to the files in its folder
        // and below. Where a registry applies, the repository rules run too (README, "Internal audit").
        let registry =
            parsed.value("registry")
            ?? parsed.positionals.lazy.filter { $0 != "-" }.compactMap(FileDiscovery.registryPath(in:)).first
        let calendar: WorkingDayCalendar?
        do {
            calendar = try environment.calendar(parsed)
        } catch {
            environment.writeError(error.description(in: language) + "\n")
            return ExitStatus.failure
        }
        let options = CheckOptions(
            configurationPath: parsed.value("config"), currentDirectory: environment.currentDirectory,
            disabled: parsed.values("disable"), asOf: asOf, profile: parsed.value("profile"), today: environment.today,
            calendar: calendar)
        let run = CheckRun(
            inputs: inputs, options: options, linter: linter, rules: RuleRegistry.all, registry: registry,
            registryIsExplicit: parsed.value("registry") != nil,
            summarize: DossierSummaries.summarizer(packs: linter.packs),
            failOn: parsed.value("fail-on").flatMap(FailThreshold.init(rawValue:)), baseline: baselineChoice(parsed),
            skipsNonDossiers: parsed.flag("skip-non-dossiers"), keepsRuleOutcomes: format == JUnitReporter.name,
            toolVersion: dossierlintVersion)
        read.add(inputs, currentDirectory: environment.currentDirectory)
        for option in ["registry", "config", "baseline", "calendar"] { read.add(parsed.value(option)) }
        read.add(registry)
        guard let reporter = Reporters.named(format) else { throw UsageError("unknown format '\(format)'") }
        let color =
            format == TextReporter.name && parsed.value("output") == nil && environment.outputIsTerminal
            && !parsed.flag("no-color") && environment.variables["NO_COLOR"] == nil
        let reportOptions = ReportOptions(
            language: language, color: color,
            rules: linter.packs.values.sorted { $0.identifier < $1.identifier }.flatMap(\.rules),
            junitLocations: parsed.flag("junit-locations"))

        // The report goes out file by file as the run hands them on: to standard output,
        // or into `--output`'s temporary file, renamed over it only once all is well.
        let file: AtomicFile?
        do {
            file = try parsed.value("output").map { path throws(WriteError) in try AtomicFile(path) }
        } catch {
            environment.writeError("dossierlint: error: \(error)\n")
            return ExitStatus.failure
        }
        let progress = Progress(environment: environment)
        let write: (String) -> Void =
            file.map { file in { file.write($0) } } ?? { piece in
                progress.writingAbove { environment.writeOutput(piece) }
            }
        // The report's parts held in a temporary file are copied from it, not read back.
        let copy: ReportStream.FileCopy? =
            file.map { file in { file.copy(from: $0, offset: $1, length: $2) } }
            ?? environment.copyToOutput.map { copyToOutput in
                { descriptor, offset, length in
                    var copied = false
                    progress.writingAbove { copied = copyToOutput(descriptor, offset, length) }
                    return copied
                }
            }
        let outputs = ["write-baseline", "output"].compactMap { option in
            parsed.value(option).map { (option: "--" + option, path: $0) }
        }
        let stream = StreamBox()
        var refused = false
        let ending: CheckRun.Ending
        do {
            ending = try run.run(
                files: read.recording(environment.files), observer: environment.observer(progress: progress),
                start: { header in
                    // Every input is known by now (configurations, baselines, registry, calendar).
                    refused = environment.refusesOverwriting(outputs, inputs: read)
                    guard !refused else { return }
                    stream.value = ReportStream(
                        reporter: reporter, header: header, options: reportOptions, write: write, copy: copy)
                },
                deliver: { stream.value?.add($0) })
        } catch {
            environment.writeError(error.description(in: language) + "\n")
            return ExitStatus.failure
        }
        guard !refused, var report = stream.value else { return ExitStatus.failure }
        report.finish(skippedFiles: ending.skippedFiles.count)
        if let failure = report.failure {
            environment.writeError("dossierlint: error: cannot read back the report's temporary file: \(failure)\n")
            return ExitStatus.failure
        }
        if let baseline = ending.recordedBaseline, let path = parsed.value("write-baseline") {
            do {
                try AtomicWriter.write(baseline.render(), to: path)
            } catch {
                environment.writeError("dossierlint: error: \(error)\n")
                return ExitStatus.failure
            }
            environment.writeError(
                language == .zh
                    ? "dossierlint: 已将 \(baseline.total) 个问题写入基线 \(path)\n"
                    : "dossierlint: wrote \(baseline.total) findings to the baseline \(path)\n")
        }
        do {
            try file?.commit()
        } catch {
            environment.writeError("dossierlint: error: \(error)\n")
            return ExitStatus.failure
        }
        let summary = report.summary
        if !missing.isEmpty || ending.registryFailed || summary.unparsableFiles > 0 { return ExitStatus.failure }
        return summary.fails(report.header.failOn) ? ExitStatus.findings : ExitStatus.success
    }

    /// The baselines of the run: `--write-baseline`'s, else `--baseline`, else each configuration's.
    static func baselineChoice(_ parsed: ParsedArguments) -> BaselineChoice {
        if let path = parsed.value("write-baseline") { return .recorded(path) }
        if let path = parsed.value("baseline") { return .file(path) }
        return .configured
    }
}

/// The report being written, made when the run starts.
private final class StreamBox {
    var value: ReportStream?
}
