import DossierLintKit
import DossierLintTestSupport
import Foundation
import Testing

@testable import DossierLintCLI

/// The help in Chinese: `--lang zh` or a Chinese locale; English otherwise.
/// Every text comes from the command table, which holds both languages.
@Suite("Help in Chinese and English")
struct HelpLanguageTests {
    static let chineseLocale = ["LANG": "zh_CN.UTF-8"]

    /// Whether `text` holds a CJK ideograph.
    static func isChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }

    @Test("dossierlint --help --lang zh: the overview and exit statuses in Chinese")
    func overviewInChinese() {
        let help = CommandRunner.run(["--help", "--lang", "zh"])
        #expect(help.status == ExitStatus.success)
        #expect(help.output == Commands.overview(in: .zh) + ExitStatus.helpZh)
        #expect(help.output.contains("用法：dossierlint [check] PATH... [options]\n"))
        #expect(help.output.contains("命令：\n") && help.output.contains("退出状态：\n"))
        for command in Commands.all {
            #expect(help.output.contains("  \(command.name) "), "\(command.name)")
            #expect(help.output.contains(" \(command.abstractZh)\n"), "\(command.name)")
            #expect(!help.output.contains(command.abstract), "\(command.name): English abstract")
        }
        #expect(CommandRunner.run(["--help", "--lang=zh"]).output == help.output)
        #expect(CommandRunner.run(["help", "--lang", "zh"]).output == help.output)
        #expect(CommandRunner.run(["--help"], variables: Self.chineseLocale).output == help.output)
    }

    @Test("English stays the default; --lang en wins over a Chinese locale")
    func englishByDefault() {
        let english = Commands.overview + ExitStatus.help
        #expect(CommandRunner.run(["--help"]).output == english)
        #expect(CommandRunner.run(["--help"], variables: [:]).output == english)
        #expect(CommandRunner.run(["--help", "--lang", "en"], variables: Self.chineseLocale).output == english)
        #expect(CommandRunner.run(["--help", "--lang", "xx"]).output == english)
        #expect(CommandRunner.run(["check", "--help"], variables: [:]).output == CheckCommand.command.help)
        #expect(
            CommandRunner.run(["check", "--help", "--lang", "en"], variables: Self.chineseLocale).output
                == CheckCommand.command.help)
        #expect(!Self.isChinese(CheckCommand.command.help))
    }

    @Test("dossierlint check --help with LANG=zh_CN.UTF-8, and each command's help with --lang zh")
    func commandHelpInChinese() {
        let check = CommandRunner.run(["check", "--help"], variables: Self.chineseLocale)
        #expect(check.status == ExitStatus.success)
        #expect(check.output == CheckCommand.command.help(in: .zh))
        #expect(check.output.hasPrefix("用法：dossierlint [check] PATH... [选项]\n"))
        #expect(check.output.contains("\n选项：\n"))
        #expect(check.output.contains("  -f, --format FORMAT        输出格式：text（默认）、json、junit、sarif、github\n"))
        #expect(check.output.hasSuffix(ExitStatus.helpZh))
        for command in Commands.all {
            let help = CommandRunner.run([command.name, "--help", "--lang", "zh"])
            #expect(help.status == ExitStatus.success, "\(command.name)")
            #expect(help.output == command.help(in: .zh), "\(command.name)")
            #expect(help.output.hasPrefix("用法：dossierlint "), "\(command.name)")
            for option in command.parser.options {
                #expect(help.output.contains("--\(option.name)"), "\(command.name) --\(option.name)")
                #expect(help.output.contains(option.help(in: .zh)), "\(command.name) --\(option.name)")
            }
        }
    }

    @Test("every command and option of the table has its Chinese text beside the English one")
    func everyTextInBothLanguages() {
        for command in Commands.all {
            #expect(Self.isChinese(command.abstractZh) && !Self.isChinese(command.abstract), "\(command.name)")
            #expect(command.usageZh.hasPrefix("用法：dossierlint "), "\(command.name)")
            #expect(command.usageZh.hasSuffix("选项："), "\(command.name)")
            #expect(command.usage.hasPrefix("USAGE: dossierlint ") && command.usage.hasSuffix("OPTIONS:"))
            #expect(command.epilogue.isEmpty == command.epilogueZh.isEmpty, "\(command.name)")
            for option in command.parser.options {
                let zh = option.helpZh ?? ""
                #expect(Self.isChinese(zh), "\(command.name) --\(option.name) has no Chinese help")
                #expect(!Self.isChinese(option.help), "\(command.name) --\(option.name): Chinese in the English help")
            }
        }
    }

    @Test("the help of the overview and of check, in both languages, as the golden files show it")
    func goldenHelp() {
        let directory = URL(fileURLWithPath: packageRoot).appendingPathComponent("Tests/DossierLintCLITests/Golden")
        for language in ["en", "zh"] {
            for (arguments, name) in [(["--help"], "help"), (["check", "--help"], "check-help")] {
                let run = CommandRunner.run(arguments + ["--lang", language])
                if let mismatch = Golden.mismatch(
                    run.output, goldenFile: directory.appendingPathComponent("\(name).\(language).txt"))
                {
                    Issue.record(Comment(rawValue: mismatch))
                }
            }
        }
    }
}
