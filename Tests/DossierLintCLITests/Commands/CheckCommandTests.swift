import Foundation
import Testing

@testable import DossierLintCLI

@Suite("check command")
struct CheckCommandTests {
    static let cleanDossier: String = {
        (try? String(
            contentsOfFile: packageRoot + "/Rules/cnca-itsms-2026/example-dossiers/initial.yaml", encoding: .utf8))
            ?? ""
    }()

    /// Malformed inputs: file name, bytes, expected line of the parse finding.
    static let malformed: [(String, [UInt8], Int)] = [
        ("tab.yaml", Array("schema: itsms-dossier/1\nclient:\n\tname: x\n".utf8), 3),
        ("quote.yaml", Array("schema: itsms-dossier/1\ndossier_id: X\nclient:\n  name: \"unterminated\n".utf8), 4),
        ("duplicate.yaml", Array("schema: itsms-dossier/1\ndossier_id: A\ndossier_id: B\n".utf8), 3),
        ("alias.yaml", Array("schema: itsms-dossier/1\nbody: &b {name: x}\nother: *b\n".utf8), 2),
        ("comma.json", Array("{\n  \"schema\": \"itsms-dossier/1\",\n  \"dossier_id\": \"X\",\n}\n".utf8), 3),
        // "名称: 测试" encoded in GBK.
        (
            "gbk.yaml",
            Array("schema: itsms-dossier/1\n".utf8) + [
                0xC3, 0xFB, 0xB3, 0xC6, 0x3A, 0x20, 0xB2, 0xE2, 0xCA, 0xD4, 0x0A,
            ], 2
        ),
    ]

    @Test("each malformed input: exit 2, a parse finding at its line, the other files still checked")
    func malformedInputs() throws {
        for (name, bytes, line) in Self.malformed {
            let folder = try TemporaryFolder()
            try folder.write("clean.yaml", Self.cleanDossier)
            try folder.write(name, bytes: bytes)
            let result = CommandRunner.run(["check", folder.path, "--format", "json", "--as-of", "2026-11-24"])
            #expect(result.status == 2, "\(name): status \(result.status)")
            let json = try #require(
                try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any], "\(name)")
            let findings = json["findings"] as? [[String: Any]] ?? []
            let parse = findings.filter { $0["rule"] as? String == "parse" }
            #expect(parse.count == 1, "\(name): \(parse)")
            #expect(parse.first?["line"] as? Int == line, "\(name): \(parse)")
            #expect((parse.first?["file"] as? String)?.hasSuffix(name) == true)
            let files = json["files"] as? [[String: Any]] ?? []
            #expect(files.contains { $0["dossier_id"] as? String == "EX-2026-0001" }, "\(name): clean file not checked")
            #expect(result.error.contains("\(name):\(line):"), "\(name): stderr \(result.error)")
            if name != "gbk.yaml" {  // the undecodable line itself is not echoed
                #expect(result.error.contains("^"), "\(name): a caret under the column")
            }
        }
    }

    @Test("the GBK file's message names the encoding and how to convert")
    func gbkMessage() throws {
        let folder = try TemporaryFolder()
        let (name, bytes, _) = Self.malformed[5]
        let path = try folder.write(name, bytes: bytes)
        let result = CommandRunner.run(["check", path])
        #expect(result.status == 2)
        #expect(result.output.contains("GBK/GB18030"))
        #expect(result.output.contains("iconv"))
    }

    @Test("a clean dossier passes with exit 0; --fail-on and violations decide exit 1")
    func exitStatuses() throws {
        let folder = try TemporaryFolder()
        let clean = try folder.write("clean.yaml", Self.cleanDossier)
        #expect(CommandRunner.run(["check", clean, "--as-of", "2026-11-24"]).status == 0)
        let violating = Self.cleanDossier.replacingOccurrences(
            of: "dates: {start: 2026-05-18, end: 2026-05-20}", with: "dates: {start: 2026-04-16, end: 2026-04-18}")
        #expect(violating != Self.cleanDossier)
        let bad = try folder.write("bad.yaml", violating)
        let result = CommandRunner.run(["check", bad, "--as-of", "2026-11-24"])
        #expect(result.status == 1)
        #expect(result.output.contains("[stage-gap, 5.6.1]"), "\(result.output)")
        #expect(CommandRunner.run(["check", bad, "--fail-on", "never"]).status == 0)
    }

    @Test("folders are searched recursively; files without the schema are skipped and counted")
    func discovery() throws {
        let folder = try TemporaryFolder()
        try folder.write("a/b/one.yaml", Self.cleanDossier)
        try folder.write("a/notes.yml", "title: not a dossier\n")
        try folder.write("a/readme.txt", "ignored")
        let result = CommandRunner.run(["check", folder.path, "--format", "json", "--as-of", "2026-11-24"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect((json["files"] as? [Any])?.count == 1)
        let summary = json["summary"] as? [String: Any]
        #expect(summary?["files"] as? Int == 1)
    }

    @Test("standard input with --stdin-filename")
    func standardInput() throws {
        let result = CommandRunner.run(
            ["check", "-", "--stdin-filename", "piped.yaml", "--format", "json", "--as-of", "2026-11-24"],
            input: Self.cleanDossier)
        #expect(result.status == 0)
        #expect(result.output.contains("\"path\": \"piped.yaml\""))
    }

    @Test("--output writes the whole report; an unwritable path leaves nothing and exits 2")
    func outputFile() throws {
        let folder = try TemporaryFolder()
        let dossier = try folder.write("d.yaml", Self.cleanDossier)
        let out = folder.path + "/report.json"
        let result = CommandRunner.run(["check", dossier, "--format", "json", "--output", out])
        #expect(result.status == 0)
        #expect(result.output.isEmpty)
        let written = try String(contentsOfFile: out, encoding: .utf8)
        #expect(written.hasPrefix("{"))
        let missingFolder = folder.path + "/no/such/folder/report.json"
        #expect(CommandRunner.run(["check", dossier, "--output", missingFolder]).status == 2)
        #expect(!FileManager.default.fileExists(atPath: missingFolder))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test("the same input gives byte-identical output in every format")
    func determinism() throws {
        for format in ["text", "json", "junit", "sarif", "github"] {
            let first = CommandRunner.run([
                "check", packageRoot + "/Samples", "--format", format, "--as-of", "2026-11-24",
            ])
            let second = CommandRunner.run([
                "check", packageRoot + "/Samples", "--format", format, "--as-of", "2026-11-24",
            ])
            #expect(first.output == second.output, "\(format)")
            #expect(!first.output.isEmpty)
        }
    }

    @Test("usage errors exit 2 with a message")
    func usageErrors() {
        let noPath = CommandRunner.run(["check"])
        #expect(noPath.status == 2)
        #expect(noPath.error.contains("no PATH given"))
        #expect(CommandRunner.run(["check", "x.yaml", "--as-of", "2026-02-30"]).status == 2)
        #expect(CommandRunner.run(["check", "x.yaml", "--format", "xml"]).status == 2)
        let missing = CommandRunner.run(["check", "/no/such/file.yaml"])
        #expect(missing.status == 2)
        #expect(missing.error.contains("no such file or folder"))
    }

    @Test("messages follow --lang, and default from the locale")
    func language() throws {
        let folder = try TemporaryFolder()
        let violating = Self.cleanDossier.replacingOccurrences(
            of: "dates: {start: 2026-05-18, end: 2026-05-20}", with: "dates: {start: 2026-04-16, end: 2026-04-18}")
        let bad = try folder.write("bad.yaml", violating)
        #expect(CommandRunner.run(["check", bad, "--lang", "zh"]).output.contains("间隔"))
        #expect(CommandRunner.run(["check", bad, "--lang", "en"]).output.contains("days apart"))
        #expect(CommandRunner.run(["check", bad], variables: ["LANG": "zh_CN.UTF-8"]).output.contains("间隔"))
    }

    @Test("--version and --help")
    func versionAndHelp() {
        let version = CommandRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.output == "dossierlint \(dossierlintVersion)\n")
        let help = CommandRunner.run(["check", "--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("--fail-on"))
        #expect(help.output.contains("EXIT STATUS"))
    }
}
