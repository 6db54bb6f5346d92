import DossierSyntax

/// Fuzzes the YAML-subset parser: `SourceText` decoding of the raw bytes (byte order
/// mark, encoding sniffing, NUL bytes), `YAMLParser.parse`, and `Document` with a
/// `.yaml` path, whose errors are located (line, column, source line) and printed.
/// Work per input is bounded by the standard `SourceText.Limits` and libFuzzer's `-max_len`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    _ = try? YAMLParser.parse(bytes)
    do {
        let document = try Document(path: "fuzz.yaml", data: bytes)
        visit(document.root)
        _ = document.source.location(ofOffset: bytes.count / 2)
        _ = document.source.line(document.root.end.line)
    } catch {
        _ = error.description  // a parse or encoding error: expected; its text is built from the source
    }
    return 0
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
