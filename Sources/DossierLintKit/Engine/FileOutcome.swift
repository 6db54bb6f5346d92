import DossierSyntax

/// What became of one input file.
public enum FileOutcome: Sendable {
    /// Checked (or failed to parse, with a `parse` finding).
    case checked(FileReport, parseError: ParseError?)
    /// Not a dossier (no `schema: itsms-dossier/1`); skipped and counted.
    case skipped(path: String)
    /// The repository registry (`schema: itsms-registry/1`).
    case registry(path: String)
}

/// One file read in a run: its outcome, and the dossier's summary when the
/// file is a dossier and summaries were asked for (for the repository rules).
public struct ScannedFile: Sendable {
    /// What became of the file.
    public var outcome: FileOutcome
    /// The dossier's summary, if any.
    public var summary: DossierSummary?

    /// Creates a scanned file.
    public init(outcome: FileOutcome, summary: DossierSummary?) {
        self.outcome = outcome
        self.summary = summary
    }

    /// A file (or folder) that could not be read: a `parse` finding saying `message`.
    static func unreadable(_ path: String, message: String = "cannot read the file") -> ScannedFile {
        let error = ParseError(.syntax, message, at: .start, file: path)
        let report = FileReport(
            path: path, dossierId: nil, scheme: nil, profile: nil, findings: [Finding(parseError: error, file: path)],
            outcomes: [])
        return ScannedFile(outcome: .checked(report, parseError: error), summary: nil)
    }
}
