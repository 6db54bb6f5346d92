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
public struct RuleDescription: Sendable {
    /// Unique identifier, e.g. `stage-gap`.
    public var identifier: String
    /// The pack it belongs to.
    public var pack: String
    /// The clause, as printed in the source document.
    public var clause: String
    /// Other clauses the same check enforces (e.g. 4.2 for the 3.11 registration rule).
    public var relatedClauses: [String]
    /// The default severity, from the clause's verb.
    public var severity: Severity
    /// A short title.
    public var title: Message
    /// Why the rule exists, quoting the clause.
    public var rationale: Message
    /// The reading the project chose where the clause is open to interpretation.
    public var notes: Message?
    /// The dossier fields the rule reads, as pointer patterns (`/audits/*/dates`).
    public var reads: [String]
    /// The rule's limits, by name.
    public var parameters: [MappingEntry]
    /// Examples run by the test suite.
    public var examples: [RuleExample]
    /// Where the description was read from.
    public var sourcePath: String
    /// What the rule needs to see (`scope:` in the data file; `dossier` unless stated).
    public var scope: RuleScope = .dossier

    /// The parameter `name` as a field, for typed reads.
    public func parameter(_ name: String) -> Field {
        let node = parameters.first { $0.key == name }?.value
        return Field(node: node, pointer: "/parameters/\(name)", location: .start)
    }
}

/// Reads rule descriptions from their data files.
public enum RuleDescriptionReader {
    /// Reads one rule's description from its parsed data file.
    public static func read(_ node: Node, pack: String, path: String) throws(ParseError) -> RuleDescription {
        let root = Field(node: node, pointer: "", location: node.location)
        func text(_ field: Field) throws(ParseError) -> String {
            guard let value = field.text.value else {
                throw ParseError(.syntax, "\(path): \(field.path) is required text", at: field.location, file: path)
            }
            return value
        }
        func message(_ field: Field) throws(ParseError) -> Message {
            Message(zh: try text(field["zh"]), en: try text(field["en"]))
        }
        guard let severity = Severity(rawValue: try text(root["severity"])) else {
            throw ParseError(
                .syntax, "\(path): severity must be error, warning or info", at: root["severity"].location, file: path)
        }
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
        let scopeField = root["scope"]
        guard let scope = RuleScope(rawValue: scopeField.string ?? "dossier") else {
            throw ParseError(
                .syntax, "\(path): scope must be dossier or repository", at: scopeField.location, file: path)
        }
        var description = RuleDescription(
            identifier: try text(root["id"]), pack: pack, clause: try text(root["clause"]),
            relatedClauses: root["related_clauses"].texts.value ?? [], severity: severity,
            title: try message(root["title"]), rationale: try message(root["rationale"]),
            notes: root["notes"].exists ? try message(root["notes"]) : nil,
            reads: root["reads"].texts.value ?? [], parameters: root["parameters"].node?.mapping ?? [],
            examples: examples, sourcePath: path)
        description.scope = scope
        return description
    }
}
