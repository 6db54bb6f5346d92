/// The machine-readable format of the command-line contract.
///
/// The contract's fields keep the contract's order and exact names; this
/// reporter adds a few (consumers that read only the contract's fields are not
/// affected): the end of the finding's range next to its start, the rest after
/// the contract's fields:
///
/// ```json
/// {
///   "tool": {"name": "dossierlint", "version": "…"},
///   "as_of": "2026-11-24",
///   "files": [{"path": "…", "dossier_id": "…" or null, "scheme": "…" or null, "profile": "…" or null}],
///   "findings": [
///     {"rule": "…", "clause": "…", "pack": "…", "severity": "error|warning|info",
///      "message": "…", "file": "…", "line": 12, "column": 5,
///      "end_line": 12, "end_column": 15,           // added
///      "pointer": "/…",
///      "kind": "violation|cannot_verify|parse",   // added
///      "suppressed": false,                        // added
///      "suppression_reason": "…"}                  // added, only when suppressed
///   ],
///   "summary": {"files": 1, "errors": 1, "warnings": 0, "infos": 0,
///               "suppressed": 0, "skipped_files": 0, "unparsable_files": 0}   // last three added
/// }
/// ```
///
/// - `findings` lists suppressed findings too, marked `"suppressed": true`;
///   the summary's `errors`, `warnings` and `infos` count only unsuppressed
///   ones, `suppressed` counts the others.
/// - `message` is in `options.language`.
/// - `end_line` and `end_column` end the finding's range: the position just
///   after the field it points at (exclusive, 1-based, columns in Unicode
///   scalars like `column`); they equal `line` and `column` when the finding
///   points at a place rather than a field (an absent field, a parse error).
/// - `clause` and `pack` are `""` for findings that belong to no rule pack
///   (rule `parse`).
/// - Two-space indentation, keys in the order above, a trailing newline;
///   non-ASCII text is written as UTF-8, control characters as `\u00XX`.
public enum JSONReporter: Reporter {
    /// `json`.
    public static let name = "json"

    /// The findings as each file comes; the tool, the judging day and the file list
    /// before them, the summary after.
    public static func writer(header: ReportHeader, options: ReportOptions) -> any ReportWriter {
        Writer(header: header, language: options.language)
    }

    private struct Writer: ReportWriter {
        var header: ReportHeader
        var language: Language
        var files: [JSONWriter.Value] = []
        var findings = 0

        mutating func part(for file: FileReport) -> String {
            String(decoding: partBytes(for: file), as: UTF8.self)
        }

        mutating func partBytes(for file: FileReport) -> [UInt8] {
            files.append(JSONReporter.file(file))
            guard !file.findings.isEmpty else { return [] }
            var elements = JSONWriter.Elements(depth: 2, first: findings == 0)
            // Read in place: a loop over the findings copies each, every text counted.
            file.findings.withUnsafeBufferPointer { findings in
                for index in findings.indices {
                    JSONReporter.write(findings[index], language: language, to: &elements)
                }
            }
            findings += file.findings.count
            return elements.bytes
        }

        func finish(_ summary: ReportSummary) -> (head: String, tail: String) {
            let document: JSONWriter.Value = .object([
                .init(
                    "tool",
                    .object([.init("name", .string("dossierlint")), .init("version", .string(header.toolVersion))])),
                .init("as_of", .string(header.asOf.description)),
                .init("files", .array(files)),
                .init("findings", .spliced),
                .init(
                    "summary",
                    .object([
                        .init("files", .int(summary.files)),
                        .init("errors", .int(summary.counts.errors)),
                        .init("warnings", .int(summary.counts.warnings)),
                        .init("infos", .int(summary.counts.infos)),
                        .init("suppressed", .int(summary.suppressed)),
                        .init("skipped_files", .int(summary.skippedFiles)),
                        .init("unparsable_files", .int(summary.unparsableFiles)),
                    ])),
            ])
            let (head, tail, _) = JSONWriter.split(document, elements: findings)
            return (head, tail)
        }
    }

    private static func file(_ file: FileReport) -> JSONWriter.Value {
        .object([
            .init("path", .string(file.path)),
            .init("dossier_id", .optional(file.dossierId)),
            .init("scheme", .optional(file.scheme)),
            .init("profile", .optional(file.profile)),
        ])
    }

    /// Writes a finding's object, its members in the order of the format above.
    private static func write(_ finding: Finding, language: Language, to elements: inout JSONWriter.Elements) {
        elements.appendObject { members in
            members.string("rule", finding.rule)
            members.string("clause", finding.clause)
            members.string("pack", finding.pack)
            members.string("severity", finding.severity.rawValue)
            members.string("message", finding.message.text(in: language))
            members.string("file", finding.file)
            members.int("line", finding.location.line)
            members.int("column", finding.location.column)
            members.int("end_line", finding.endLocation.line)
            members.int("end_column", finding.endLocation.column)
            members.string("pointer", finding.pointer)
            members.string("kind", finding.kind.rawValue)
            members.bool("suppressed", finding.suppression != nil)
            if let reason = finding.suppression { members.string("suppression_reason", reason) }
        }
    }
}
