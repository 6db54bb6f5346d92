import Foundation
import Testing

@testable import DossierLintCLI

@Suite("baseline on the command line")
struct BaselineCommandTests {
    static var sample: String {
        (try? String(contentsOfFile: packageRoot + "/Samples/violations-planning.yaml", encoding: .utf8)) ?? ""
    }

    static func unsuppressed(_ output: String) throws -> [[String: Any]] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let findings = json["findings"] as? [[String: Any]] ?? []
        return findings.filter { $0["suppressed"] as? Bool == false }
    }

    @Test("round trip: write, edit an unrelated line (no new findings), introduce a violation (exactly one)")
    func roundTrip() throws {
        let folder = try TemporaryFolder()
        let dossier = try folder.write("dossiers/a.yaml", Self.sample)
        let baseline = folder.path + "/baseline.json"
        let before = CommandRunner.run(["check", folder.path + "/dossiers", "--format", "json"])
        #expect(before.status == 1)
        let existing = try Self.unsuppressed(before.output)
        #expect(existing.count >= 2, "the sample has violations")

        let written = CommandRunner.run(["check", folder.path + "/dossiers", "--write-baseline", baseline])
        #expect(written.status == 0, "the findings written are accepted: \(written.output)")
        #expect(written.error.contains("wrote \(existing.count) findings to the baseline"))
        let text = try String(contentsOfFile: baseline, encoding: .utf8)
        #expect(text.contains("\"dossier_id\": \"SAMPLE-2026-0004\""))
        #expect(!text.contains("\"line\""), "keyed by pointer, not by line")

        // An unrelated edit: a comment at the top moves every line; a free-text value changes.
        var edited = "# reviewed again in November\n" + Self.sample
        edited = edited.replacingOccurrences(of: "objectives: 评价管理体系的实施情况和有效性", with: "objectives: 评价管理体系的实施情况、符合性和有效性")
        #expect(edited.contains("符合性"))
        try folder.write("dossiers/a.yaml", edited)
        let unchanged = CommandRunner.run(["check", dossier, "--baseline", baseline, "--format", "json"])
        #expect(unchanged.status == 0, "\(unchanged.output)")
        #expect(try Self.unsuppressed(unchanged.output).isEmpty)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(unchanged.output.utf8)) as? [String: Any])
        #expect((json["summary"] as? [String: Any])?["suppressed"] as? Int == existing.count)
        #expect(unchanged.output.contains("\"suppression_reason\": \"baseline \(baseline)\""))

        // A new violation: the stage 1 closing meeting's attendance sheet is missing.
        let violating = edited.replacingOccurrences(
            of: "closing: {date: 2026-04-14, top_management_present: true, attendance_sheet: true",
            with: "closing: {date: 2026-04-14, top_management_present: true, attendance_sheet: false")
        #expect(violating != edited)
        try folder.write("dossiers/a.yaml", violating)
        let new = CommandRunner.run(["check", dossier, "--baseline", baseline, "--format", "json"])
        #expect(new.status == 1)
        let fresh = try Self.unsuppressed(new.output)
        #expect(fresh.count == 1, "\(fresh)")
        #expect(fresh.first?["rule"] as? String == "meeting-evidence")
        #expect(fresh.first?["pointer"] as? String == "/audits/0/meetings/closing/attendance_sheet")
    }

    @Test("a configuration's baseline key, relative to the configuration's folder")
    func configured() throws {
        let folder = try TemporaryFolder()
        try folder.write(".dossierlint.yml", "baseline: ci/baseline.json\n")
        let dossier = try folder.write("a.yaml", Self.sample)
        #expect(CommandRunner.run(["check", dossier]).status == 2, "the configured baseline does not exist yet")
        try FileManager.default.createDirectory(atPath: folder.path + "/ci", withIntermediateDirectories: true)
        #expect(
            CommandRunner.run(["check", dossier, "--write-baseline", folder.path + "/ci/baseline.json"]).status == 0)
        let result = CommandRunner.run(["check", dossier])
        #expect(result.status == 0, "\(result.output)\(result.error)")
        #expect(result.output.contains("suppressed)"))
    }

    @Test("an unreadable or malformed baseline: exit status 2 with its location")
    func malformed() throws {
        let folder = try TemporaryFolder()
        let dossier = try folder.write("a.yaml", Self.sample)
        #expect(CommandRunner.run(["check", dossier, "--baseline", folder.path + "/none.json"]).status == 2)
        let broken = try folder.write(
            "b.json", "{\"tool\": \"dossierlint\", \"baseline_version\": 1, \"findings\": [\n  {\"rule\": 5}\n]}\n")
        let result = CommandRunner.run(["check", dossier, "--baseline", broken])
        #expect(result.status == 2)
        #expect(result.error.hasPrefix(broken + ":2:3: error: a baseline entry needs rule"), "\(result.error)")
        #expect(
            CommandRunner.run(["check", dossier, "--write-baseline", folder.path + "/no/such/dir/b.json"]).status == 2)
    }
}
