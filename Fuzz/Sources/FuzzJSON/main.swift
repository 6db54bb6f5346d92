import DossierSyntax

/// Fuzzes the JSON parser: `JSONParser.parse` on the raw bytes, and `Document` with a
/// `.json` path (`SourceText` decoding, then the parser), whose errors are located
/// (line, column, source line) and printed. Work per input is bounded by the standard
/// `SourceText.Limits` and libFuzzer's `-max_len`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    _ = try? JSONParser.parse(bytes)
    do {
        let document = try Document(path: "fuzz.json", data: bytes)
        visit(document.root)
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
