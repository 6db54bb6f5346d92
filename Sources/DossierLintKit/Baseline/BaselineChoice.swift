/// Which baselines a `check` run applies.
public enum BaselineChoice: Sendable {
    /// Each configuration's `baseline`, for the files it applies to (the default).
    case configured
    /// One baseline file for every file (`--baseline FILE`).
    case file(String)
    /// The run's own findings, to be written to the path (`--write-baseline FILE`):
    /// every current finding is accepted.
    case recorded(String)

    /// Whether the run records its own baseline (which needs every finding first).
    var isRecorded: Bool {
        if case .recorded = self { return true }
        return false
    }
}

/// The baselines a run applies, read before the first file is reported: for each
/// file, the matcher of its baseline (`--baseline`, else its configuration's).
struct BaselineMatchers {
    private let commandLine: Baseline.Matcher?
    private let configured: [String: Baseline.Matcher]  // by absolute path
    private let plan: CheckPlan

    /// Reads the baselines `choice` names for the files at `paths` (`.recorded` reads none).
    /// Paths are relative to `currentDirectory`; a configuration's, to its folder.
    init(
        _ choice: BaselineChoice, paths: [String], plan: CheckPlan, currentDirectory: String, files: FileSource
    ) throws(ConfigurationError) {
        self.plan = plan
        func read(_ path: String, shown: String) throws(ConfigurationError) -> Baseline.Matcher {
            guard let data = files.contents(path) else { throw .unreadable(path: shown) }
            return Baseline.Matcher(try Baseline.read(path: shown, data: data), reason: "baseline \(shown)")
        }
        switch choice {
        case .recorded:
            commandLine = nil
            configured = [:]
        case .file(let path):
            commandLine =
                paths.isEmpty ? nil : try read(ConfigurationLocator.absolute(path, from: currentDirectory), shown: path)
            configured = [:]
        case .configured:
            commandLine = nil
            let locator = ConfigurationLocator(currentDirectory: currentDirectory)
            var matchers: [String: Baseline.Matcher] = [:]
            for path in paths {
                guard let baseline = plan.baselinePath(for: path), matchers[baseline] == nil else { continue }
                matchers[baseline] = try read(baseline, shown: locator.displayPath(baseline))
            }
            configured = matchers
        }
    }

    /// One baseline for every file: the run's own, being recorded.
    init(recording matcher: Baseline.Matcher, plan: CheckPlan) {
        commandLine = matcher
        configured = [:]
        self.plan = plan
    }

    /// The file with the findings its baseline accepts marked suppressed.
    func apply(to file: FileReport) -> FileReport {
        if let commandLine { return commandLine.apply(to: file) }
        guard let path = plan.baselinePath(for: file.path), let matcher = configured[path] else { return file }
        return matcher.apply(to: file)
    }
}
