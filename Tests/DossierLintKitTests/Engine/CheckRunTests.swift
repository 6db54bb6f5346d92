import DossierRules
import DossierSyntax
import Foundation
import Testing

@testable import DossierLintKit

/// The Kit's entry points of `check` and `audit`, run over a temporary folder.
@Suite("check and audit runs")
struct CheckRunTests {
    static let day = Day(year: 2026, month: 11, day: 24)!
    static let files = FileSource(contents: { path in FileManager.default.contents(atPath: path).map { [UInt8]($0) } })

    /// A repository of two copies of one sample dossier (so the repository
    /// rules find duplicate ids) and the sample registry, in a new folder.
    static func repository() throws -> (folder: String, inputs: [InputFile]) {
        let folder = NSTemporaryDirectory() + "dossierlint-run-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples/repository").path
        for (name, source) in [
            ("registry.yaml", "registry.yaml"), ("a.yaml", "2026/itsms-2026-0042.yaml"),
            ("b.yaml", "2026/itsms-2026-0042.yaml"),
        ] {
            try FileManager.default.copyItem(atPath: samples + "/" + source, toPath: folder + "/" + name)
        }
        let inputs = ["a.yaml", "b.yaml", "registry.yaml"].map {
            InputFile(displayPath: folder + "/" + $0, readPath: folder + "/" + $0, named: false)
        }
        return (folder, inputs)
    }

    static func checkRun(_ inputs: [InputFile], folder: String, baseline: BaselineChoice) throws -> CheckRun {
        let linter = try BuiltInRules.linter()
        return CheckRun(
            inputs: inputs, options: CheckOptions(currentDirectory: folder, asOf: day, today: day), linter: linter,
            rules: RuleRegistry.all, registry: folder + "/registry.yaml", registryIsExplicit: false,
            summarize: DossierSummaries.summarizer(packs: linter.packs), baseline: baseline, toolVersion: "test")
    }

    @Test("check merges the repository rules' findings into the files, then applies the baseline")
    func checkMergesAndBaselines() throws {
        let (folder, inputs) = try Self.repository()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let problems = Gathered<String>()
        let observer = RunObserver(problem: { problems.add($0.description) })

        let recorded = try Self.checkRun(inputs, folder: folder, baseline: .recorded("accepted.json"))
            .run(files: Self.files, observer: observer)
        let report = recorded.report
        #expect(report.files.map(\.path) == inputs.map(\.displayPath))
        let duplicate = report.files[1].findings.filter { $0.rule == "unique-dossier-ids" }
        #expect(duplicate.count == 1, "the repository rule's finding joins b.yaml's report")
        #expect(duplicate.first?.suppression == "baseline accepted.json")
        #expect(report.files[2].outcomes.contains { $0.rule == "unique-dossier-ids" && $0.status == .failed })
        #expect(!recorded.registryFailed && problems.all.isEmpty)
        let baseline = try #require(recorded.recordedBaseline)
        #expect(baseline.total == report.findings.count)

        let path = folder + "/baseline.json"
        try Data(baseline.render().utf8).write(to: URL(fileURLWithPath: path))
        let unbaselined = try Self.checkRun(inputs, folder: folder, baseline: .configured).run(files: Self.files)
        #expect(unbaselined.report.hasFailingFindings)
        #expect(unbaselined.report.findings.allSatisfy { $0.suppression == nil })
        let baselined = try Self.checkRun(inputs, folder: folder, baseline: .file("baseline.json")).run(
            files: Self.files)
        #expect(!baselined.report.hasFailingFindings)
        #expect(baselined.report.findings.allSatisfy { $0.suppression == "baseline baseline.json" })
        #expect(baselined.report.findings.count == report.findings.count)
    }

    @Test("a baseline that cannot be read stops the run")
    func unreadableBaseline() throws {
        let (folder, inputs) = try Self.repository()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: ConfigurationError.self) {
            try Self.checkRun(inputs, folder: folder, baseline: .file("missing.json")).run(files: Self.files)
        }
    }

    @Test("without a registry, check hands each file on in path order, after the header, baselines applied")
    func checkStreams() throws {
        let (folder, inputs) = try Self.repository()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let dossiers = inputs.filter { !$0.displayPath.hasSuffix("registry.yaml") }
        var run = try Self.checkRun(dossiers.reversed(), folder: folder, baseline: .configured)
        run.registry = nil
        let events = Gathered<String>()
        let ending = try run.run(
            files: Self.files, start: { events.add("start \($0.asOf)") },
            deliver: { events.add(URL(fileURLWithPath: $0.path).lastPathComponent) })
        #expect(events.all == ["start 2026-11-24", "a.yaml", "b.yaml"])
        #expect(!ending.registryFailed && ending.recordedBaseline == nil)

        // A baseline is read before anything is handed on: a missing one stops the run first.
        run.baseline = .file("missing.json")
        let none = Gathered<String>()
        #expect(throws: ConfigurationError.self) {
            _ = try run.run(files: Self.files, start: { _ in none.add("start") }, deliver: { _ in none.add("file") })
        }
        #expect(none.all.isEmpty)
    }

    @Test("many files: each handed on once, in path order, checked alike by every worker; outcomes only when kept")
    func manyFilesInOrder() throws {
        let (folder, _) = try Self.repository()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sample = try #require(FileManager.default.contents(atPath: folder + "/a.yaml"))
        let paths = (0..<150).map { "many/d\(1000 + $0).yaml" }
        let files = FileSource(contents: { $0.hasPrefix("many/") ? [UInt8](sample) : nil })
        let inputs = paths.reversed().map { InputFile(displayPath: $0, readPath: $0, named: false) }
        for keeps in [false, true] {
            var run = try Self.checkRun(inputs, folder: folder, baseline: .configured)
            run.registry = nil
            run.keepsRuleOutcomes = keeps
            let delivered = Gathered<FileReport>()
            _ = try run.run(files: files, start: { _ in }, deliver: { delivered.add($0) })
            let reports = delivered.all
            #expect(reports.map(\.path) == paths)
            let first = try #require(reports.first)
            #expect(!first.findings.isEmpty)
            for report in reports {
                #expect(report.findings.map(\.rule) == first.findings.map(\.rule), "\(report.path)")
                #expect(report.findings.map(\.pointer) == first.findings.map(\.pointer), "\(report.path)")
                #expect(report.outcomes == first.outcomes, "\(report.path)")
                #expect(report.outcomes.isEmpty == !keeps, "\(report.path)")
            }
        }
    }

    @Test("audit checks every dossier and runs the repository rules over the registry and the dossiers")
    func audit() throws {
        let (folder, inputs) = try Self.repository()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let linter = try BuiltInRules.linter()
        let started = Gathered<String>()
        let run = AuditRun(
            year: 2026, judgingDay: Self.day, repositoryPath: folder, inputs: inputs, linter: linter,
            registry: folder + "/registry.yaml", summarize: DossierSummaries.summarizer(packs: linter.packs),
            toolVersion: "test")
        let report = try run.run(files: Self.files, observer: RunObserver(starting: { started.add("\($0)") }))
        #expect(report.dossierCount == 2)
        #expect(report.files.contains { $0.findings.contains { $0.rule == "unique-dossier-ids" } })
        #expect(started.all == ["3"])
        #expect(throws: ParseError.self) {
            var broken = run
            broken.registry = folder + "/a.yaml"
            _ = try broken.run(files: Self.files)
        }
    }
}
