import DossierLintKit
import DossierLintTestSupport
import DossierRules
import Foundation
import Testing

@testable import DossierLintCLI

/// `dossierlint completions bash|zsh|fish`: scripts generated from the command
/// table, tried in the shells themselves. bash is called as bash-completion
/// calls it (COMP_WORDS, COMP_CWORD, then the function); zsh through a
/// pseudo-terminal (zpty) pressing Tab; fish with `complete -C`. A shell that
/// is not installed is skipped with a visible "skipped:" line.
@Suite("Shell completions")
struct CompletionsTests {
    static func script(_ shell: CompletionScript.Shell) -> String {
        CompletionScript.render(shell, commands: Commands.all, defaultCommand: "check")
    }

    /// A folder with a few files and folders to complete, and the scripts.
    final class Workspace {
        let folder: TemporaryFolder
        var path: String { folder.path }

        init() throws {
            folder = try TemporaryFolder()
            try folder.write("work/dossiers/a.yaml", "schema: itsms-dossier/1\n")
            try folder.write("work/dossiers-2025/b.yaml", "schema: itsms-dossier/1\n")
            try folder.write("work/notes.txt", "")
            for shell in CompletionScript.Shell.allCases {
                try folder.write("scripts/\(shell == .zsh ? "_dossierlint" : "dossierlint.\(shell)")", script(shell))
            }
        }
    }

    @Test("the command prints the generator's script for each shell, in the locale's language")
    func command() {
        for shell in CompletionScript.Shell.allCases {
            let run = CommandRunner.run(["completions", shell.rawValue])
            #expect(run.status == ExitStatus.success && run.error.isEmpty)
            #expect(run.output == Self.script(shell), "\(shell)")
        }
        let zh = CommandRunner.run(["completions", "fish"], variables: ["LANG": "zh_CN.UTF-8"])
        #expect(zh.output.contains("-a check -d '检查档案（默认命令）'"))
        #expect(CommandRunner.run(["completions", "zsh", "--lang", "zh"]).output.contains("'check:检查档案（默认命令）'"))
        let unknown = CommandRunner.run(["completions", "tcsh"])
        #expect(unknown.status == ExitStatus.failure)
        #expect(unknown.error == "dossierlint: error: no completions for 'tcsh': expected one of bash, zsh, fish\n")
        #expect(CommandRunner.run(["completions"]).status == ExitStatus.failure)
    }

    @Test("values come from their sources: packs, profiles and rule ids of the built-in packs")
    func valuesFromTheirSources() throws {
        let packs = try BuiltInRules.packs.get()
        #expect(BuiltInNames.packIdentifiers == packs.map(\.identifier).sorted())
        #expect(BuiltInNames.profiles == ["icas"])
        #expect(BuiltInNames.rules.contains("stage-gap") && BuiltInNames.rules.contains("bcms-suspension-period"))
        #expect(BuiltInNames.rules.count == Set(packs.flatMap(\.rules).map(\.identifier)).count)
        let check = CheckCommand.command.parser.options
        #expect(check.first { $0.name == "profile" }?.completion == .values(BuiltInNames.profiles))
        #expect(check.first { $0.name == "disable" }?.completion == .values(BuiltInNames.rules))
        #expect(check.first { $0.name == "output" }?.completion == .files)
        #expect(check.first { $0.name == "rules" }?.completion == .folders)
        #expect(check.first { $0.name == "as-of" }?.completion == ValueCompletion.none)
        #expect(ExplainCommand.command.arguments == .values(BuiltInNames.rules))
        #expect(CheckCommand.command.arguments == .files && AuditCommand.command.arguments == .folders)
    }

    // MARK: bash

    /// What bash's completion function offers for each line (its last word is being completed).
    static func bash(_ lines: [[String]], in workspace: Workspace) throws -> [[String]]? {
        guard let bash = ExternalTool.which("bash") else {
            print("skipped: bash is not on PATH; the bash completion script is not tried")
            return nil
        }
        var driver = """
            cd \(workspace.path)/work || exit 1
            source \(workspace.path)/scripts/dossierlint.bash || exit 1
            try() {
                COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()
                _dossierlint
                printf '%s\\n' "${COMPREPLY[*]}"
            }

            """
        for line in lines {
            driver += "try " + line.map { "'\($0)'" }.joined(separator: " ") + "\n"
        }
        let file = try workspace.folder.write("driver.bash", driver)
        let run = try ExternalTool.run(bash, ["--noprofile", "--norc", file])
        #expect(run.status == 0, "\(run.output)")
        let answers = run.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
            $0.split(separator: " ").map(String.init).sorted()
        }
        #expect(answers.count == lines.count, "\(run.output)")
        return answers
    }

    @Test("bash: commands, options, their values, rule ids and paths")
    func bashCompletes() throws {
        let workspace = try Workspace()
        let cases: [([String], [String])] = [
            (["dossierlint", "ch"], ["check"]),
            (["dossierlint", "c"], ["calendar", "check", "completions", "config"]),
            (["dossierlint", "check", "--for"], ["--format"]),
            (["dossierlint", "check", "--format", "j"], ["json", "junit"]),
            (["dossierlint", "check", "--format", "=", "j"], ["json", "junit"]),
            (["dossierlint", "check", "-f", "s"], ["sarif"]),
            (["dossierlint", "--fail-on", "w"], ["warning"]),
            (["dossierlint", "check", "--lang", ""], ["en", "zh"]),
            (["dossierlint", "check", "--profile", ""], ["icas"]),
            (["dossierlint", "check", "--disable", "stage-g"], ["stage-gap"]),
            (["dossierlint", "explain", "stage-"], BuiltInNames.rules.filter { $0.hasPrefix("stage-") }),
            (["dossierlint", "rules", "--pack", "c"], ["cesi-bcms-2025", "cnca-itsms-2026"]),
            (["dossierlint", "completions", ""], ["bash", "fish", "zsh"]),
            (["dossierlint", "check", "--as-of", ""], []),
            (["dossierlint", "--v"], ["--version"]),
            (["dossierlint", "doss"], ["dossiers", "dossiers-2025"]),
            (["dossierlint", "check", "dossiers/"], ["dossiers/a.yaml"]),
            (["dossierlint", "check", "--output", "n"], ["notes.txt"]),
            (["dossierlint", "audit", "n"], []),
            (["dossierlint", "audit", "d"], ["dossiers", "dossiers-2025"]),
            (["dossierlint", "check", "--rules", "d"], ["dossiers", "dossiers-2025"]),
        ]
        guard let answers = try Self.bash(cases.map(\.0), in: workspace) else { return }
        for ((line, expected), answer) in zip(cases, answers) {
            #expect(answer == expected.sorted(), "\(line.joined(separator: " "))")
        }
        #expect(answers[10].contains("stage-gap"))
    }

    @Test("bash: every command's options and every option's values, as the table has them")
    func bashFollowsTheTable() throws {
        let workspace = try Workspace()
        var cases: [([String], [String])] = []
        for command in Commands.all {
            let options = command.parser.options.flatMap { ["--" + $0.name] }
            cases.append((["dossierlint", command.name, "--"], options))
            for option in command.parser.options {
                if case .values(let words) = option.completion {
                    cases.append((["dossierlint", command.name, "--" + option.name, ""], words))
                }
            }
        }
        guard let answers = try Self.bash(cases.map(\.0), in: workspace) else { return }
        for ((line, expected), answer) in zip(cases, answers) {
            #expect(answer == expected.sorted(), "\(line.joined(separator: " "))")
        }
    }

    // MARK: zsh

    /// Drives an interactive zsh in a pseudo-terminal: types each line, presses
    /// Tab, and prints what the completion offered (each match as `<m>…</m>`)
    /// between `<begin N>` and `<end N>`.
    static let zshDriver = #"""
        zmodload zsh/zpty
        dir=$1; work=$2; shift 2
        zpty z zsh -f -i
        zpty -w z "unset zle_bracketed_paste; PROMPT='' RPROMPT='' PS2=''"
        zpty -w z "cd ${(q)work}; fpath=(${(q)dir} \$fpath); autoload -Uz compinit; compinit -u -D"
        zpty -w z 'compadd () { local -a __m; builtin compadd -O __m "$@"; local m; for m in $__m; do print -r -- "<m>$m</m>"; done; builtin compadd "$@" }'
        zpty -w z "setopt NO_BEEP; unsetopt AUTO_LIST AUTO_MENU LIST_AMBIGUOUS"
        await() { local chunk; while zpty -r z chunk; do print -rn -- "$chunk"; [[ $chunk == *"$1"* ]] && return 0; done; return 1 }
        n=0
        for line in "$@"; do
            n=$((n + 1))
            zpty -w z "print '<begin' $n'>'"
            await "<begin $n>" >/dev/null
            zpty -w -n z "$line"$'\t'
            sleep 0.5
            zpty -w z $'\x15'"print '<end' $n'>'"
            print -r -- "<begin $n>"
            await "<end $n>"
        done
        zpty -d z
        """#

    @Test("zsh: the script parses (zsh -n) and completes in an interactive zsh")
    func zshCompletes() throws {
        guard let zsh = ExternalTool.which("zsh") else {
            print("skipped: zsh is not installed; the zsh completion script is not tried (apt-get install zsh)")
            return
        }
        let workspace = try Workspace()
        let syntax = try ExternalTool.run(zsh, ["-n", workspace.path + "/scripts/_dossierlint"])
        #expect(syntax.status == 0 && syntax.output.isEmpty, "\(syntax.output)")
        let cases: [(String, [String])] = [
            ("dossierlint ch", ["check"]),
            ("dossierlint check --for", ["--format"]),
            ("dossierlint check --format j", ["json", "junit"]),
            ("dossierlint check --format=j", ["json", "junit"]),
            ("dossierlint explain stage-g", ["stage-gap"]),
            ("dossierlint --fail-on w", ["warning"]),
            ("dossierlint rules --pack c", ["cesi-bcms-2025", "cnca-itsms-2026"]),
            ("dossierlint completions ", ["bash", "fish", "zsh"]),
            ("dossierlint audit dossiers-", ["dossiers-2025"]),
        ]
        let driver = try workspace.folder.write("driver.zsh", Self.zshDriver)
        let run = try ExternalTool.run(
            zsh, ["-f", driver, workspace.path + "/scripts", workspace.path + "/work"] + cases.map(\.0))
        for (index, (line, expected)) in cases.enumerated() {
            let section =
                run.output.components(separatedBy: "<begin \(index + 1)>").dropFirst().first?
                .components(separatedBy: "<end \(index + 1)>").first ?? ""
            let offered = Set(
                section.components(separatedBy: "<m>").dropFirst().compactMap {
                    $0.components(separatedBy: "</m>").first
                })
            #expect(offered == Set(expected), "\(line)")
        }
    }

    // MARK: fish

    @Test("fish: the script parses (fish -n) and completes with complete -C")
    func fishCompletes() throws {
        guard let fish = ExternalTool.which("fish") else {
            print("skipped: fish is not installed; the fish completion script is not tried (apt-get install fish)")
            return
        }
        let workspace = try Workspace()
        let file = workspace.path + "/scripts/dossierlint.fish"
        let syntax = try ExternalTool.run(fish, ["--no-config", "-n", file])
        #expect(syntax.status == 0 && syntax.output.isEmpty, "\(syntax.output)")
        let cases: [(String, [String])] = [
            ("dossierlint ch", ["check"]),
            ("dossierlint check --for", ["--format"]),
            ("dossierlint check --format j", ["json", "junit"]),
            ("dossierlint explain stage-g", ["stage-gap"]),
            ("dossierlint --fail-on w", ["warning"]),
            ("dossierlint rules --pack c", ["cesi-bcms-2025", "cnca-itsms-2026"]),
            ("dossierlint completions ", ["bash", "fish", "zsh"]),
            ("dossierlint check dossiers/", ["dossiers/a.yaml"]),
            ("dossierlint audit dossiers-", ["dossiers-2025/"]),
        ]
        for (line, expected) in cases {
            let run = try ExternalTool.run(
                fish, ["--no-config", "-c", "cd \(workspace.path)/work; source \(file); complete -C '\(line)'"])
            let offered = run.output.split(separator: "\n").map { String($0.split(separator: "\t")[0]) }
            #expect(Set(offered) == Set(expected), "\(line): \(run.output)")
        }
    }
}
