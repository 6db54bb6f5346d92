import Dispatch
import DossierSyntax

/// Builds the summary of a dossier that the repository rules read, on the day it is judged.
public typealias DossierSummarizer = @Sendable (Dossier, Day) -> DossierSummary

/// The result of the repository rules on one repository.
public struct RepositoryResult: Sendable {
    /// Their findings, in deterministic order (they point at the registry or at dossiers).
    public var findings: [Finding]
    /// One outcome per repository rule that ran, in rule order.
    public var outcomes: [RuleOutcome]

    /// Creates a result; findings are sorted.
    public init(findings: [Finding], outcomes: [RuleOutcome]) {
        self.findings = Finding.inOrder(findings)
        self.outcomes = outcomes
    }
}

/// Runs the repository rules (scope `repository`) of a linter's packs over a repository.
public struct RepositoryChecker: Sendable {
    /// The linter whose packs, implementations and settings are used.
    public let linter: Linter

    /// Creates a checker.
    public init(linter: Linter) {
        self.linter = linter
    }

    /// The identifiers of every repository rule of the linter's packs.
    public var repositoryRuleIdentifiers: Set<String> {
        Set(linter.packs.values.flatMap(\.rules).filter { $0.scope == .repository }.map(\.identifier))
    }

    /// Runs every enabled repository rule of the packs the dossiers use (the
    /// default pack when there are none) on `judgingDay`.
    public func check(_ repository: Repository, judgingDay: Day) -> RepositoryResult {
        var schemes = Set(repository.dossiers.map(\.scheme))
        if schemes.isEmpty { schemes.insert(Dossier.defaultScheme) }
        var jobs: [(description: RuleDescription, pack: RulePack, rule: any RepositoryRule, scoped: Repository)] = []
        for scheme in schemes.sorted() {
            guard let pack = linter.packs[scheme] else { continue }
            let scoped = Repository(
                registry: repository.registry, dossiers: repository.dossiers.filter { $0.scheme == scheme })
            for description in pack.rules where description.scope == .repository {
                guard let rule = linter.implementations[description.identifier] as? any RepositoryRule,
                    linter.settings.isEnabled(description)
                else { continue }
                jobs.append((description, pack, rule, scoped))
            }
        }
        // Each rule sees the whole repository, so the rules, not the dossiers, share the cores;
        // their results are recorded in rule order, as one after the other would give them.
        let settings = linter.settings
        let chosen = jobs
        let found = Slots<[Finding]>(count: chosen.count)
        DispatchQueue.concurrentPerform(iterations: chosen.count) { index in
            let (description, pack, rule, scoped) = chosen[index]
            let context = RepositoryContext(
                repository: scoped, description: settings.configured(description), judgingDay: judgingDay,
                pack: pack, severityOverride: settings.severity(for: description))
            rule.check(context)
            found.set(index, context.findings)
        }
        // Each rule's list is freed once recorded, into a list made at its full size at once: a
        // repository under review has tens of thousands of findings, held in as few copies as can be.
        var perRule = found.take()
        var runs = RuleRuns()
        runs.findings.reserveCapacity(perRule.reduce(0) { $0 + $1.count })
        for (position, job) in zip(perRule.indices, jobs) {
            let findings = perRule[position]
            perRule[position] = []
            runs.record(job.description, of: job.pack, settings: settings, found: findings)
        }
        return RepositoryResult(findings: runs.findings, outcomes: runs.outcomes)
    }

    /// Adds repository findings to the file reports they point at. The `home`
    /// file (the registry) gets a report holding the repository rules'
    /// outcomes; findings on a file without a report get a report of their own.
    public static func merge(_ result: RepositoryResult, into files: [FileReport], home: String?) -> [FileReport] {
        var byFile: [String: [Finding]] = [:]
        for finding in result.findings { byFile[finding.file, default: []].append(finding) }
        var merged: [FileReport] = []
        for var file in files {
            if let extra = byFile.removeValue(forKey: file.path) {
                file = FileReport(
                    path: file.path, dossierId: file.dossierId, scheme: file.scheme, profile: file.profile,
                    findings: file.findings + extra, outcomes: file.outcomes)
            }
            merged.append(file)
        }
        var paths = Set(byFile.keys)
        if let home { paths.insert(home) }
        for path in paths.sorted() {
            merged.append(
                FileReport(
                    path: path, dossierId: nil, scheme: nil, profile: nil, findings: byFile[path] ?? [],
                    outcomes: path == home ? result.outcomes : []))
        }
        return merged
    }
}
