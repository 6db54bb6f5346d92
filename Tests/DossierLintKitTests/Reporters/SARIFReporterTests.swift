import DossierLintTestSupport
import DossierSyntax
import Foundation
import Testing

@testable import DossierLintKit

@Suite struct SARIFReporterTests {
    private var output: String { SARIFReporter.render(ReporterFixture.report, options: ReporterFixture.options(.zh)) }

    /// Validates against `shared/schemas/sarif/sarif-schema-2.1.0.json` with
    /// python3 and jsonschema (as in `shared/schemas/README.md`); skipped, visibly,
    /// when either or the schema is absent.
    @Test func validatesAgainstTheSARIFSchema() throws {
        let schema = ReporterTestSupport.schemasDirectory.appendingPathComponent("sarif/sarif-schema-2.1.0.json")
        guard let python = ExternalTool.which("python3") else {
            ReporterTestSupport.skip("python3 is not on PATH; SARIF schema check not run")
            return
        }
        guard ExternalTool.python(python, hasModule: "jsonschema") else {
            ReporterTestSupport.skip(
                "python3 has no jsonschema module (pip install jsonschema); SARIF schema check not run")
            return
        }
        guard FileManager.default.fileExists(atPath: schema.path) else {
            ReporterTestSupport.skip("\(schema.path) not found; SARIF schema check not run")
            return
        }
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            cls = jsonschema.validators.validator_for(schema)
            cls.check_schema(schema)
            v = cls(schema, format_checker=cls.FORMAT_CHECKER)
            errs = sorted(v.iter_errors(json.load(open(sys.argv[2], encoding="utf-8"))), key=lambda e: list(e.absolute_path))
            for e in errs: print("/".join(map(str, e.absolute_path)) or "<root>", ":", e.message)
            print(cls.__name__, "valid" if not errs else f"{len(errs)} error(s)")
            sys.exit(1 if errs else 0)
            """
        let file = try ReporterTestSupport.temporaryFile(output, name: "report.sarif")
        defer { ReporterTestSupport.removeTemporaryFile(file) }
        let result = try ExternalTool.run(python, ["-c", script, schema.path, file.path])
        #expect(result.status == 0, "jsonschema: \(result.output)")
        #expect(result.output == "Draft4Validator valid\n")
    }

    @Test func ruleIndexesMatchAndLocationsAreSet() throws {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(root["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        #expect(root["version"] as? String == "2.1.0")
        let runs = try #require(root["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        #expect(
            ids == [
                "auditor-rotation", "certificate-validity", "parse", "report-deadline", "stage-gap", "team-competence",
            ])
        let stageGap = try #require(rules.first { $0["id"] as? String == "stage-gap" })
        #expect(stageGap["name"] as? String == "StageGap")
        #expect((stageGap["properties"] as? [String: String]) == ["clause": "5.6.1", "pack": "cnca-itsms-2026"])
        #expect((stageGap["defaultConfiguration"] as? [String: String]) == ["level": "error"])
        #expect(((stageGap["help"] as? [String: String])?["text"])?.hasSuffix("条款：5.6.1（cnca-itsms-2026）") == true)

        let results = try #require(runs[0]["results"] as? [[String: Any]])
        #expect(results.count == ReporterFixture.report.findings.count)
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(ids[index] == result["ruleId"] as? String)
        }
        let parse = try #require(results.first { $0["ruleId"] as? String == "parse" })
        let location = try #require(
            (parse["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: String])?["uri"] == "dossiers/c%20%E6%8D%9F%E5%9D%8F.yaml")
        // A parse error points at a place: an empty region.
        #expect(
            (location["region"] as? [String: Int]) == ["startLine": 3, "startColumn": 7, "endLine": 3, "endColumn": 7])
        let regions = results.compactMap {
            ((($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"])
                as? [String: Int]
        }
        #expect(regions.count == results.count)
        #expect(regions.contains(["startLine": 12, "startColumn": 5, "endLine": 12, "endColumn": 15]))
        #expect(regions.contains(["startLine": 20, "startColumn": 7, "endLine": 22, "endColumn": 19]))

        let suppressed = results.filter { $0["suppressions"] != nil }
        #expect(suppressed.count == 1)
        #expect(
            (suppressed.first?["suppressions"] as? [[String: String]])
                == [["kind": "inSource", "justification": "extension approved by the CB, ref. 2026-17"]])

        let fingerprints = results.compactMap { ($0["partialFingerprints"] as? [String: String])?["dossierlint/v1"] }
        #expect(Set(fingerprints).count == results.count, "repeats of rule, file and pointer get distinct fingerprints")
    }

    @Test func regionNeverEndsBeforeItStarts() {
        func region(_ start: (Int, Int), _ end: (Int, Int)) -> [Int] {
            let (from, to) = SARIFReporter.region(
                Finding(
                    rule: "r", clause: "1", pack: "p", severity: .error, message: Message(zh: "z", en: "e"),
                    file: "a.yaml", location: DossierSyntax.SourceLocation(line: start.0, column: start.1),
                    endLocation: DossierSyntax.SourceLocation(line: end.0, column: end.1), pointer: "/x"))
            return [from.line, from.column, to.line, to.column]
        }
        #expect(region((2, 3), (4, 1)) == [2, 3, 4, 1])
        #expect(region((2, 3), (2, 1)) == [2, 3, 2, 3])
        #expect(region((0, 0), (0, 0)) == [1, 1, 1, 1])
    }

    @Test func fingerprintIsFNV1a64() {
        // Reference vectors of the FNV specification.
        #expect(SARIFReporter.fnv1a64("") == "cbf29ce484222325")
        #expect(SARIFReporter.fnv1a64("a") == "af63dc4c8601ec8c")
        #expect(SARIFReporter.fnv1a64("foobar") == "85944171f73967e8")
        #expect(
            SARIFReporter.fingerprint(rule: "r", file: "f", pointer: "/p") == SARIFReporter.fnv1a64("r\u{0}f\u{0}/p"))
        #expect(
            SARIFReporter.fingerprint(rule: "stage-gap", file: "a.yaml", pointer: "/x")
                != SARIFReporter.fingerprint(rule: "stage-gap", file: "a.yaml", pointer: "/y"))
    }

    @Test func uris() {
        #expect(SARIFReporter.uri(forPath: "dossiers/a b#1?.yaml") == "dossiers/a%20b%231%3F.yaml")
        #expect(SARIFReporter.uri(forPath: "c:/x%.yaml") == "c%3A/x%25.yaml")
        #expect(SARIFReporter.uri(forPath: "/tmp/档案.json") == "file:///tmp/%E6%A1%A3%E6%A1%88.json")
    }
}
