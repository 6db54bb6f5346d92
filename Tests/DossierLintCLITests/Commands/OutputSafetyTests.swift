import Foundation
import Testing

@testable import DossierLintCLI

/// Reports are never written over the files a run reads, and writing through a
/// symbolic link replaces the link's target, not the link.
@Suite("output safety")
struct OutputSafetyTests {
    static let sample: [UInt8] = {
        FileManager.default.contents(atPath: packageRoot + "/Samples/violations-planning.yaml").map { [UInt8]($0) }
            ?? []
    }()

    /// A folder holding a copy of the violation sample, `dossiers/planning.yaml`.
    static func repository() throws -> (folder: TemporaryFolder, dossier: String) {
        let folder = try TemporaryFolder()
        let dossier = try folder.write("dossiers/planning.yaml", bytes: sample)
        return (folder, dossier)
    }

    static func bytes(_ path: String) -> [UInt8]? { FileManager.default.contents(atPath: path).map { [UInt8]($0) } }

    static func isLink(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeSymbolicLink
    }

    @Test("--output naming an input, a hard link or a symbolic link to it: exit 2, the dossier untouched")
    func outputIsAnInput() throws {
        let (folder, dossier) = try Self.repository()
        let hard = folder.path + "/hard.txt"
        let soft = folder.path + "/soft.txt"
        try FileManager.default.linkItem(atPath: dossier, toPath: hard)
        try FileManager.default.createSymbolicLink(atPath: soft, withDestinationPath: dossier)
        let spellings = [dossier, folder.path + "/dossiers/../dossiers/planning.yaml", hard, soft]
        for output in spellings {
            for input in [dossier, folder.path + "/dossiers"] {
                let result = CommandRunner.run(["check", input, "--output", output])
                #expect(result.status == 2, "\(output): \(result.error)")
                #expect(result.error.contains(output) && result.error.contains(dossier), "\(result.error)")
                #expect(Self.bytes(dossier) == Self.sample, "\(output) replaced the dossier")
            }
        }
        #expect(Self.isLink(soft))
    }

    @Test("--output naming the registry, the configuration or the baseline read: exit 2")
    func outputIsAnotherInput() throws {
        let (folder, dossier) = try Self.repository()
        let configuration = try folder.write("dossiers/.dossierlint.yml", "fail_on: error\n")
        let baseline = folder.path + "/baseline.json"
        #expect(CommandRunner.run(["check", dossier, "--write-baseline", baseline]).status == 0)
        let registry = try folder.write(
            "registry.txt", bytes: Self.bytes(packageRoot + "/Samples/repository/registry.yaml") ?? [])
        let cases: [(arguments: [String], file: String)] = [
            (["--output", configuration], configuration),
            (["--baseline", baseline, "--output", baseline], baseline),
            (["--registry", registry, "--output", registry], registry),
        ]
        for (arguments, file) in cases {
            let before = Self.bytes(file)
            let result = CommandRunner.run(["check", dossier] + arguments)
            #expect(result.status == 2, "\(arguments): \(result.error)")
            #expect(result.error.contains("would replace the input file"), "\(result.error)")
            #expect(Self.bytes(file) == before)
        }
    }

    @Test("--output naming the calendar a configuration names, or a file of --rules DIR: exit 2")
    func outputIsACalendarOrRulePackFile() throws {
        let (folder, dossier) = try Self.repository()
        let calendar = try folder.write(
            "calendar.yaml", bytes: Self.bytes(packageRoot + "/Rules/calendars/cn-workdays.yaml") ?? [])
        try folder.write("dossiers/.dossierlint.yml", "calendar: ../calendar.yaml\n")
        let glossary = try folder.write(
            "rules/glossary.yaml", bytes: Self.bytes(packageRoot + "/Rules/glossary.yaml") ?? [])
        for (arguments, file) in [
            (["--output", calendar], calendar), (["--rules", folder.path + "/rules", "--output", glossary], glossary),
        ] {
            let before = Self.bytes(file)
            let result = CommandRunner.run(["check", dossier] + arguments)
            #expect(result.status == 2, "\(arguments): \(result.error)")
            #expect(result.error.contains("would replace the input file"), "\(result.error)")
            #expect(Self.bytes(file) == before)
        }
    }

    @Test("--write-baseline naming an input: exit 2, nothing written")
    func baselineIsAnInput() throws {
        let (folder, dossier) = try Self.repository()
        let result = CommandRunner.run(["check", folder.path + "/dossiers", "--write-baseline", dossier])
        #expect(result.status == 2)
        #expect(result.error.contains("--write-baseline \(dossier) would replace the input file \(dossier)"))
        #expect(result.output.isEmpty, "no report either")
        #expect(Self.bytes(dossier) == Self.sample)
    }

    @Test("audit --output-dir where a report would replace an input: exit 2, nothing written")
    func auditReportIsAnInput() throws {
        let folder = try TemporaryFolder()
        let repository = packageRoot + "/Samples/repository"
        let first = CommandRunner.run(
            ["audit", repository, "--year", "2026", "--as-of", "2026-11-24", "--output-dir", folder.path])
        #expect(first.status == 0, "\(first.error)")
        let previous = folder.path + "/internal-audit-2026.json"
        let before = Self.bytes(previous)
        let markdown = Self.bytes(folder.path + "/internal-audit-2026.md")
        let again = CommandRunner.run([
            "audit", repository, "--year", "2026", "--as-of", "2026-11-24", "--output-dir", folder.path,
            "--previous", previous,
        ])
        #expect(again.status == 2)
        #expect(again.error.contains("\(previous) would replace the input file \(previous)"), "\(again.error)")
        #expect(Self.bytes(previous) == before && Self.bytes(folder.path + "/internal-audit-2026.md") == markdown)

        // The repository folder itself as the output folder, with last year's run left in it.
        let (own, dossier) = try Self.repository()
        let json = try own.write("dossiers/internal-audit-2026.json", bytes: before ?? [])
        let inside = CommandRunner.run([
            "audit", own.path + "/dossiers", "--year", "2026", "--output-dir", own.path + "/dossiers",
        ])
        #expect(inside.status == 2, "\(inside.error)")
        #expect(inside.error.contains("the input file \(json)"), "\(inside.error)")
        #expect(Self.bytes(dossier) == Self.sample && Self.bytes(json) == before)
        #expect(!FileManager.default.fileExists(atPath: own.path + "/dossiers/internal-audit-2026.md"))
    }

    @Test("--output a symbolic link to another file: the target holds the report, the link stays a link")
    func outputThroughLink() throws {
        let (folder, dossier) = try Self.repository()
        let target = try folder.write("reports/report.txt", "old report\n")
        let link = folder.path + "/latest.txt"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "reports/report.txt")
        let result = CommandRunner.run(["check", dossier, "--output", link, "--lang", "en"])
        #expect(result.status == 1, "\(result.error)")
        #expect(Self.isLink(link))
        let report = String(decoding: Self.bytes(target) ?? [], as: UTF8.self)
        #expect(report.contains("[onsite-time-share, 5.4.2.3]"), "\(report)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/reports") == ["report.txt"])
    }

    @Test("--output into a missing folder: exit 2 with the system's reason and the path")
    func missingFolder() throws {
        let (folder, dossier) = try Self.repository()
        let output = folder.path + "/no/such/folder/report.txt"
        let result = CommandRunner.run(["check", dossier, "--output", output])
        #expect(result.status == 2)
        #expect(result.error == "dossierlint: error: cannot write \(output): No such file or directory\n")
        let baseline = CommandRunner.run(["check", dossier, "--write-baseline", output])
        #expect(baseline.error.contains("cannot write \(output): No such file or directory"), "\(baseline.error)")
        #expect(!baseline.error.contains("NSCocoaErrorDomain"))
    }

    @Test("audit --output-dir under a file: exit 2 with the system's reason")
    func auditOutputUnderFile() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("file.txt", "x\n")
        let result = CommandRunner.run([
            "audit", packageRoot + "/Samples/repository", "--year", "2026", "--output-dir", file + "/out",
        ])
        #expect(result.status == 2)
        #expect(result.error.contains("cannot write \(file)/out: Not a directory"), "\(result.error)")
    }
}
