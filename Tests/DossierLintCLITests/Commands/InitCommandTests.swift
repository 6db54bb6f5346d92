import DossierLintKit
import DossierRules
import DossierSyntax
import Foundation
import Testing

@testable import DossierLintCLI

/// `dossierlint init`: a complete example dossier, clean under `check`, commented, for every
/// kind a pack has an example of; never replacing a file.
@Suite("init command")
struct InitCommandTests {
    /// Every combination `init` offers: scheme, profile, cycle.
    static let combinations: [(scheme: String, profile: String?, cycle: String)] = {
        let packs = (try? BuiltInRules.packs.get()) ?? []
        var result: [(String, String?, String)] = []
        for pack in packs.sorted(by: { $0.identifier < $1.identifier }) {
            for cycle in DossierTemplate.Cycle.allCases where pack.initExamples[cycle.rawValue] != nil {
                result.append((pack.base ?? pack.identifier, pack.base == nil ? nil : pack.identifier, cycle.rawValue))
            }
        }
        return result
    }()

    static func arguments(_ combination: (scheme: String, profile: String?, cycle: String)) -> [String] {
        ["--scheme", combination.scheme, "--cycle", combination.cycle]
            + (combination.profile.map { ["--profile", $0] } ?? [])
    }

    @Test("the combinations that make sense are offered")
    func offered() {
        let names = Set(Self.combinations.map { "\($0.profile ?? $0.scheme) \($0.cycle)" })
        #expect(
            names == [
                "cnca-itsms-2026 initial", "cnca-itsms-2026 surveillance", "cnca-itsms-2026 recertification",
                "cnca-itsms-2026 transfer", "icas initial", "icas surveillance", "icas recertification",
                "icas transfer", "cesi-bcms-2025 initial", "cesi-bcms-2025 surveillance",
                "cesi-bcms-2025 recertification",
            ])
    }

    @Test("init writes a dossier that check finds clean, in both languages, for every combination")
    func cleanForEveryCombination() throws {
        let folder = try TemporaryFolder()
        for combination in Self.combinations {
            for language in ["zh", "en"] {
                let name = "\(combination.profile ?? combination.scheme)-\(combination.cycle)-\(language).yaml"
                let written = CommandRunner.run(
                    ["init", name, "--lang", language] + Self.arguments(combination), directory: folder.path)
                #expect(written.status == 0, "\(name): \(written.error)")
                let kind = ([combination.cycle, combination.scheme] + (combination.profile.map { [$0] } ?? []))
                    .joined(separator: ", ")
                #expect(written.output == "wrote \(name) (\(kind)); check it with: dossierlint check \(name)\n")
                let text = try String(contentsOfFile: folder.path + "/" + name, encoding: .utf8)
                let schemaFile = DossierTemplate.schemaFileName(scheme: combination.scheme)
                #expect(text.hasPrefix("# yaml-language-server: $schema=\(schemaFile)\n"), "\(name)")
                #expect(text.contains("dossierlint schema"), "\(name) says how to make the schema")
                let checked = CommandRunner.run(["check", folder.path + "/" + name, "--format", "json"])
                #expect(checked.status == 0, "\(name): \(checked.output)")
                #expect(checked.output.contains("\"findings\": []"), "\(name): \(checked.output)")
                #expect(checked.output.contains("\"errors\": 0,\n    \"warnings\": 0,\n    \"infos\": 0"), "\(name)")
            }
        }
    }

    @Test("the dossier is the pack's example, with a comment on every field")
    func exampleWithComments() throws {
        let packs = try BuiltInRules.packs.get()
        let folder = try TemporaryFolder()
        for combination in Self.combinations {
            let name = "\(combination.profile ?? combination.scheme)-\(combination.cycle).yaml"
            #expect(
                CommandRunner.run(["init", name] + Self.arguments(combination), directory: folder.path).status == 0)
            let text = try String(contentsOfFile: folder.path + "/" + name, encoding: .utf8)
            let written = try Document(path: name, data: Array(text.utf8)).root
            let pack = try #require(packs.first { $0.identifier == (combination.profile ?? combination.scheme) })
            let example = try #require(pack.exampleDossiers[pack.initExamples[combination.cycle] ?? ""])
            #expect(written == example, "\(name) is not the example \(pack.initExamples[combination.cycle] ?? "")")
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                #expect(line.contains("  # "), "\(name): no comment on \(line)")
            }
        }
    }

    @Test("comments name fields, values and clauses in the chosen language")
    func comments() throws {
        let folder = try TemporaryFolder()
        #expect(CommandRunner.run(["init", "zh.yaml", "--lang", "zh"], directory: folder.path).status == 0)
        #expect(CommandRunner.run(["init", "en.yaml", "--lang", "en"], directory: folder.path).status == 0)
        let zh = try String(contentsOfFile: folder.path + "/zh.yaml", encoding: .utf8)
        let en = try String(contentsOfFile: folder.path + "/en.yaml", encoding: .utf8)
        #expect(zh.contains("    type: stage1  # 审核类型：第一阶段审核（5.6–5.9）\n"))
        #expect(en.contains("    type: stage1  # type: stage 1 audit (5.6–5.9)\n"))
        #expect(zh.contains("  approval_number: CNCA-R-2002-123  # 批准号：CNCA-R-YYYY-NNN 或 CNCA-RF-YYYY-NNN（附录 C）\n"))
        #expect(zh.contains("    - application_form  # 认证申请书\n"))
        #expect(
            zh.contains(
                "# 模式文件 dossier.schema.json 与本文件放在同一文件夹，用以下命令生成：dossierlint schema --lang zh > dossier.schema.json"))
        #expect(en.contains("#   dossierlint schema --lang en > dossier.schema.json\n"))
    }

    @Test("init, then two values changed to break two rules: exactly those two findings")
    func twoEdits() throws {
        let folder = try TemporaryFolder()
        #expect(CommandRunner.run(["init", "d.yaml"], directory: folder.path).status == 0)
        var text = try String(contentsOfFile: folder.path + "/d.yaml", encoding: .utf8)
        // Stage 1's opening meeting without its attendance sheet (5.5.3); fees not paid directly to the body (5.3.1).
        for (old, new) in [
            ("attendance_sheet: true", "attendance_sheet: false"),
            ("paid_directly_to_body: true", "paid_directly_to_body: false"),
        ] {
            let range = try #require(text.range(of: old), "\(old)")
            text.replaceSubrange(range, with: new)
        }
        try folder.write("d.yaml", text)
        let checked = CommandRunner.run(["check", folder.path + "/d.yaml", "--format", "json"])
        #expect(checked.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(checked.output.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        let rules = findings.map { "\($0["rule"] as? String ?? "") \($0["pointer"] as? String ?? "")" }.sorted()
        #expect(
            rules == [
                "contract-direct-payment /contract/paid_directly_to_body",
                "meeting-evidence /audits/0/meetings/opening/attendance_sheet",
            ])
    }

    @Test("init never replaces a file, a folder or a link, and takes one FILE")
    func refusals() throws {
        let folder = try TemporaryFolder()
        let existing = try folder.write("existing.yaml", "keep me\n")
        let refused = CommandRunner.run(["init", "existing.yaml"], directory: folder.path)
        #expect(refused.status == 2)
        #expect(
            refused.error
                == "dossierlint: error: existing.yaml exists; init writes a new file only (choose another name or remove it)\n"
        )
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "keep me\n")
        // A link, even to nothing, is not written through.
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/link.yaml", withDestinationPath: existing)
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/dangling.yaml", withDestinationPath: folder.path + "/target.yaml")
        #expect(CommandRunner.run(["init", "link.yaml"], directory: folder.path).status == 2)
        #expect(CommandRunner.run(["init", "dangling.yaml"], directory: folder.path).status == 2)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/target.yaml"))
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "keep me\n")
        try FileManager.default.createDirectory(atPath: folder.path + "/sub", withIntermediateDirectories: false)
        #expect(CommandRunner.run(["init", "sub"], directory: folder.path).status == 2)
        // A missing folder is the system's reason; nothing is left behind.
        let missing = CommandRunner.run(["init", "no/such/d.yaml"], directory: folder.path)
        #expect(missing.status == 2 && missing.error.contains("cannot write no/such/d.yaml: No such file or directory"))
        #expect(CommandRunner.run(["init"], directory: folder.path).status == 2)
        #expect(CommandRunner.run(["init", "a.yaml", "b.yaml"], directory: folder.path).status == 2)
        #expect(CommandRunner.run(["init", "-"], directory: folder.path).status == 2)
        let unavailable = CommandRunner.run(
            ["init", "t.yaml", "--scheme", "cesi-bcms-2025", "--cycle", "transfer"], directory: folder.path)
        #expect(unavailable.status == 2)
        #expect(unavailable.error.contains("cesi-bcms-2025 has no example dossier for --cycle transfer"))
        let mismatched = CommandRunner.run(
            ["init", "t.yaml", "--scheme", "cesi-bcms-2025", "--profile", "icas"], directory: folder.path)
        #expect(mismatched.status == 2 && mismatched.error.contains("icas is no profile of the scheme cesi-bcms-2025"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/t.yaml"))
    }
}
