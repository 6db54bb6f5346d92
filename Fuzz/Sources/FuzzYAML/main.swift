import DossierSyntax
import FuzzSupport

/// Fuzzes the YAML-subset parser: `SourceText` decoding of the raw bytes (byte order
/// mark, encoding sniffing, NUL bytes), `YAMLParser.parse`, and `Document` with a
/// `.yaml` path, whose errors are located (line, column, source line) and printed.
/// Work per input is bounded by the standard `SourceText.Limits` and libFuzzer's `-max_len`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    _ = try? YAMLParser.parse(bytes)
    fuzzDocument(bytes, path: "fuzz.yaml")
    return 0
}
