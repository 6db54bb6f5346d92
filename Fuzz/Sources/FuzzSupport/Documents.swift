import DossierSyntax

/// What the parser targets run on an input after their parser alone: `Document` with a
/// path of the syntax (`SourceText` decoding, then the parser), every node of the tree,
/// and the source's line and offset lookups; a parse or encoding error is expected, and
/// its text, built from the source, is made.
public func fuzzDocument(_ bytes: [UInt8], path: String) {
    do {
        let document = try Document(path: path, data: bytes)
        visit(document.root)
        _ = document.source.location(ofOffset: bytes.count / 2)
        _ = document.source.line(document.root.end.line)
    } catch {
        _ = error.description
    }
}

/// Reads every node of a tree (depth is bounded by `maximumDepth`).
func visit(_ node: Node) {
    _ = (node.range, node.kindName, node.isNull)
    switch node.content {
    case .scalar: break
    case .sequence(let elements):
        for element in elements { visit(element) }
    case .mapping(let entries):
        for entry in entries { visit(entry.value) }
    }
}
