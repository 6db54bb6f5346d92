import DossierLintKit

/// `dossierlint [check] PATH...`: checks dossiers and reports findings.
enum CheckCommand {
    /// The command, as the table lists it.
    static let command = Command(
        name: "check", abstract: "check dossiers (the default command)", synopsis: "[check] PATH... [options]",
        usage: usage, epilogue: ExitStatus.help, options: options, body: run)

    /// The options' parser (`--help` included).
    static var parser: ArgumentParser { command.parser }

    /// The report format used without `--format`.
    static let defaultFormat = TextReporter.name

    /// The options, in the order the help lists them.
    static let options = [
        OptionSpecification(
            "format", short: "f", value: "FORMAT", allowed: Reporters.names,
            help: "output format: "
                + Reporters.names.map { $0 == defaultFormat ? "\($0) (default)" : $0 }.joined(separator: ", ")),
        OptionSpecification(
            "output", short: "o", value: "FILE", help: "write the report to FILE (whole or not at all)"),
        OptionSpecification("as-of", value: "YYYY-MM-DD", help: "judge every dossier as of this day"),
        OptionSpecification("profile", value: "NAME", help: "certification body profile to apply"),
        OptionSpecification("registry", value: "FILE", help: "repository registry of the body and its personnel"),
        .calendar,
        OptionSpecification(
            "config", value: "FILE",
            help: "configuration file (default: the nearest .dossierlint.yml above each file)"),
        .failOn(help: "lowest severity that fails the run (default: error)"),
        .language(help: "message language (default: from the locale)"),
        OptionSpecification("stdin-filename", value: "NAME", help: "name to report for a dossier read from '-'"),
        .disable,
        OptionSpecification("no-color", help: "never colour the text output"),
        OptionSpecification(
            "junit-locations",
            help: "junit: add file/line on test cases and skipped on testsuites (GitLab; not in the JUnit XSD)"),
        OptionSpecification(
            "baseline", value: "FILE", help: "accept the findings recorded in FILE; fail only on new ones"),
        OptionSpecification(
            "write-baseline", value: "FILE", help: "record every current finding in FILE (then they are accepted)"),
        OptionSpecification("rules", value: "DIR", help: "add or override rule packs from DIR (laid out as Rules/)"),
        OptionSpecification(
            "skip-non-dossiers",
            help: "skip files named on the command line that are not dossiers, as in folders (pre-commit)"),
    ]

    /// The help shown before the options.
    static let usage = """
        USAGE: dossierlint [check] PATH... [options]

        Checks certification audit dossiers (YAML or JSON, `schema: itsms-dossier/1`)
        against CNCA-ITSMS-01:2026. PATH is a file, a folder (searched recursively
        for *.yaml, *.yml, *.json) or '-' for standard input.

        OPTIONS:
        """
}
