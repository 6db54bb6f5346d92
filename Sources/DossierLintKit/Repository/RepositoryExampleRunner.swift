import DossierSyntax

/// Builds the example repository of a repository rule's example and runs the
/// rule on it.
///
/// An example's `repository:` holds `registry:` (a patch of one of the pack's
/// `example-registries`: `{base: registry, set: {...}, remove: [...]}`, or
/// `none` for a repository without a registry; the unpatched `registry` when
/// absent), `dossiers:` (a list of patches of the pack's example dossiers,
/// `{base: initial, set: {...}, remove: [...]}`; one unpatched `initial` when
/// absent) and optionally `as_of:`. The files are named `registry.yaml` and
/// `dossier-1.yaml`, `dossier-2.yaml`, ...; a triggering example's `expect:`
/// lists its findings as `file#pointer`, in any order.
public enum RepositoryExampleRunner {
    /// The judging day when the example gives none.
    public static let defaultJudgingDay = Day(year: 2026, month: 11, day: 24)!

    /// The example repository, its dossiers summarised with `summarize`.
    public static func repository(
        for example: RuleExample, in pack: RulePack, summarize: DossierSummarizer
    ) throws(ExampleRunner.Failure) -> (repository: Repository, judgingDay: Day) {
        let spec = Field(node: example.repository, pointer: "/repository", location: .start)
        var judgingDay = defaultJudgingDay
        if spec["as_of"].exists {
            guard let day = spec["as_of"].date.value else {
                throw ExampleRunner.Failure(description: "repository.as_of is not a date")
            }
            judgingDay = day
        }
        var registry: RepositoryRegistry?
        let registrySpec = spec["registry"]
        if registrySpec.string != "none" {
            var registryPack = pack
            registryPack.exampleDossiers = pack.exampleRegistries
            let patch = try self.patch(registrySpec, defaultBase: "registry")
            let root = try ExampleRunner.tree(for: patch, in: registryPack)
            registry = RepositoryRegistry(
                path: "registry.yaml", root: Field(node: root, pointer: "", location: root.location))
        }
        let personnel = registry?.personnelById ?? [:]
        var patches = try spec["dossiers"].elements.map { field throws(ExampleRunner.Failure) in
            try self.patch(field, defaultBase: "initial")
        }
        if !spec["dossiers"].exists { patches = [RuleExample(description: "", triggers: false)] }
        var summaries: [DossierSummary] = []
        for (index, patch) in patches.enumerated() {
            let root = try ExampleRunner.tree(for: patch, in: pack)
            let document = Document(
                source: SourceText(path: "dossier-\(index + 1).yaml", string: ""), format: .yaml, root: root)
            let dossier = Dossier(document: document, registryPersonnel: personnel)
            summaries.append(summarize(dossier, judgingDay))
        }
        return (Repository(registry: registry, dossiers: summaries), judgingDay)
    }

    /// Runs `rule` on the example's repository and returns its findings.
    public static func run(
        _ example: RuleExample, rule: any RepositoryRule, description: RuleDescription, pack: RulePack,
        summarize: DossierSummarizer
    ) throws(ExampleRunner.Failure) -> [Finding] {
        let (repository, judgingDay) = try self.repository(for: example, in: pack, summarize: summarize)
        let context = RepositoryContext(
            repository: repository, description: description, judgingDay: judgingDay, pack: pack)
        rule.check(context)
        return context.findings
    }

    /// A finding as an example's `expect:` writes it: `file#pointer`.
    public static func expectation(_ finding: Finding) -> String { finding.file + "#" + finding.pointer }

    private static func patch(_ field: Field, defaultBase: String) throws(ExampleRunner.Failure) -> RuleExample {
        if field.exists && !field.isMapping {
            throw ExampleRunner.Failure(description: "\(field.path) must be a mapping {base, set, remove}")
        }
        var set: [(String, Node)] = []
        for entry in field["set"].node?.mapping ?? [] { set.append((entry.key, entry.value)) }
        return RuleExample(
            description: "", base: field["base"].string ?? defaultBase, triggers: false, set: set,
            remove: field["remove"].texts.value ?? [])
    }
}
