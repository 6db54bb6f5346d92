/// The default, human-readable format: one compiler-like line per finding,
/// then a summary line.
///
/// ```
/// dossiers/b.yaml:12:5: error: stage 2 started 97 days after stage 1 [stage-gap, 5.6.1]
/// dossiers/c.yaml:3:7: error: expected ':' after a mapping key [parse]
/// 3 files checked: 2 errors, 0 warnings, 0 infos (1 file could not be parsed)
/// ```
///
/// - Severity words are `error`, `warning` and `info`.
/// - Messages are in `options.language`; control characters in them are shown
///   as `\u{XX}` so one finding stays on one line.
/// - Suppressed findings are not shown (the summary counts them); cannot-verify
///   findings are shown like the others, their message says what is missing.
/// - With `options.color`, ANSI colours: bold location, red `error`,
///   yellow `warning`, cyan `info`.
public enum TextReporter: Reporter {
    /// `text`.
    public static let name = "text"

    /// A line per unsuppressed finding as each file comes, then the summary.
    public static func writer(header: ReportHeader, options: ReportOptions) -> any ReportWriter {
        Writer(options: options)
    }

    private struct Writer: ReportWriter {
        var options: ReportOptions
        var hasHead: Bool { false }

        func part(for file: FileReport) -> String {
            var output = ""
            for finding in file.findings where finding.suppression == nil {
                output.append(TextReporter.line(for: finding, options: options))
                output.append("\n")
            }
            return output
        }

        func finish(_ summary: ReportSummary) -> (head: String, tail: String) {
            ("", summary.line(in: options.language) + "\n")
        }
    }

    /// One finding's line, without a line end.
    static func line(for finding: Finding, options: ReportOptions) -> String {
        let location = String.concatenating(
            finding.file, ":", String(finding.location.line), ":", String(finding.location.column), ":")
        let word: String
        let colour: String
        switch finding.severity {
        case .error: (word, colour) = ("error", ANSI.red)
        case .warning: (word, colour) = ("warning", ANSI.yellow)
        case .info: (word, colour) = ("info", ANSI.cyan)
        }
        let tag =
            finding.clause.isEmpty
            ? String.concatenating("[", finding.rule, "]")
            : String.concatenating("[", finding.rule, ", ", finding.clause, "]")
        let message = finding.message.text(in: options.language)
        let safeLocation = Escaping.terminalControls(location)
        let safeMessage = Escaping.terminalControls(message)
        let safeTag = Escaping.terminalControls(tag)
        guard options.color else {
            return String.concatenating(safeLocation, " ", word, ": ", safeMessage, " ", safeTag)
        }
        return String.concatenating(
            ANSI.bold, safeLocation, ANSI.reset, " ", ANSI.bold, colour, word, ":", ANSI.reset, " ", safeMessage, " ",
            safeTag)
    }

    /// ANSI SGR sequences.
    enum ANSI {
        static let reset = "\u{1B}[0m"
        static let bold = "\u{1B}[1m"
        static let red = "\u{1B}[31m"
        static let yellow = "\u{1B}[33m"
        static let cyan = "\u{1B}[36m"
    }
}
