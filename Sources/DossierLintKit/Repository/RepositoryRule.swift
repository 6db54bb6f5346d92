import DossierSyntax

/// The repository registry file (`schema: itsms-registry/1`): the body, its
/// personnel and the year's settings, shared by every dossier of a repository.
public struct RepositoryRegistry: Sendable {
    /// The display path.
    public var path: String
    /// The whole file as a field (pointer "").
    public var root: Field

    /// Wraps a parsed registry.
    public init(path: String, root: Field) {
        self.path = path
        self.root = root
    }

    /// The registry's people, in file order.
    public var personnel: [Field] { root["personnel"].elements }

    /// The person with `id`, if the registry defines one.
    public func person(withId id: String) -> Field? {
        personnel.first { $0["id"].string == id }
    }

    /// People by id (the first definition wins).
    public var personnelById: [String: Field] {
        var result: [String: Field] = [:]
        for person in personnel {
            if let id = person["id"].string, result[id] == nil { result[id] = person }
        }
        return result
    }
}

/// A whole repository as the repository rules see it: the registry (if any)
/// and a compact summary of every dossier, sorted by path.
public struct Repository: Sendable {
    /// The registry, if the repository has one.
    public var registry: RepositoryRegistry?
    /// The dossiers' summaries, by path.
    public var dossiers: [DossierSummary]

    /// Creates a repository; dossiers are sorted by path.
    public init(registry: RepositoryRegistry?, dossiers: [DossierSummary]) {
        self.registry = registry
        self.dossiers = dossiers.sorted { $0.path < $1.path }
    }

    /// The file a repository-wide finding points at when no field fits: the
    /// registry, else the first dossier.
    public var anchorFile: String { registry?.path ?? dossiers.first?.path ?? "" }
}

/// A check that needs the whole repository (scope `repository` in the rule
/// catalogue). Repository rules are registered with the dossier rules so the
/// registry, the documentation and the catalogue see one list; their
/// per-dossier `check(_: RuleContext)` does nothing.
public protocol RepositoryRule: Rule {
    /// Checks the repository, reporting through the context.
    func check(_ context: RepositoryContext)
}

extension RepositoryRule {
    /// Repository rules do not run on single dossiers.
    public func check(_ context: RuleContext) {}
}

/// What a repository rule sees, and where it reports.
public final class RepositoryContext: ReportingContext {
    /// The repository.
    public let repository: Repository

    /// Creates a context.
    public init(
        repository: Repository, description: RuleDescription, judgingDay: Day, pack: RulePack,
        severityOverride: Severity? = nil
    ) {
        self.repository = repository
        super.init(
            description: description, judgingDay: judgingDay, pack: pack, severityOverride: severityOverride)
    }

    /// The registry, if any.
    public var registry: RepositoryRegistry? { repository.registry }

    /// Reports a violation at a place in `file`.
    public func report(file: String, _ place: SummaryPlace, _ message: Message) {
        append(file: file, place, message, kind: .violation)
    }

    /// Reports a violation at a field of the registry.
    public func report(registryField field: Field, _ message: Message) {
        append(file: repository.registry?.path ?? repository.anchorFile, SummaryPlace(field), message, kind: .violation)
    }

    /// Reports that the rule could not verify the clause at a place, with the reason.
    public func cannotVerify(file: String, _ place: SummaryPlace, _ reason: Message) {
        append(file: file, place, cannotVerifyMessage(reason), kind: .cannotVerify)
    }

    /// Reports that the rule needs the registry, which the repository lacks.
    /// Returns the registry when there is one.
    public func requireRegistry() -> RepositoryRegistry? {
        if let registry = repository.registry { return registry }
        cannotVerify(
            file: repository.anchorFile, SummaryPlace(pointer: "", location: .start),
            Message(
                zh: "仓库没有登记文件（registry.yaml，schema: \(registrySchema)），无法得知认证机构的人员",
                en:
                    "the repository has no registry file (registry.yaml, schema: \(registrySchema)) "
                    + "listing the body's personnel"
            ))
        return nil
    }

    private func append(file: String, _ place: SummaryPlace, _ message: Message, kind: FindingKind) {
        record(
            kind, message, severity: nil, file: file, location: place.location, end: place.end, pointer: place.pointer)
    }

    /// A numeric parameter of the rule; a missing one is "cannot verify" and `nil`.
    public func parameter(_ name: String) -> Double? {
        if let value = description.numberParameter(name) { return value }
        cannotVerify(
            file: repository.anchorFile, SummaryPlace(pointer: "", location: .start),
            Message(zh: "规则包缺少参数“\(name)”", en: "the rule pack lacks the parameter \(name)"))
        return nil
    }
}
