import DossierSyntax

/// One example of a rule: a change to the pack's example dossier, and the
/// findings it must (or must not) produce.
public struct RuleExample: Sendable {
    /// What the example shows.
    public var description: String
    /// The example dossier it starts from (`initial` unless stated).
    public var base: String
    /// Whether the rule must report a finding on it.
    public var triggers: Bool
    /// Values to write, by JSON Pointer (parents are created as mappings; `-` appends).
    public var set: [(pointer: String, value: Node)]
    /// Pointers to remove.
    public var remove: [String]
    /// For triggering examples: the pointers the findings must carry (in order).
    public var expectedPointers: [String]
    /// For triggering examples: the kind expected (violation unless stated).
    public var expectedKind: FindingKind
    /// For repository rules: the example repository (`repository:` of the
    /// example: registry and dossier patches), read by `RepositoryExample`.
    public var repository: Node? = nil

    /// Creates an example.
    public init(
        description: String, base: String = "initial", triggers: Bool, set: [(pointer: String, value: Node)] = [],
        remove: [String] = [], expectedPointers: [String] = [], expectedKind: FindingKind = .violation
    ) {
        self.description = description
        self.base = base
        self.triggers = triggers
        self.set = set
        self.remove = remove
        self.expectedPointers = expectedPointers
        self.expectedKind = expectedKind
    }
}

/// What a rule needs to see: one dossier, or the whole repository (all
/// dossiers and the registry together).
public enum RuleScope: String, Sendable {
    /// The rule checks one dossier at a time.
    case dossier
    /// The rule checks the whole repository.
    case repository
}

/// Everything the documentation and the reporters know about a rule, read
/// from its data file in `Rules/<pack>/rules/<id>.yaml`: the rule's single
/// source of truth.
///
/// What a check reads (identifier, clause, severity, title, parameters, scope)
/// is kept as it is read; the documentation and the examples may wait until
/// they are first asked for (the compiled-in packs read them only then, see
/// `RulePackLoader.Reading.onDemand`).
public struct RuleDescription: Sendable {
    /// Unique identifier, e.g. `stage-gap`.
    public var identifier: String {
        get { storage.identifier }
        set { change { $0.identifier = newValue } }
    }
    /// The pack it belongs to.
    public var pack: String {
        get { storage.pack }
        set { change { $0.pack = newValue } }
    }
    /// The clause, as printed in the source document.
    public var clause: String {
        get { storage.clause }
        set { change { $0.clause = newValue } }
    }
    /// Other clauses the same check enforces (e.g. 4.2 for the 3.11 registration rule).
    public var relatedClauses: [String] {
        get { storage.relatedClauses }
        set { change { $0.relatedClauses = newValue } }
    }
    /// The default severity, from the clause's verb.
    public var severity: Severity {
        get { storage.severity }
        set { change { $0.severity = newValue } }
    }
    /// A short title.
    public var title: Message {
        get { storage.title }
        set { change { $0.title = newValue } }
    }
    /// The rule's limits, by name.
    public var parameters: [MappingEntry] {
        get { storage.parameters.entries }
        set { change { $0.parameters = ReadParameters(newValue) } }
    }
    /// Where the description was read from.
    public var sourcePath: String {
        get { storage.sourcePath }
        set { change { $0.sourcePath = newValue } }
    }
    /// What the rule needs to see (`scope:` in the data file; `dossier` unless stated).
    public var scope: RuleScope {
        get { storage.scope }
        set { change { $0.scope = newValue } }
    }
    /// The documentation and examples, read now or when first asked for (shared by the
    /// copies of a description).
    private var documentation: Deferred<RuleDocumentationParts> {
        get { storage.documentation }
        set { change { $0.documentation = newValue } }
    }

    /// The values, in one shared box: every rule run on every dossier gets a copy of its
    /// description, and a copy costs one reference count.
    private var storage: Storage

    /// Why the rule exists, quoting the clause.
    public var rationale: Message {
        get { documentation.value.rationale }
        set { changeDocumentation { $0.rationale = newValue } }
    }
    /// The reading the project chose where the clause is open to interpretation.
    public var notes: Message? {
        get { documentation.value.notes }
        set { changeDocumentation { $0.notes = newValue } }
    }
    /// The dossier fields the rule reads, as pointer patterns (`/audits/*/dates`).
    public var reads: [String] {
        get { documentation.value.reads }
        set { changeDocumentation { $0.reads = newValue } }
    }
    /// Examples run by the test suite.
    public var examples: [RuleExample] {
        get { documentation.value.examples }
        set { changeDocumentation { $0.examples = newValue } }
    }
    /// Why the documentation and examples could not be read when they were first asked
    /// for (they are then empty); `nil` when they were read. A test keeps it `nil` for
    /// every compiled-in rule.
    public var documentationError: ParseError? { documentation.value.error }

    /// Creates a description.
    public init(
        identifier: String, pack: String, clause: String, relatedClauses: [String], severity: Severity,
        title: Message, rationale: Message, notes: Message?, reads: [String], parameters: [MappingEntry],
        examples: [RuleExample], sourcePath: String, scope: RuleScope = .dossier
    ) {
        self.init(
            identifier: identifier, pack: pack, clause: clause, relatedClauses: relatedClauses, severity: severity,
            title: title, parameters: parameters, sourcePath: sourcePath, scope: scope,
            documentation: Deferred(
                RuleDocumentationParts(rationale: rationale, notes: notes, reads: reads, examples: examples)))
    }

    init(
        identifier: String, pack: String, clause: String, relatedClauses: [String], severity: Severity,
        title: Message, parameters: [MappingEntry], sourcePath: String, scope: RuleScope,
        documentation: Deferred<RuleDocumentationParts>
    ) {
        storage = Storage(
            identifier: identifier, pack: pack, clause: clause, relatedClauses: relatedClauses, severity: severity,
            title: title, parameters: ReadParameters(parameters), sourcePath: sourcePath, scope: scope,
            documentation: documentation)
    }

    /// The parameter `name` as a field, for typed reads.
    public func parameter(_ name: String) -> Field {
        storage.parameters.field[name]
    }

    /// The parameter `name` as a number (`parameter(name).number`), read once per description:
    /// rules ask for their limits on every dossier.
    public func numberParameter(_ name: String) -> Double? {
        guard let index = Node.entryIndex(forKey: name, in: storage.parameters.entries) else { return nil }
        return storage.parameters.numbers[index]
    }

    /// The parameter `name` as a list of texts (`parameter(name).texts`), read once per
    /// description.
    public func listParameter(_ name: String) -> [String]? {
        guard let index = Node.entryIndex(forKey: name, in: storage.parameters.entries) else { return nil }
        return storage.parameters.lists[index]
    }

    /// The value of `Reading` for these parameters: derived the first time a rule asks, then
    /// kept with the parameters (a change to them starts again), so that a rule derives it once
    /// per run, not once per dossier.
    public func reading<Reading: ParameterReading>(_ reading: Reading.Type) -> Reading.Value {
        let box = storage.parameters.readings.box(for: ObjectIdentifier(reading)) {
            ReadingBox(Reading.read(self))
        }
        return unsafeDowncast(box, to: ReadingBox<Reading.Value>.self).value
    }

    /// The same description in storage of its own: its texts and parameters share nothing
    /// with this one's, and its readings (`reading(_:)`) are derived again. For a thread that
    /// runs the rule on many dossiers while other threads do (see `Linter.copyForOneThread`).
    func unsharedCopy() -> RuleDescription {
        var copy = self
        copy.storage = storage.unsharedCopy()
        return copy
    }

    private mutating func changeDocumentation(_ edit: (inout RuleDocumentationParts) -> Void) {
        var parts = documentation.value
        edit(&parts)
        documentation = Deferred(parts)
    }

    /// Changes the values: in place when this copy alone holds them, else in a copy.
    private mutating func change(_ edit: (Storage) -> Void) {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        edit(storage)
    }

    private final class Storage: @unchecked Sendable {
        var identifier: String
        var pack: String
        var clause: String
        var relatedClauses: [String]
        var severity: Severity
        var title: Message
        var parameters: ReadParameters
        var sourcePath: String
        var scope: RuleScope
        var documentation: Deferred<RuleDocumentationParts>

        init(
            identifier: String, pack: String, clause: String, relatedClauses: [String], severity: Severity,
            title: Message, parameters: ReadParameters, sourcePath: String, scope: RuleScope,
            documentation: Deferred<RuleDocumentationParts>
        ) {
            self.identifier = identifier
            self.pack = pack
            self.clause = clause
            self.relatedClauses = relatedClauses
            self.severity = severity
            self.title = title
            self.parameters = parameters
            self.sourcePath = sourcePath
            self.scope = scope
            self.documentation = documentation
        }

        /// A copy with texts and parameters of its own (the documentation, read only for
        /// documents and tests, stays shared).
        func unsharedCopy() -> Storage {
            Storage(
                identifier: identifier.unsharedCopy, pack: pack.unsharedCopy, clause: clause.unsharedCopy,
                relatedClauses: relatedClauses.map(\.unsharedCopy), severity: severity,
                title: Message(zh: title.zh.unsharedCopy, en: title.en.unsharedCopy),
                parameters: ReadParameters(parameters.entries.map(\.unsharedCopy)), sourcePath: sourcePath.unsharedCopy,
                scope: scope, documentation: documentation)
        }

        func copy() -> Storage {
            Storage(
                identifier: identifier, pack: pack, clause: clause, relatedClauses: relatedClauses, severity: severity,
                title: title, parameters: parameters, sourcePath: sourcePath, scope: scope,
                documentation: documentation)
        }
    }
}

/// A rule's parameters, read once when they are set: as the mapping at `/parameters` each
/// parameter is looked up in, and each as a number and as a list of texts, in entry order.
/// Copies of a description share them.
private struct ReadParameters: Sendable {
    let entries: [MappingEntry]
    let field: Field
    let numbers: [Double?]
    let lists: [[String]?]
    /// Values derived from the parameters (`RuleDescription.reading(_:)`).
    let readings = ReadingCache()

    init(_ entries: [MappingEntry]) {
        self.entries = entries
        field = Field(node: Node(.mapping(entries), at: .start), pointer: "/parameters", location: .start)
        let fields = field.members.map(\.field)
        numbers = fields.map(\.number.value)
        lists = fields.map(\.texts.value)
    }
}

/// A value a rule derives from its parameters and needs on every dossier (a set of texts in
/// lower case, a table): derived once per description (`RuleDescription.reading(_:)`,
/// `ReportingContext.reading(_:)`).
public protocol ParameterReading {
    /// What the reading gives.
    associatedtype Value
    /// Derives the value from `description`'s parameters.
    static func read(_ description: RuleDescription) -> Value
}

/// The parts of a rule's description that only the documentation and the tests read.
struct RuleDocumentationParts: Sendable {
    var rationale: Message
    var notes: Message?
    var reads: [String]
    var examples: [RuleExample]
    var error: ParseError? = nil
}

/// Reads rule descriptions from their data files.
public enum RuleDescriptionReader {
    /// Reads one rule's description from its parsed data file.
    public static func read(_ node: Node, pack: String, path: String) throws(ParseError) -> RuleDescription {
        try read(
            header: node, pack: pack, path: path,
            documentation: Deferred(documentation(node, path: path)))
    }

    /// Reads what a check needs of a rule from `node` (the whole data file or its header), with
    /// the documentation and examples from `documentation`.
    static func read(
        header node: Node, pack: String, path: String, documentation: Deferred<RuleDocumentationParts>
    ) throws(ParseError) -> RuleDescription {
        let root = Field(node: node, pointer: "", location: node.location)
        guard let severity = Severity(rawValue: try text(root["severity"], path: path)) else {
            throw ParseError(
                .syntax, "\(path): severity must be error, warning or info", at: root["severity"].location, file: path)
        }
        let scopeField = root["scope"]
        guard let scope = RuleScope(rawValue: scopeField.string ?? "dossier") else {
            throw ParseError(
                .syntax, "\(path): scope must be dossier or repository", at: scopeField.location, file: path)
        }
        return RuleDescription(
            identifier: try text(root["id"], path: path), pack: pack, clause: try text(root["clause"], path: path),
            relatedClauses: root["related_clauses"].texts.value ?? [], severity: severity,
            title: try message(root["title"], path: path), parameters: root["parameters"].node?.mapping ?? [],
            sourcePath: path, scope: scope, documentation: documentation)
    }

    /// The documentation and examples of a rule from the text of its whole data file (shown as
    /// `path`); empty, with the error, when the text does not read.
    static func documentation(text: String, path: String) -> RuleDocumentationParts {
        do throws(ParseError) {
            return try documentation(
                Document(source: SourceText(path: path, string: text), format: .yaml).root, path: path)
        } catch {
            let empty = Message(zh: "", en: "")
            return RuleDocumentationParts(rationale: empty, notes: nil, reads: [], examples: [], error: error)
        }
    }

    /// Reads the documentation and examples of a rule from its whole data file.
    static func documentation(_ node: Node, path: String) throws(ParseError) -> RuleDocumentationParts {
        let root = Field(node: node, pointer: "", location: node.location)
        var examples: [RuleExample] = []
        for (key, triggers) in [("triggering", true), ("non_triggering", false)] {
            for example in root["examples"][key].elements {
                var set: [(String, Node)] = []
                for entry in example["set"].node?.mapping ?? [] { set.append((entry.key, entry.value)) }
                let expected = example["expect"].texts.value ?? []
                let kind = FindingKind(rawValue: example["kind"].string ?? "violation") ?? .violation
                var item = RuleExample(
                    description: example["description"].string ?? "", base: example["base"].string ?? "initial",
                    triggers: triggers, set: set,
                    remove: example["remove"].texts.value ?? [], expectedPointers: expected, expectedKind: kind)
                item.repository = example["repository"].node
                examples.append(item)
            }
        }
        return RuleDocumentationParts(
            rationale: try message(root["rationale"], path: path),
            notes: root["notes"].exists ? try message(root["notes"], path: path) : nil,
            reads: root["reads"].texts.value ?? [], examples: examples)
    }

    private static func text(_ field: Field, path: String) throws(ParseError) -> String {
        guard let value = field.text.value else {
            throw ParseError(.syntax, "\(path): \(field.path) is required text", at: field.location, file: path)
        }
        return value
    }

    private static func message(_ field: Field, path: String) throws(ParseError) -> Message {
        Message(zh: try text(field["zh"], path: path), en: try text(field["en"], path: path))
    }
}
