import DossierLintKit

/// Fuzzes the suppression-comment scanner: `SuppressionScanner.comments(in:)` reads the
/// raw lines of a YAML file (quoted and block scalars, `# dossierlint:` directives,
/// selectors, reasons and the lines each covers). It never throws.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    for comment in SuppressionScanner.comments(in: bytes) {
        _ = (comment.directive, comment.selectors, comment.reason, comment.location, comment.lines)
    }
    return 0
}
