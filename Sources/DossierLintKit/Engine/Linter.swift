import DossierSyntax

/// Per-rule configuration applied by the linter.
public struct RuleSettings: Sendable {
    /// Rules (by identifier or clause) that do not run.
    public var disabled: Set<String>
    /// Severity overrides by rule identifier or clause.
    public var severities: [String: Severity]

    /// Creates settings.
    public init(disabled: Set<String> = [], severities: [String: Severity] = [:]) {
        self.disabled = disabled
        self.severities = severities
    }
}

/// Runs rules over dossiers. A value: safe to share between threads.
public struct Linter: Sendable {
    /// The packs, by identifier.
    public let packs: [String: RulePack]
    /// Rule implementations, by identifier.
    public let implementations: [String: any Rule]
    /// The settings.
    public var settings: RuleSettings

    /// Creates a linter from packs and rule implementations.
    public init(packs: [RulePack], rules: [any Rule.Type], settings: RuleSettings = RuleSettings()) {
        var byId: [String: RulePack] = [:]
        for pack in packs { byId[pack.identifier] = pack }
        self.packs = byId
        var implementations: [String: any Rule] = [:]
        for rule in rules { implementations[rule.identifier] = rule.init() }
        self.implementations = implementations
        self.settings = settings
    }

    /// The packs a dossier is checked with: its scheme, then its profile (layered on the scheme).
    public func packs(for dossier: Dossier) -> [RulePack] {
        var result: [RulePack] = []
        if let scheme = packs[dossier.scheme] { result.append(scheme) }
        if let profile = dossier.profile, let pack = packs[profile], pack.base == dossier.scheme {
            result.append(pack)
        }
        return result
    }

    /// Checks one dossier on `judgingDay`.
    public func check(_ dossier: Dossier, judgingDay: Day) -> FileReport {
        var findings: [Finding] = []
        var outcomes: [RuleOutcome] = []
        let selected = packs(for: dossier)
        if selected.isEmpty {
            let scheme = dossier.root["scheme"]
            findings.append(
                Finding(
                    rule: "scheme", clause: "", pack: "", severity: .error, kind: .cannotVerify,
                    message: Message(
                        zh: "未知的认证方案 '\(dossier.scheme)'，无法核查本档案",
                        en: "unknown scheme '\(dossier.scheme)': the dossier cannot be checked"),
                    file: dossier.path, location: scheme.location, pointer: scheme.pointer))
        }
        if let profile = dossier.profile, !selected.contains(where: { $0.identifier == profile }) {
            let field = dossier.root["profile"]
            findings.append(
                Finding(
                    rule: "profile", clause: "", pack: "", severity: .warning, kind: .cannotVerify,
                    message: Message(
                        zh: "未知的认证机构配置 '\(profile)'，只按认证方案核查",
                        en: "unknown profile '\(profile)': only the scheme's rules were run"),
                    file: dossier.path, location: field.location, pointer: field.pointer))
        }
        for pack in selected {
            for description in pack.rules {
                guard let rule = implementations[description.identifier] else { continue }
                if settings.disabled.contains(description.identifier) || settings.disabled.contains(description.clause) {
                    continue
                }
                let override = settings.severities[description.identifier] ?? settings.severities[description.clause]
                let context = RuleContext(
                    dossier: dossier, description: description, judgingDay: judgingDay, pack: pack,
                    severityOverride: override)
                rule.check(context)
                let status: RuleStatus
                if context.findings.contains(where: { $0.kind == .violation }) {
                    status = .failed
                } else if let first = context.findings.first {
                    status = .couldNotVerify(first.message)
                } else {
                    status = .passed
                }
                outcomes.append(
                    RuleOutcome(rule: description.identifier, clause: description.clause, pack: pack.identifier, status: status))
                findings.append(contentsOf: context.findings)
            }
        }
        return FileReport(
            path: dossier.path, dossierId: dossier.id, scheme: selected.first?.identifier ?? dossier.scheme,
            profile: dossier.profile, findings: findings, outcomes: outcomes)
    }
}
