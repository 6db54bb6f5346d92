/// Which baselines a `check` run applies.
public enum BaselineChoice: Sendable {
    /// Each configuration's `baseline`, for the files it applies to (the default).
    case configured
    /// One baseline file for every file (`--baseline FILE`).
    case file(String)
    /// The run's own findings, to be written to the path (`--write-baseline FILE`):
    /// every current finding is accepted.
    case recorded(String)
}

extension CheckReport {
    /// Applies the baselines `choice` names, read from `files`: the findings
    /// they accept are marked suppressed. Returns the report's own baseline
    /// for `.recorded`, for the caller to write. Paths are relative to
    /// `currentDirectory`; a configuration's, to its folder.
    mutating func applyBaselines(
        _ choice: BaselineChoice, plan: CheckPlan, currentDirectory: String, files: FileSource
    ) throws(ConfigurationError) -> Baseline? {
        let commandLine: String?
        switch choice {
        case .recorded(let path):
            let baseline = Baseline(report: self)
            let matcher = Baseline.Matcher(baseline, reason: "baseline \(path)")
            self.files = self.files.map(matcher.apply)
            return baseline
        case .file(let path): commandLine = path
        case .configured: commandLine = nil
        }
        let locator = ConfigurationLocator(currentDirectory: currentDirectory)
        var matchers: [String: Baseline.Matcher] = [:]
        for index in self.files.indices {
            let file = self.files[index]
            let path: String
            let shown: String
            if let commandLine {
                path = ConfigurationLocator.absolute(commandLine, from: currentDirectory)
                shown = commandLine
            } else if let configured = plan.baselinePath(for: file.path) {
                path = configured
                shown = locator.displayPath(configured)
            } else {
                continue
            }
            if matchers[path] == nil {
                guard let data = files.contents(path) else { throw .unreadable(path: shown) }
                matchers[path] = Baseline.Matcher(
                    try Baseline.read(path: shown, data: data), reason: "baseline \(shown)")
            }
            self.files[index] = matchers[path]!.apply(to: file)
        }
        return nil
    }
}
