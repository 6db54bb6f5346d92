import DossierSyntax

/// The part of a rule data file that a check reads: every top-level key but the
/// documentation (`rationale`, `notes`, `reads`) and the `examples`, which only
/// `rules`, `explain`, the generated documents and the tests read. The compiled-in
/// packs keep this part as a `NodeArchive` tree, read when the program starts,
/// and the whole file as text, parsed only when something asks for the rest
/// (`RulePackLoader.Reading.onDemand`; a test checks that both readings agree).
enum RuleHeader {
    /// The top-level keys a check needs (those `RuleDescriptionReader.read(header:…)` reads).
    static let keys: Set<String> = ["id", "clause", "related_clauses", "severity", "title", "parameters", "scope"]

    /// The tree of a rule data file with only the top-level entries in `keys`, positions as
    /// in the file; `nil` when the tree is not a mapping.
    static func of(_ root: Node) -> Node? {
        guard let entries = root.mapping else { return nil }
        return Node(.mapping(entries.filter { keys.contains($0.key) }), at: root.location, end: root.end)
    }
}
