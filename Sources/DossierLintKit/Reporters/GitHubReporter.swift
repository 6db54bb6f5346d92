/// GitHub Actions workflow commands, which GitHub shows as annotations on the
/// dossier lines of a pull request:
///
/// ```
/// ::error file=dossiers/a.yaml,line=12,col=5,endLine=12,endColumn=15,title=stage-gap (5.6.1)::stage 2 is late
/// ```
///
/// - `line`, `col`, `endLine` and `endColumn` give the finding's range (the
///   end is exclusive: the position just after the field) when it lies on one
///   line. A range over several lines is written as its start only (`line`
///   and `col`): GitHub's runner drops `col` and `endColumn` when `line` and
///   `endLine` differ, and shows a multi-line annotation at its last line,
///   which for a whole mapping is far from the key the finding is about.
/// - `error`, `warning`, or `notice` for info findings; suppressed findings
///   are left out.
/// - The message is in `options.language`, escaped as GitHub's runner expects:
///   `%` → `%25`, CR → `%0D`, LF → `%0A`; property values (`file`, `title`)
///   additionally `:` → `%3A` and `,` → `%2C`; other control characters are
///   written `\u{XX}`. One finding therefore always stays one command,
///   whatever the dossier holds.
/// - The last line is the plain-text summary (as in the text format), which
///   GitHub prints in the job log.
public enum GitHubReporter: Reporter {
    /// `github`.
    public static let name = "github"

    /// One workflow command per unsuppressed finding as each file comes, then the summary.
    public static func writer(header: ReportHeader, options: ReportOptions) -> any ReportWriter {
        Writer(language: options.language)
    }

    private struct Writer: ReportWriter {
        var language: Language
        var hasHead: Bool { false }

        func part(for file: FileReport) -> String {
            var output = ""
            for finding in file.findings where finding.suppression == nil {
                let command: String
                switch finding.severity {
                case .error: command = "error"
                case .warning: command = "warning"
                case .info: command = "notice"
                }
                let title = finding.clause.isEmpty ? finding.rule : "\(finding.rule) (\(finding.clause))"
                output.append("::\(command) ")
                output.append("file=" + Escaping.workflowCommandProperty(finding.file))
                output.append(",line=\(finding.location.line),col=\(finding.location.column)")
                let end = finding.endLocation
                if end.line == finding.location.line && end.column >= finding.location.column {
                    output.append(",endLine=\(end.line),endColumn=\(end.column)")
                }
                output.append(",title=" + Escaping.workflowCommandProperty(title))
                output.append("::" + Escaping.workflowCommandData(finding.message.text(in: language)) + "\n")
            }
            return output
        }

        func finish(_ summary: ReportSummary) -> (head: String, tail: String) {
            ("", Escaping.terminalControls(summary.line(in: language)) + "\n")
        }
    }
}
