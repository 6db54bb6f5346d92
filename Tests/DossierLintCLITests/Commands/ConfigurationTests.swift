import Foundation
import Testing

@testable import DossierLintCLI

@Suite("configuration files on the command line")
struct ConfigurationTests {
    static var clean: String { CheckCommandTests.cleanDossier }

    /// The clean example without stage 1's closing-meeting attendance sheet: one meeting-evidence (5.5.3) error.
    static var violating: String {
        clean.replacingOccurrences(
            of: "closing: {date: 2026-04-14, top_management_present: true, attendance_sheet: true",
            with: "closing: {date: 2026-04-14, top_management_present: true, attendance_sheet: false")
    }

    static func json(_ output: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    }

    static func findings(_ output: String) throws -> [[String: Any]] {
        try json(output)["findings"] as? [[String: Any]] ?? []
    }

    @Test("the nearest .dossierlint.yml above a file applies; --fail-on and --config win")
    func discoveryAndPrecedence() throws {
        let folder = try TemporaryFolder()
        try folder.write(".dossierlint.yml", "rules:\n  meeting-evidence: warning\n")
        let dossier = try folder.write("dossiers/2026/d.yaml", Self.violating)
        let relaxed = CommandRunner.run(["check", dossier, "--format", "json"])
        #expect(relaxed.status == 0, "a warning does not fail by default: \(relaxed.error)")
        #expect(try Self.findings(relaxed.output).map { $0["rule"] as? String } == ["meeting-evidence"])
        #expect(try Self.findings(relaxed.output).first?["severity"] as? String == "warning")

        try folder.write(".dossierlint.yml", "fail_on: warning\nrules:\n  meeting-evidence: warning\n")
        #expect(CommandRunner.run(["check", dossier]).status == 1, "fail_on: warning")
        #expect(CommandRunner.run(["check", dossier, "--fail-on", "never"]).status == 0, "the command line wins")

        // A nearer configuration replaces the outer one entirely.
        try folder.write("dossiers/.dossierlint.json", "{\"disable\": [\"5.5\"]}")
        let inner = CommandRunner.run(["check", dossier, "--format", "json"])
        #expect(inner.status == 0)
        #expect(try Self.findings(inner.output).isEmpty)

        // --config FILE: that file for every path, nothing looked for.
        let other = try folder.write("elsewhere/strict.yml", "fail_on: info\n")
        #expect(CommandRunner.run(["check", dossier, "--config", other]).status == 1, "an error again")
        #expect(CommandRunner.run(["check", dossier, "--config", folder.path + "/nothing.yml"]).status == 2)
    }

    @Test("a malformed configuration: exit status 2, file, line and column, no report")
    func malformed() throws {
        let cases: [(name: String, text: String, headline: String)] = [
            (
                ".dossierlint.yml", "rules:\n  stage-gap: [warning\n",
                ".dossierlint.yml:2:14: error: unterminated flow sequence"
            ),
            (
                ".dossierlint.yml", "fail_on: error\nrulez:\n  stage-gap: warning\n",
                ".dossierlint.yml:2:1: error: unknown key 'rulez'"
            ),
            (
                ".dossierlint.yml", "disable: [stagegap]\n",
                ".dossierlint.yml:1:11: error: unknown rule or clause 'stagegap'"
            ),
            (
                ".dossierlint.yml", "rules:\n  stage-gap:\n    parameters: {minimum_gap_days: two}\n",
                ".dossierlint.yml:3:36: error: parameter stage-gap.minimum_gap_days should be a number"
            ),
            (".dossierlint.json", "{\n  \"fail_on\": \"error\",\n}\n", ".dossierlint.json:2:21: error: trailing comma"),
            (".dossierlint.json", "{\"as_of\": \"soon\"}", ".dossierlint.json:1:11: error: as_of should be"),
        ]
        for (name, text, headline) in cases {
            let folder = try TemporaryFolder()
            let configuration = try folder.write(name, text)
            let dossier = try folder.write("d.yaml", Self.clean)
            let result = CommandRunner.run(["check", dossier, "--format", "json"])
            let shown = configuration.hasPrefix(FileManager.default.currentDirectoryPath + "/") ? "" : folder.path + "/"
            #expect(result.status == 2, "\(text)")
            #expect(result.output.isEmpty, "no report on a broken configuration")
            #expect(result.error.hasPrefix(shown + headline), "\(result.error)")
            #expect(result.error.contains("\n") && result.error.contains("^"), "the line and a caret: \(result.error)")
            let printed = CommandRunner.run(["config", "--print", folder.path])
            #expect(printed.status == 2 && printed.error == result.error, "config --print reports the same")
        }
        let folder = try TemporaryFolder()
        let configuration = try folder.write("c.yml", "fail_on: sometimes\n")
        let zh = CommandRunner.run(["check", configuration, "--config", configuration, "--lang", "zh"])
        #expect(zh.status == 2)
        #expect(zh.error.contains("c.yml:1:10: error: fail_on 应为 error、warning、info 或 never"), "\(zh.error)")
    }

    @Test("include and exclude leave files out, also files named on the command line")
    func includeExclude() throws {
        let folder = try TemporaryFolder()
        try folder.write(".dossierlint.yml", "include: [\"dossiers/**\"]\nexclude: [drafts/]\n")
        try folder.write("dossiers/a.yaml", Self.clean)
        let draft = try folder.write("dossiers/drafts/b.yaml", Self.violating)
        try folder.write("notes/c.yaml", Self.violating)
        let result = CommandRunner.run(["check", folder.path, "--format", "json"])
        #expect(result.status == 0, "\(result.output)")
        let files = try Self.json(result.output)["files"] as? [[String: Any]] ?? []
        #expect(
            files.compactMap { ($0["path"] as? String)?.replacingOccurrences(of: folder.path + "/", with: "") } == [
                "dossiers/a.yaml"
            ])
        #expect(CommandRunner.run(["check", draft]).status == 0, "excluded even when named (pre-commit passes names)")
    }

    @Test("as_of: required, and the configuration's profile")
    func asOfAndProfile() throws {
        let folder = try TemporaryFolder()
        try folder.write(".dossierlint.yml", "as_of: required\n")
        let dossier = try folder.write("d.yaml", Self.clean.replacingOccurrences(of: "as_of: 2026-11-24\n", with: ""))
        let result = CommandRunner.run(["check", dossier, "--format", "json"])
        #expect(result.status == 1)
        #expect(try Self.findings(result.output).contains { $0["rule"] as? String == "as-of" })
        let given = CommandRunner.run(["check", dossier, "--format", "json", "--as-of", "2026-11-24"])
        #expect(try !Self.findings(given.output).contains { $0["rule"] as? String == "as-of" }, "--as-of satisfies it")

        try folder.write(".dossierlint.yml", "profile: nobody\n")
        let profile = CommandRunner.run(["check", dossier])
        #expect(profile.status == 2)
        #expect(profile.error.contains(".dossierlint.yml:1:10: error: unknown profile 'nobody'"), "\(profile.error)")
        let other = try TemporaryFolder()
        let forced = CommandRunner.run([
            "check", try other.write("e.yaml", Self.clean), "--profile", "nobody", "--format", "json",
        ])
        let files = try Self.json(forced.output)["files"] as? [[String: Any]] ?? []
        #expect(files.first?["profile"] as? String == "nobody", "--profile applies to every dossier")
        #expect(try Self.findings(forced.output).contains { $0["rule"] as? String == "profile" })
    }

    @Test("a dossier from standard input finds the configuration of its --stdin-filename")
    func standardInput() throws {
        let folder = try TemporaryFolder()
        try folder.write("repo/.dossierlint.yml", "disable: [meeting-evidence]\n")
        let name = folder.path + "/repo/piped.yaml"
        let configured = CommandRunner.run(["check", "-", "--stdin-filename", name], input: Self.violating)
        #expect(configured.status == 0, "\(configured.output)")
        let plain = CommandRunner.run(
            ["check", "-", "--stdin-filename", folder.path + "/piped.yaml"], input: Self.violating)
        #expect(plain.status == 1)
    }

    @Test("config --print shows the effective configuration")
    func printing() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            ".dossierlint.yml",
            "fail_on: warning\ndisable: [\"5.6\"]\nenable: [stage-gap]\nrules:\n  stage-gap: {severity: info}\n")
        let dossier = try folder.write("sub/d.yaml", Self.clean)
        let printed = CommandRunner.run(["config", "--print", dossier])
        #expect(printed.status == 0, "\(printed.error)")
        #expect(printed.output.contains("fail_on: warning\n"))
        #expect(printed.output.contains("\n  stage-gap: {severity: info}\n"))
        #expect(printed.output.contains("\n  stage1-conclusion-notified: {enabled: false}\n"), "5.6 resolved to rules")
        let json = CommandRunner.run(["config", "--print", folder.path, "--format", "json"])
        let parsed = try Self.json(json.output)
        #expect(parsed["fail_on"] as? String == "warning")
        #expect((parsed["rules"] as? [String: Any])?["stage-gap"] as? [String: String] == ["severity": "info"])

        let empty = try TemporaryFolder()
        let defaults = CommandRunner.run(["config", "--print", empty.path])
        #expect(defaults.status == 0)
        #expect(defaults.output.contains("fail_on: error\n"))
        #expect(CommandRunner.run(["config", "--print", empty.path + "/missing"]).status == 2)
        #expect(CommandRunner.run(["config"]).status == 2, "config needs --print")
        #expect(CommandRunner.run(["config", "--help"]).output.contains("USAGE: dossierlint config --print"))
    }

    @Test("--skip-non-dossiers: named files without the schema line are skipped, not reported")
    func skipNonDossiers() throws {
        let folder = try TemporaryFolder()
        let workflow = try folder.write("ci.yml", "on: push\n")
        let dossier = try folder.write("d.yaml", Self.clean)
        #expect(CommandRunner.run(["check", workflow, dossier]).status == 1, "a named file must be a dossier")
        let skipped = CommandRunner.run(["check", workflow, dossier, "--skip-non-dossiers", "--format", "json"])
        #expect(skipped.status == 0)
        #expect((try Self.json(skipped.output)["summary"] as? [String: Any])?["skipped_files"] as? Int == 1)
    }

    @Test("--rules DIR overrides a pack's data files")
    func rulesFolder() throws {
        let folder = try TemporaryFolder()
        let original = try String(
            contentsOfFile: packageRoot + "/Rules/cnca-itsms-2026/rules/stage-gap.yaml", encoding: .utf8)
        let stricter = original.replacingOccurrences(of: "maximum_gap_months: 6", with: "maximum_gap_months: 1")
        #expect(stricter != original)
        try folder.write("rules/cnca-itsms-2026/rules/stage-gap.yaml", stricter)
        let dossier = try folder.write("d.yaml", Self.clean)
        #expect(CommandRunner.run(["check", dossier]).status == 0)
        let result = CommandRunner.run(["check", dossier, "--rules", folder.path + "/rules"])
        #expect(result.status == 1)
        #expect(result.output.contains("[stage-gap, 5.6.1]"), "\(result.output)")
        try folder.write("broken/cnca-itsms-2026/rules/stage-gap.yaml", "id: [\n")
        #expect(CommandRunner.run(["check", dossier, "--rules", folder.path + "/broken"]).status == 2)
        #expect(CommandRunner.run(["check", dossier, "--rules", folder.path + "/none"]).status == 2)
    }
}

@Suite("configuration documentation")
struct ConfigurationDocumentationTests {
    @Test("the README's example .dossierlint.yml is a valid configuration")
    func readmeExample() throws {
        let readme = try String(contentsOfFile: packageRoot + "/README.md", encoding: .utf8)
        let start = try #require(readme.range(of: "```yaml\n# .dossierlint.yml\n"))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        let example = String(readme[start.upperBound..<end.lowerBound])
        #expect(example.contains("rules:"))
        let folder = try TemporaryFolder()
        let configuration = try folder.write(".dossierlint.yml", example)
        try folder.write(
            ".dossierlint-baseline.json", "{\"tool\": \"dossierlint\", \"baseline_version\": 1, \"findings\": []}\n")
        try folder.write("calendars/notice-2027.yaml", "2027:\n  holidays:\n    - [2027-01-01, 2027-01-03]\n")
        let result = CommandRunner.run(["config", "--print", "--config", configuration])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("\n  stage-gap: {parameters: {minimum_gap_days: 7}}\n"), "\(result.output)")
        let dossier = try folder.write("dossiers/a.yaml", CheckCommandTests.cleanDossier)
        #expect(CommandRunner.run(["check", dossier]).status == 0)
    }
}
