import DossierSyntax

/// Per-rule configuration applied by the linter: the command line's and a
/// configuration file's (see `Configuration.ruleSettings`).
public struct RuleSettings: Sendable {
    /// Rules that do not run, whatever else is configured (`--disable`): rule
    /// identifiers, clauses (a clause also selects its sub-clauses) or `*`.
    public var disabled: Set<String>
    /// Severity overrides by rule identifier or clause (exact), before `selections`.
    public var severities: [String: Severity]
    /// A configuration's rule entries: enabled or not, severity, parameters.
    /// For each rule the most specific selector wins (`RuleSelector`), the later entry on a tie.
    public var selections: [RuleConfiguration]
    /// The severity of "cannot verify" findings, or `nil` for each rule's own.
    public var cannotVerifySeverity: Severity?
    /// The profile applied to every dossier, whatever it names (`--profile`).
    public var profile: String?
    /// The profile applied to dossiers that name none (a configuration's `profile`).
    public var defaultProfile: String?
    /// Whether a dossier must carry its own `as_of` (a configuration's `as_of: required` without `--as-of`).
    public var requiresAsOf: Bool

    /// Creates settings.
    public init(
        disabled: Set<String> = [], severities: [String: Severity] = [:], selections: [RuleConfiguration] = [],
        cannotVerifySeverity: Severity? = nil, profile: String? = nil, defaultProfile: String? = nil,
        requiresAsOf: Bool = false
    ) {
        self.disabled = disabled
        self.severities = severities
        self.selections = selections
        self.cannotVerifySeverity = cannotVerifySeverity
        self.profile = profile
        self.defaultProfile = defaultProfile
        self.requiresAsOf = requiresAsOf
    }

    /// The most specific selection of `description` that sets `value`.
    private func selected<Value>(_ description: RuleDescription, _ value: (RuleConfiguration) -> Value?) -> Value? {
        var best: (specificity: Int, value: Value)?
        for selection in selections {
            guard let found = value(selection),
                let specificity = RuleSelector.specificity(
                    of: selection.selector, rule: description.identifier, clause: description.clause)
            else { continue }
            if best == nil || specificity >= best!.specificity { best = (specificity, found) }
        }
        return best?.value
    }

    /// Whether the rule runs.
    public func isEnabled(_ description: RuleDescription) -> Bool {
        if disabled.contains(where: {
            RuleSelector.matches($0, rule: description.identifier, clause: description.clause)
        }) {
            return false
        }
        return selected(description, \.enabled) ?? true
    }

    /// The severity configured for the rule, if any.
    public func severity(for description: RuleDescription) -> Severity? {
        severities[description.identifier] ?? severities[description.clause] ?? selected(description, \.severity)
    }

    /// The description with configured parameter values in place of the pack's.
    public func configured(_ description: RuleDescription) -> RuleDescription {
        var result = description
        for selection in selections where selection.selector == description.identifier {
            for entry in selection.parameters {
                if let index = result.parameters.firstIndex(where: { $0.key == entry.key }) {
                    result.parameters[index] = entry
                } else {
                    result.parameters.append(entry)
                }
            }
        }
        return result
    }

    /// `findings` with the configured severity of "cannot verify" findings, if any.
    public func applyingCannotVerifySeverity(to findings: [Finding]) -> [Finding] {
        guard let severity = cannotVerifySeverity else { return findings }
        return findings.map { finding in
            var finding = finding
            if finding.kind == .cannotVerify { finding.severity = severity }
            return finding
        }
    }

    /// The profile a dossier is checked with.
    public func profile(for dossier: Dossier) -> String? {
        profile ?? dossier.profile ?? defaultProfile
    }
}

/// Runs rules over dossiers. A value: safe to share between threads.
public struct Linter: Sendable {
    /// The packs, by identifier.
    public let packs: [String: RulePack]
    /// Rule implementations, by identifier.
    public let implementations: [String: any Rule]
    /// The settings.
    public var settings: RuleSettings {
        didSet { plans = Linter.plans(packs: packs, implementations: implementations, settings: settings) }
    }
    /// The dossier rules each pack runs, by pack identifier, with what the settings make of
    /// them: worked out once, not for every dossier. One object, made anew when the settings
    /// change: two linters with the same object check alike (`checksAlike(_:)`).
    private var plans: Plans

    /// The rules each pack runs (see `plans`).
    private final class Plans: Sendable {
        let byPack: [String: [PlannedRule]]

        init(_ byPack: [String: [PlannedRule]]) { self.byPack = byPack }
    }

    /// A dossier rule that runs: its description as configured, its implementation and its
    /// configured severity.
    private final class PlannedRule: Sendable {
        let configured: RuleDescription
        let rule: any Rule
        let severity: Severity?
        /// The names of the rule's outcomes.
        let names: RuleNames

        init(configured: RuleDescription, rule: any Rule, severity: Severity?, pack: String) {
            self.configured = configured
            self.rule = rule
            self.severity = severity
            names = RuleNames(rule: configured.identifier, clause: configured.clause, pack: pack)
        }
    }

    /// Creates a linter from packs and rule implementations.
    public init(packs: [RulePack], rules: [any Rule.Type], settings: RuleSettings = RuleSettings()) {
        var byId: [String: RulePack] = [:]
        for pack in packs { byId[pack.identifier] = pack }
        self.packs = byId
        var implementations: [String: any Rule] = [:]
        for rule in rules { implementations[rule.identifier] = rule.init() }
        self.implementations = implementations
        self.settings = settings
        plans = Linter.plans(packs: byId, implementations: implementations, settings: settings)
    }

    private static func plans(
        packs: [String: RulePack], implementations: [String: any Rule], settings: RuleSettings
    ) -> Plans {
        Plans(
            packs.mapValues { pack in
                pack.rules.compactMap { description in
                    guard description.scope == .dossier, let rule = implementations[description.identifier],
                        settings.isEnabled(description)
                    else { return nil }
                    return PlannedRule(
                        configured: settings.configured(description), rule: rule,
                        severity: settings.severity(for: description), pack: pack.identifier)
                }
            })
    }

    /// Whether `other` runs the very plans of this linter (made together, not merely equal):
    /// then the two check every dossier alike.
    func checksAlike(_ other: Linter) -> Bool { plans === other.plans }

    /// A linter that checks exactly as this one does, with plans of its own: rule
    /// descriptions, parameters, names and rules that share no object with this linter's.
    ///
    /// A check counts references to its rules' descriptions, names and parameters some 600
    /// times a dossier. When two threads check with one linter, each count moves the cache
    /// line of a shared object from one core to the other, and the rules ran about 30 % slower
    /// on two cores than on one. A thread that checks many dossiers takes a copy (`FileScan`).
    func copyForOneThread() -> Linter {
        var copy = self
        copy.plans = Plans(
            plans.byPack.mapValues { plan in
                plan.map { planned in
                    PlannedRule(
                        configured: planned.configured.unsharedCopy(), rule: type(of: planned.rule).init(),
                        severity: planned.severity, pack: planned.names.pack.unsharedCopy)
                }
            })
        return copy
    }

    /// The packs a dossier is checked with: its scheme, then its profile (layered on the scheme).
    public func packs(for dossier: Dossier) -> [RulePack] {
        var result: [RulePack] = []
        if let scheme = packs[dossier.scheme] { result.append(scheme) }
        if let profile = settings.profile(for: dossier), let pack = packs[profile], pack.base == dossier.scheme {
            result.append(pack)
        }
        return result
    }

    /// Checks one dossier on `judgingDay`. Without `keepingOutcomes`, the report has no rule
    /// outcomes, only findings (a report that does not name passing rules needs none).
    public func check(_ dossier: Dossier, judgingDay: Day, keepingOutcomes: Bool = true) -> FileReport {
        var runs = RuleRuns()
        runs.keepsOutcomes = keepingOutcomes
        let selected = packs(for: dossier)
        if selected.isEmpty {
            runs.findings.append(
                engineFinding(
                    "scheme", .error, at: dossier.root["scheme"], of: dossier,
                    Message(
                        zh: "未知的认证方案 '\(dossier.scheme)'，无法核查本档案",
                        en: "unknown scheme '\(dossier.scheme)': the dossier cannot be checked")))
        }
        var otherSchemeProfile = false
        if let profile = settings.profile(for: dossier), let pack = packs[profile], let base = pack.base,
            base != dossier.scheme, !selected.isEmpty
        {
            otherSchemeProfile = true
            // A profile of another scheme: from the command line or a configuration it
            // applies to that scheme's dossiers only; named by the dossier, it is a mistake.
            if settings.profile == nil && dossier.profile == profile {
                runs.findings.append(
                    engineFinding(
                        "profile", .warning, at: dossier.root["profile"], of: dossier,
                        Message(
                            zh: "认证机构配置 '\(profile)' 适用于认证规则 '\(base)'，不适用于本档案的认证规则 '\(dossier.scheme)'，只按认证规则核查",
                            en: "profile '\(profile)' is layered on the scheme '\(base)', not on this dossier's scheme "
                                + "'\(dossier.scheme)': only the scheme's rules were run")))
            }
        } else if let profile = settings.profile(for: dossier), !selected.contains(where: { $0.identifier == profile })
        {
            runs.findings.append(
                engineFinding(
                    "profile", .warning, at: dossier.root["profile"], of: dossier,
                    Message(
                        zh: "未知的认证机构配置 '\(profile)'，只按认证方案核查",
                        en: "unknown profile '\(profile)': only the scheme's rules were run")))
        }
        let selectedPlans = selected.map { plans.byPack[$0.identifier] ?? [] }
        // Room for every outcome at once: the array grown one by one is allocated nine times.
        if keepingOutcomes { runs.outcomes.reserveCapacity(selectedPlans.reduce(0) { $0 + $1.count }) }
        for (pack, plan) in zip(selected, selectedPlans) {
            guard let first = plan.first else { continue }
            // One context for the pack's rules, made the next rule's before each runs.
            let context = RuleContext(
                dossier: dossier, description: first.configured, judgingDay: judgingDay, pack: pack,
                severityOverride: first.severity)
            for (position, planned) in plan.enumerated() {
                if position > 0 { context.next(planned.configured, severityOverride: planned.severity) }
                planned.rule.check(context)
                runs.record(planned.names, settings: settings, found: context.findings)
            }
        }
        if case .invalid(let problem) = dossier.root["as_of"].date {
            runs.findings.append(
                engineFinding(
                    "as-of", .error, at: dossier.root["as_of"], of: dossier,
                    Message(
                        zh: "\(problem.zh)；本档案按 \(judgingDay) 核查",
                        en: "\(problem.en); the dossier was judged as of \(judgingDay)")))
        } else if settings.requiresAsOf && dossier.asOf == nil {
            runs.findings.append(
                engineFinding(
                    "as-of", .error, at: dossier.root["as_of"], of: dossier,
                    Message(
                        zh: "配置要求档案写明 as_of（或在命令行给出 --as-of），本档案按今天核查",
                        en: "the configuration requires the dossier's as_of (or --as-of); "
                            + "the dossier was judged as of today")))
        }
        let findings = Suppressions.apply(to: runs.findings, in: dossier, rules: packs.values.flatMap(\.rules))
        return FileReport(
            path: dossier.path, dossierId: dossier.id, scheme: selected.first?.identifier ?? dossier.scheme,
            profile: otherSchemeProfile ? nil : settings.profile(for: dossier), findings: findings,
            outcomes: runs.outcomes)
    }

    /// A finding of the engine itself (no pack, no clause): the dossier cannot be judged as asked.
    private func engineFinding(
        _ rule: String, _ severity: Severity, at field: Field, of dossier: Dossier, _ message: Message
    ) -> Finding {
        Finding(
            rule: rule, clause: "", pack: "", severity: severity, kind: .cannotVerify, message: message,
            file: dossier.path, location: field.location, endLocation: field.range.end, pointer: field.pointer)
    }
}
