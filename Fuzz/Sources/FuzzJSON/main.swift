import DossierSyntax
import FuzzSupport

/// Fuzzes the JSON parser: `JSONParser.parse` on the raw bytes, and `Document` with a
/// `.json` path (`SourceText` decoding, then the parser), whose errors are located
/// (line, column, source line) and printed. Work per input is bounded by the standard
/// `SourceText.Limits` and libFuzzer's `-max_len`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    _ = try? JSONParser.parse(bytes)
    fuzzDocument(bytes, path: "fuzz.json")
    return 0
}
