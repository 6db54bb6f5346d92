import DossierSyntax

/// Builds the dossier of a rule example (the pack's example dossier with the
/// example's changes applied) and runs one rule on it.
public enum ExampleRunner {
    /// Why an example could not be built.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// What went wrong.
        public var description: String
    }

    /// The example's dossier tree.
    public static func tree(for example: RuleExample, in pack: RulePack) throws(Failure) -> Node {
        guard var root = pack.exampleDossiers[example.base] else {
            throw Failure(description: "no example dossier '\(example.base)' in pack \(pack.identifier)")
        }
        for pointer in example.remove {
            try apply(&root, tokens: JSONPointer.tokens(of: pointer), value: nil, pointer: pointer)
        }
        for (pointer, value) in example.set {
            try apply(&root, tokens: JSONPointer.tokens(of: pointer), value: value, pointer: pointer)
        }
        return root
    }

    /// Runs `rule` on the example and returns its findings.
    public static func run(
        _ example: RuleExample, rule: any Rule, description: RuleDescription, pack: RulePack, judgingDay: Day? = nil
    ) throws(Failure) -> [Finding] {
        let root = try tree(for: example, in: pack)
        let source = SourceText(path: "example.yaml", string: "")
        let document = Document(source: source, format: .yaml, root: root)
        let dossier = Dossier(document: document)
        let day = judgingDay ?? dossier.asOf ?? Day(year: 2026, month: 11, day: 24)!
        let context = RuleContext(dossier: dossier, description: description, judgingDay: day, pack: pack)
        rule.check(context)
        return context.findings
    }

    private static func apply(_ node: inout Node, tokens: [String], value: Node?, pointer: String) throws(Failure) {
        guard let first = tokens.first else {
            if let value { node = value }
            return
        }
        let rest = Array(tokens.dropFirst())
        switch node.content {
        case .mapping(var entries):
            if let index = entries.firstIndex(where: { $0.key == first }) {
                if rest.isEmpty && value == nil {
                    entries.remove(at: index)
                } else {
                    try apply(&entries[index].value, tokens: rest, value: value, pointer: pointer)
                }
            } else if let value {
                var child = Node(.mapping([]), at: node.location)
                try apply(&child, tokens: rest, value: value, pointer: pointer)
                entries.append(MappingEntry(key: first, keyLocation: node.location, value: child))
            }
            node.content = .mapping(entries)
        case .sequence(var elements):
            if first == "-" {
                guard rest.isEmpty, let value else {
                    throw Failure(description: "'-' must end a set pointer: \(pointer)")
                }
                elements.append(value)
            } else if let index = Int(first), elements.indices.contains(index) {
                if rest.isEmpty && value == nil {
                    elements.remove(at: index)
                } else {
                    try apply(&elements[index], tokens: rest, value: value, pointer: pointer)
                }
            } else {
                throw Failure(description: "no element '\(first)' for pointer \(pointer)")
            }
            node.content = .sequence(elements)
        case .scalar:
            if value != nil { throw Failure(description: "cannot descend into a scalar at \(pointer)") }
        }
    }
}
