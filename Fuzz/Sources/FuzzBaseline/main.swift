import DossierLintKit

/// Fuzzes the baseline reader: `Baseline.read` of a `baseline.json` (JSON parser, then
/// the `tool`, `baseline_version` and `findings` checks), and `render()` of a baseline
/// that reads. Malformed and invalid files are expected outcomes; their messages are built.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    do {
        let baseline = try Baseline.read(path: "baseline.json", data: bytes)
        _ = (baseline.render(), baseline.total)
    } catch {
        _ = error.description
    }
    return 0
}
