import Foundation
import Testing

@testable import DossierLintKit

@Suite struct JSONReporterTests {
    private func parse(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func hasTheContractsKeys() throws {
        let output = JSONReporter.render(ReporterFixture.report, options: ReporterFixture.options(.zh))
        let root = try parse(output)
        #expect(Set(root.keys) == ["tool", "as_of", "files", "findings", "summary"])
        let tool = try #require(root["tool"] as? [String: Any])
        #expect(Set(tool.keys) == ["name", "version"])
        #expect(tool["name"] as? String == "dossierlint")
        #expect(root["as_of"] as? String == "2026-11-24")

        let files = try #require(root["files"] as? [[String: Any]])
        #expect(files.map { $0["path"] as? String } == ReporterFixture.report.files.map(\.path))
        for file in files { #expect(Set(file.keys) == ["path", "dossier_id", "scheme", "profile"]) }
        #expect(files[0]["profile"] is NSNull)
        #expect(files[2]["dossier_id"] is NSNull)

        let contract: Set = ["rule", "clause", "pack", "severity", "message", "file", "line", "column", "pointer"]
        let findings = try #require(root["findings"] as? [[String: Any]])
        #expect(findings.count == ReporterFixture.report.findings.count)
        for finding in findings {
            let suppressed = try #require(finding["suppressed"] as? Bool)
            var added: Set = ["end_line", "end_column", "kind", "suppressed"]
            if suppressed { added.insert("suppression_reason") }
            #expect(Set(finding.keys) == contract.union(added))
            #expect(finding["line"] is Int && finding["column"] is Int)
            #expect(finding["end_line"] is Int && finding["end_column"] is Int)
        }

        let summary = try #require(root["summary"] as? [String: Any])
        #expect(
            Set(summary.keys) == [
                "files", "errors", "warnings", "infos", "suppressed", "skipped_files", "unparsable_files",
            ])
        #expect(summary["files"] as? Int == 3)
        #expect(summary["errors"] as? Int == 4)
        #expect(summary["warnings"] as? Int == 1)
        #expect(summary["infos"] as? Int == 1)
        #expect(summary["suppressed"] as? Int == 1)
        #expect(summary["skipped_files"] as? Int == 2)
        #expect(summary["unparsable_files"] as? Int == 1)
    }

    @Test func keepsContractOrderAndEscapesByHand() throws {
        let output = JSONReporter.render(ReporterFixture.report, options: ReporterFixture.options(.en))
        let keys = ["\"tool\"", "\"as_of\"", "\"files\"", "\"findings\"", "\"summary\""]
        let positions = keys.map { output.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        // The control character as \u0001, markup and Chinese unescaped.
        #expect(output.contains(#"lead auditor 'X\u0001<script>&\"' has audited"#))
        #expect(output.contains("王芳"))
        #expect(output.hasPrefix("{\n  \"tool\": {\n    \"name\": \"dossierlint\",\n"))

        let root = try parse(output)
        let findings = try #require(root["findings"] as? [[String: Any]])
        let messages = findings.compactMap { $0["message"] as? String }
        #expect(messages.contains(ReporterFixture.hostileMessage.en))
    }

    @Test func findingsCarryTheirRange() throws {
        let output = JSONReporter.render(ReporterFixture.report, options: ReporterFixture.options(.en))
        let findings = try #require(try parse(output)["findings"] as? [[String: Any]])
        func range(_ finding: [String: Any]) -> [Int?] {
            ["line", "column", "end_line", "end_column"].map { finding[$0] as? Int }
        }
        let byPointer = Dictionary(grouping: findings) { $0["pointer"] as? String ?? "" }
        #expect(byPointer["/audits/1/dates/start"]?.map(range) == [[12, 5, 12, 15], [12, 5, 12, 15]])
        #expect(byPointer["/audits/2/team/0"]?.map(range) == [[20, 7, 22, 19]])
        // An absent field and a parse error: an empty range.
        #expect(byPointer["/certificate"]?.map(range) == [[3, 1, 3, 1]])
        #expect(byPointer[""]?.map(range) == [[3, 7, 3, 7]])
        // The end follows the start, before the contract's `pointer`.
        let keys = ["\"column\"", "\"end_line\"", "\"end_column\"", "\"pointer\""]
        let positions = keys.compactMap { output.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count && positions == positions.sorted())
    }
}
