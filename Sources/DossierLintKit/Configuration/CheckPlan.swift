import DossierSyntax

/// What the command line says, which wins over configuration files.
public struct CheckOptions: Sendable {
    /// `--config FILE`: one configuration for every file, instead of looking for one.
    public var configurationPath: String?
    /// The current folder (absolute).
    public var currentDirectory: String
    /// `--disable`: selectors of rules that never run.
    public var disabled: [String]
    /// `--as-of`.
    public var asOf: Day?
    /// `--profile`.
    public var profile: String?
    /// The day of the run.
    public var today: Day
    /// People of the repository registry, by id.
    public var registryPersonnel: [String: Field]
    /// `--calendar FILE`, read: merged into the calendar last, after a configuration's `calendar`.
    public var calendar: WorkingDayCalendar?

    /// Creates options.
    public init(
        configurationPath: String? = nil, currentDirectory: String, disabled: [String] = [], asOf: Day? = nil,
        profile: String? = nil, today: Day, registryPersonnel: [String: Field] = [:],
        calendar: WorkingDayCalendar? = nil
    ) {
        self.calendar = calendar
        self.configurationPath = configurationPath
        self.currentDirectory = currentDirectory
        self.disabled = disabled
        self.asOf = asOf
        self.profile = profile
        self.today = today
        self.registryPersonnel = registryPersonnel
    }
}

/// How each file of a run is checked: which configuration applies to it,
/// whether its `include` / `exclude` leave it out, and the file checker that
/// carries the configuration's rule settings and judging-day policy.
public struct CheckPlan: Sendable {
    /// The configurations that apply to at least one file, in first-use order.
    public private(set) var configurations: [Configuration] = []
    /// One checker per configuration, then one for files without a configuration (last).
    private var checkers: [FileChecker] = []
    /// The index into `checkers` of each path.
    private var assignment: [String: Int] = [:]
    /// Paths that a configuration's `include` / `exclude` leave out.
    public private(set) var excluded: Set<String> = []

    /// Plans the run of `paths` (display paths; `standardInput` is the one read
    /// from `-`, which `include` / `exclude` do not apply to).
    public init(
        paths: [String], standardInput: String? = nil, options: CheckOptions, packs: [RulePack], rules: [any Rule.Type],
        files: FileSource? = nil
    ) throws(ConfigurationError) {
        let locator = ConfigurationLocator(currentDirectory: options.currentDirectory)
        var explicit: Configuration?
        if let path = options.configurationPath { explicit = try locator.load(path: path) }
        let base = RuleSettings(disabled: Set(options.disabled), profile: options.profile)
        let unconfigured = FileChecker(
            linter: Linter(
                packs: WorkingDayCalendar.packs(packs, adding: options.calendar), rules: rules, settings: base),
            asOf: options.asOf, today: options.today,
            registryPersonnel: options.registryPersonnel)
        var indexByFile: [String: Int] = [:]  // configuration file path → index
        var settingsByFile: [String: RuleSettings] = [:]
        for path in paths {
            var found = explicit
            if found == nil { found = try locator.configuration(forFile: path) }
            guard let configuration = found else {
                assignment[path] = -1
                continue
            }
            let key = configuration.path ?? ""
            if settingsByFile[key] == nil {
                var settings = try configuration.ruleSettings(packs: packs, base: base)
                if options.asOf != nil { settings.requiresAsOf = false }
                settingsByFile[key] = settings
            }
            if path != standardInput {
                let absolute = ConfigurationLocator.absolute(path, from: options.currentDirectory)
                let relative = ConfigurationLocator.relative(absolute, to: configuration.directory)
                let included =
                    configuration.include.isEmpty || configuration.include.contains { Glob.matches($0, path: relative) }
                if !included || configuration.exclude.contains(where: { Glob.matches($0, path: relative) }) {
                    excluded.insert(path)
                    continue
                }
            }
            if let index = indexByFile[key] {
                assignment[path] = index
                continue
            }
            let settings = settingsByFile[key] ?? base
            var asOf = options.asOf
            var today = options.today
            if options.asOf == nil {
                switch configuration.asOf {
                case .today: asOf = options.today
                case .day(let day): today = day
                case .dossier, .required: break
                }
            }
            indexByFile[key] = configurations.count
            assignment[path] = configurations.count
            configurations.append(configuration)
            var calendarPacks = packs
            if let calendar = configuration.calendar {
                let path = ConfigurationLocator.absolute(calendar, from: configuration.directory)
                let display = locator.displayPath(path)
                calendarPacks = WorkingDayCalendar.packs(
                    packs, adding: try WorkingDayCalendar.load(absolutePath: path, displayPath: display, files: files))
            }
            checkers.append(
                FileChecker(
                    linter: Linter(
                        packs: WorkingDayCalendar.packs(calendarPacks, adding: options.calendar), rules: rules,
                        settings: settings), asOf: asOf, today: today,
                    registryPersonnel: options.registryPersonnel, limits: configuration.limits))
        }
        checkers.append(unconfigured)
        for (path, index) in assignment where index == -1 { assignment[path] = checkers.count - 1 }
    }

    /// Whether `path` is checked (not left out by `include` / `exclude`).
    public func includes(_ path: String) -> Bool { !excluded.contains(path) }

    /// The checker for `path`.
    public func checker(for path: String) -> FileChecker {
        checkers[assignment[path] ?? checkers.count - 1]
    }

    /// The configuration that applies to `path`, if any.
    public func configuration(for path: String) -> Configuration? {
        guard let index = assignment[path], index < configurations.count else { return nil }
        return configurations[index]
    }

    /// The strictest `fail_on` of the configurations in use, if any sets one.
    public var failOn: FailThreshold? {
        configurations.compactMap(\.failOn).min { $0.strictness < $1.strictness }
    }

    /// The day every file is judged on when all configurations in use fix one (`as_of: DATE` or `today`).
    public var asOfDay: Day? {
        let days = configurations.map { configuration -> Day? in
            if case .day(let day) = configuration.asOf { return day }
            return nil
        }
        guard let first = days.first, let day = first, days.allSatisfy({ $0 == day }) else { return nil }
        return day
    }

    /// The absolute path of the baseline configured for `path`, if any.
    public func baselinePath(for path: String) -> String? {
        guard let configuration = configuration(for: path), let baseline = configuration.baseline else { return nil }
        return ConfigurationLocator.absolute(baseline, from: configuration.directory)
    }
}

extension FailThreshold {
    /// Lower is stricter: `info` fails on the most findings, `never` on none.
    var strictness: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        case .never: return 3
        }
    }
}
