import DossierLintKit

/// `dossierlint completions bash|zsh|fish`: prints the shell's completion
/// script, generated from the command table (`CompletionScript`).
enum CompletionsCommand {
    /// The command, as the table lists it.
    static let command = Command(
        name: "completions", abstract: "print the shell completion script for bash, zsh or fish",
        abstractZh: "打印 bash、zsh 或 fish 的命令行补全脚本", synopsis: "completions bash|zsh|fish",
        usage: """
            USAGE: dossierlint completions bash|zsh|fish [options]

            Prints a script that completes dossierlint's commands, options and their
            values (formats, severities, languages, packs, rule ids) and file names.
            Install it with one line:

              bash  dossierlint completions bash > ~/.local/share/bash-completion/completions/dossierlint
              zsh   dossierlint completions zsh > ~/.zfunc/_dossierlint   (fpath=(~/.zfunc $fpath) before compinit)
              fish  dossierlint completions fish > ~/.config/fish/completions/dossierlint.fish

            OPTIONS:
            """,
        usageZh: """
            用法：dossierlint completions bash|zsh|fish [选项]

            打印补全脚本：补全 dossierlint 的命令、选项及其取值（输出格式、严重程度、
            语言、规则包、规则编号）和文件名。一行即可安装：

              bash  dossierlint completions bash > ~/.local/share/bash-completion/completions/dossierlint
              zsh   dossierlint completions zsh > ~/.zfunc/_dossierlint   （在 compinit 之前 fpath=(~/.zfunc $fpath)）
              fish  dossierlint completions fish > ~/.config/fish/completions/dossierlint.fish

            选项：
            """,
        arguments: .values(CompletionScript.Shell.allCases.map(\.rawValue)),
        options: [
            .language(
                help: "language of the descriptions zsh and fish show (default: from the locale)",
                zh: "zsh 和 fish 显示的说明所用的语言（默认：取自区域设置）")
        ], body: run)

    /// Prints the script of the shell named.
    static func run(_ parsed: ParsedArguments, environment: CommandEnvironment) throws(UsageError) -> Int32 {
        let shells = CompletionScript.Shell.allCases.map(\.rawValue).joined(separator: ", ")
        guard parsed.positionals.count == 1, let name = parsed.positionals.first else {
            throw UsageError("completions takes one shell: \(shells)")
        }
        guard let shell = CompletionScript.Shell(rawValue: name) else {
            throw UsageError("no completions for '\(name)': expected one of \(shells)")
        }
        environment.writeOutput(
            CompletionScript.render(
                shell, commands: Commands.all, defaultCommand: Commands.defaultCommand.name,
                language: environment.language(parsed)))
        return ExitStatus.success
    }
}
