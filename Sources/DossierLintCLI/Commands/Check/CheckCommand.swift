import DossierLintKit

/// `dossierlint [check] PATH...`: checks dossiers and reports findings.
enum CheckCommand {
    /// The command, as the table lists it.
    static let command = Command(
        name: "check", abstract: "check dossiers (the default command)", abstractZh: "检查档案（默认命令）",
        synopsis: "[check] PATH... [options]", usage: usage, usageZh: usageZh, epilogue: ExitStatus.help,
        epilogueZh: ExitStatus.helpZh, arguments: .files, options: options, body: run)

    /// The options' parser (`--help` included).
    static var parser: ArgumentParser { command.parser }

    /// The report format used without `--format`.
    static let defaultFormat = TextReporter.name

    /// The options, in the order the help lists them.
    static let options = [
        OptionSpecification(
            "format", short: "f", value: "FORMAT", allowed: Reporters.names,
            help: "output format: "
                + Reporters.names.map { $0 == defaultFormat ? "\($0) (default)" : $0 }.joined(separator: ", "),
            zh: "输出格式："
                + Reporters.names.map { $0 == defaultFormat ? "\($0)（默认）" : $0 }.joined(separator: "、")),
        OptionSpecification(
            "output", short: "o", value: "FILE", help: "write the report to FILE (whole or not at all)",
            zh: "把报告写入 FILE（要么完整写入，要么不写）"),
        OptionSpecification(
            "as-of", value: "YYYY-MM-DD", help: "judge every dossier as of this day", zh: "以该日为判定日检查每份档案"),
        OptionSpecification(
            "profile", value: "NAME", completes: .values(BuiltInNames.profiles),
            help: "certification body profile to apply", zh: "要应用的认证机构配置"),
        OptionSpecification(
            "registry", value: "FILE", help: "repository registry of the body and its personnel",
            zh: "认证机构及其人员的登记文件"),
        .calendar,
        OptionSpecification(
            "config", value: "FILE",
            help: "configuration file (default: the nearest .dossierlint.yml above each file)",
            zh: "配置文件（默认：每个文件所在文件夹或上级文件夹中最近的 .dossierlint.yml）"),
        .failOn(help: "lowest severity that fails the run (default: error)", zh: "使运行失败的最低严重程度（默认：error）"),
        .language(help: "message language (default: from the locale)", zh: "消息语言（默认：取自区域设置）"),
        OptionSpecification(
            "stdin-filename", value: "NAME", completes: .files, help: "name to report for a dossier read from '-'",
            zh: "从 '-'（标准输入）读入的档案在报告中的文件名"),
        .disable,
        OptionSpecification("no-color", help: "never colour the text output", zh: "文本输出不使用颜色"),
        OptionSpecification(
            "junit-locations",
            help: "junit: add file/line on test cases and skipped on testsuites (GitLab; not in the JUnit XSD)",
            zh: "junit：在 testcase 上加 file/line，在 testsuites 上加 skipped（供 GitLab；JUnit XSD 中没有）"),
        OptionSpecification(
            "baseline", value: "FILE", help: "accept the findings recorded in FILE; fail only on new ones",
            zh: "接受基线 FILE 中记录的问题，只对新问题失败"),
        OptionSpecification(
            "write-baseline", value: "FILE", help: "record every current finding in FILE (then they are accepted)",
            zh: "把当前的全部问题记录到基线 FILE（此后即被接受）"),
        .rules,
        OptionSpecification(
            "skip-non-dossiers",
            help: "skip files named on the command line that are not dossiers, as in folders (pre-commit)",
            zh: "跳过命令行中指定的非档案文件，与文件夹中的文件一样（用于 pre-commit）"),
    ]

    /// The help shown before the options.
    static let usage = """
        USAGE: dossierlint [check] PATH... [options]

        Checks certification audit dossiers (YAML or JSON, `schema: itsms-dossier/1`)
        against CNCA-ITSMS-01:2026. PATH is a file, a folder (searched recursively
        for *.yaml, *.yml, *.json) or '-' for standard input.

        OPTIONS:
        """

    /// The help shown before the options, in Chinese.
    static let usageZh = """
        用法：dossierlint [check] PATH... [选项]

        检查认证审核档案（YAML 或 JSON，`schema: itsms-dossier/1`）是否符合
        CNCA-ITSMS-01:2026。PATH 是文件、文件夹（递归查找 *.yaml、*.yml、*.json），
        或表示标准输入的 '-'。

        选项：
        """
}
