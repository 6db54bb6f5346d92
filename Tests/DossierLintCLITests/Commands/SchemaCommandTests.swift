import DossierLintKit
import DossierLintTestSupport
import DossierSyntax
import Foundation
import Testing

@testable import DossierLintCLI

/// `dossierlint schema`: the dossier schema of each scheme accepts every sample and
/// example dossier and refuses unknown keys and misspelt values; the findings and
/// audit-report schemas accept the real output. Validation is Python's `jsonschema`.
@Suite("schema command")
struct SchemaCommandTests {
    /// The schema `dossierlint schema` prints for `arguments`.
    static func schema(_ arguments: [String]) throws -> String {
        let result = CommandRunner.run(["schema"] + arguments)
        #expect(result.status == 0, "\(arguments): \(result.error)")
        #expect(result.error.isEmpty)
        return result.output
    }

    /// Every dossier file of `Samples/` (the repository's too) and of the packs' example dossiers,
    /// by path relative to the package root; registries are left out.
    static func dossierFiles() throws -> [(path: String, scheme: String, json: String)] {
        var paths: [String] = []
        let root = URL(fileURLWithPath: packageRoot)
        let samples = FileManager.default.enumerator(atPath: root.appendingPathComponent("Samples").path)
        while let path = samples?.nextObject() as? String {
            if path.hasSuffix(".yaml") || path.hasSuffix(".json") { paths.append("Samples/" + path) }
        }
        for pack in try FileManager.default.contentsOfDirectory(atPath: packageRoot + "/Rules") {
            let folder = "Rules/\(pack)/example-dossiers"
            for name in (try? FileManager.default.contentsOfDirectory(atPath: packageRoot + "/" + folder)) ?? []
            where name.hasSuffix(".yaml") {
                paths.append(folder + "/" + name)
            }
        }
        var result: [(String, String, String)] = []
        for path in paths.sorted() {
            let bytes = try #require(FileManager.default.contents(atPath: packageRoot + "/" + path))
            let document = try Document(path: path, data: [UInt8](bytes))
            guard document.root["schema"]?.scalarText == "itsms-dossier/1" else { continue }
            let scheme = document.root["scheme"]?.scalarText ?? DossierSchema.defaultScheme
            result.append((path, scheme, DossierJSON.text(of: document.root)))
        }
        return result
    }

    @Test("every sample and every example dossier validates against the schema of its scheme")
    func samplesValidate() throws {
        let files = try Self.dossierFiles()
        #expect(files.count > 40)
        #expect(files.contains { $0.path == "Samples/clean-surveillance.json" })
        #expect(Set(files.map(\.scheme)) == ["cnca-itsms-2026", "cesi-bcms-2025"])
        for scheme in ["cnca-itsms-2026", "cesi-bcms-2025"] {
            let schema = try Self.schema(["--scheme", scheme, "--lang", "zh"])
            let instances = files.filter { $0.scheme == scheme }.map { (name: $0.path, json: $0.json) }
            guard
                let problems = try JSONSchemaValidation.problems(
                    schema: schema, instances: instances, for: "dossier schema check")
            else { return }
            let invalid = problems.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }
            #expect(invalid.isEmpty, "\(scheme): \(invalid)")
        }
    }

    /// The clean sample of `scheme` as JSON, with `replace` applied to its YAML text first.
    static func variant(_ file: String, _ replace: [(String, String)]) throws -> String {
        var text = try String(contentsOfFile: packageRoot + "/Samples/" + file, encoding: .utf8)
        for (old, new) in replace {
            let range = try #require(text.range(of: old), "\(old) is not in \(file)")
            text.replaceSubrange(range, with: new)
        }
        return DossierJSON.text(of: try Document(path: file, data: Array(text.utf8)).root)
    }

    @Test("a dossier with an unknown field or a misspelt value does not validate, at that field")
    func refusals() throws {
        let itsms: [(name: String, replace: [(String, String)], pointer: String)] = [
            ("unknown top-level field", [("dossier_id:", "dosier_id: X\ndossier_id:")], "/"),
            ("unknown field of an audit", [("    type: stage2\n", "    type: stage2\n    typ: stage2\n")], "/audits/1"),
            ("unknown field of a team entry", [("role: leader", "role: leader, rol: leader")], "/audits/0/team/0"),
            ("misspelt audit type", [("type: stage2", "type: stage_2")], "/audits/1/type"),
            ("misspelt grade", [("grade: minor", "grade: Minor")], "/audits/1/nonconformities/0/grade"),
            (
                "misspelt record kind in client_retained", [("client_retained: [", "client_retained: [contracts, ")],
                "/records/client_retained/0"
            ),
            (
                "a date not written YYYY-MM-DD", [("issued_on: 2026-06-22", "issued_on: 2026-6-22")],
                "/certificates/0/issued_on"
            ),
            ("a quoted boolean", [("accredited: true", "accredited: \"true\"")], "/certification_body/accredited"),
            ("a field of the BCMS scheme", [("dossier_id:", "mark_requests: []\ndossier_id:")], "/"),
        ]
        let bcms: [(name: String, replace: [(String, String)], pointer: String)] = [
            ("misspelt company size", [("size: medium", "size: huge")], "/client/size"),
            ("a profile of the ITSMS scheme", [("dossier_id:", "profile: icas\ndossier_id:")], "/"),
            ("another scheme", [("scheme: cesi-bcms-2025", "scheme: cnca-itsms-2026")], "/scheme"),
        ]
        for (scheme, file, cases) in [
            ("cnca-itsms-2026", "clean-initial.yaml", itsms), ("cesi-bcms-2025", "clean-bcms.yaml", bcms),
        ] {
            let schema = try Self.schema(["--scheme", scheme])
            var instances = [(name: "unchanged", json: try Self.variant(file, []))]
            for refusal in cases { instances.append((refusal.name, try Self.variant(file, refusal.replace))) }
            guard
                let problems = try JSONSchemaValidation.problems(
                    schema: schema, instances: instances, for: "dossier schema refusals")
            else { return }
            #expect(problems["unchanged"] == [], "\(scheme): \(problems["unchanged"] ?? [])")
            #expect(problems["<python>"] == nil, "\(problems["<python>"] ?? [])")
            for refusal in cases {
                let found = problems[refusal.name] ?? []
                #expect(!found.isEmpty, "\(refusal.name) validates")
                #expect(found.allSatisfy { $0.hasPrefix(refusal.pointer + ":") }, "\(refusal.name): \(found)")
            }
        }
    }

    @Test("check --format json on Samples/ validates against the findings schema")
    func findingsValidate() throws {
        let (output, _) = try CIToolSupport.samplesOutput("json")
        #expect(output.contains("\"suppression_reason\""), "a suppressed finding is in the output")
        let zh = CommandRunner.run(["check", packageRoot + "/Samples", "--format", "json", "--lang", "zh"])
        let schema = try Self.schema(["findings"])
        guard
            let problems = try JSONSchemaValidation.problems(
                schema: schema, instances: [("en", output), ("zh", zh.output)], for: "findings schema check")
        else { return }
        #expect(problems.allSatisfy { $0.value.isEmpty }, "\(problems)")
    }

    @Test("the audit report of Samples/repository validates against the audit-report schema, with last year's too")
    func auditReportValidates() throws {
        let folder = try TemporaryFolder()
        let repository = packageRoot + "/Samples/repository"
        let first = CommandRunner.run([
            "audit", repository, "--year", "2025", "--as-of", "2025-12-31", "--output-dir", folder.path + "/2025",
        ])
        #expect(first.status == 0, "\(first.error)")
        let second = CommandRunner.run([
            "audit", repository, "--year", "2026", "--as-of", "2026-11-24", "--output-dir", folder.path + "/2026",
            "--previous", folder.path + "/2025/internal-audit-2025.json",
        ])
        #expect(second.status == 0, "\(second.error)")
        let reports = try ["2025", "2026"].map { year in
            (
                name: year,
                json: try String(contentsOfFile: "\(folder.path)/\(year)/internal-audit-\(year).json", encoding: .utf8)
            )
        }
        #expect(reports[1].json.contains("\"previous_year\": 2025"))
        let schema = try Self.schema(["audit-report", "--lang", "zh"])
        guard
            let problems = try JSONSchemaValidation.problems(
                schema: schema, instances: reports, for: "audit report schema check")
        else { return }
        #expect(problems.allSatisfy { $0.value.isEmpty }, "\(problems)")
    }

    @Test("the descriptions follow --lang; the schemas of both languages differ in nothing else")
    func languages() throws {
        let zh = try Self.schema(["--lang", "zh"])
        let en = try Self.schema(["--lang", "en"])
        #expect(zh.contains(#""description": "审核类型（5.6–5.9）""#))
        #expect(en.contains(#""description": "type (5.6–5.9)""#))
        #expect(zh.contains(#""markdownDescription": "审核类型（5.6–5.9）\n\ntype (5.6–5.9)""#))
        #expect(zh.contains(#""第一阶段审核 — stage 1 audit""#))
        func structure(_ text: String) throws -> String {
            let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
            func strip(_ value: Any) -> Any {
                if let object = value as? [String: Any] {
                    return object.filter {
                        ![
                            "title", "description", "markdownDescription", "enumDescriptions",
                            "markdownEnumDescriptions",
                        ]
                        .contains($0.key)
                    }.mapValues(strip)
                }
                if let array = value as? [Any] { return array.map(strip) }
                return value
            }
            let data = try JSONSerialization.data(withJSONObject: strip(object), options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }
        #expect(try structure(zh) == structure(en))
        #expect(try Self.schema(["dossier", "--lang", "zh"]) == zh)
        let bcms = try Self.schema(["--scheme", "cesi-bcms-2025", "--lang", "en"])
        #expect(bcms.contains(#""description": "company size (4.2.2)""#))
        #expect(!en.contains("\"mark_requests\"") && bcms.contains("\"mark_requests\""))
        #expect(en.contains("\"document_review_on\"") && !bcms.contains("\"document_review_on\""), "profile icas")
    }

    @Test("schema --as-json prints a dossier as a YAML 1.2 editor types it")
    func asJSON() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("d.yaml", "a: 010\nb: \"010\"\nc: 2026-03-01\nd: yes\ne: true\nf: [1.5, ~]\n")
        let result = CommandRunner.run(["schema", "--as-json", file])
        #expect(result.status == 0, "\(result.error)")
        #expect(
            result.output
                == "{\n  \"a\": 10,\n  \"b\": \"010\",\n  \"c\": \"2026-03-01\",\n  \"d\": \"yes\",\n  \"e\": true,\n"
                + "  \"f\": [\n    1.5,\n    null\n  ]\n}\n")
        let piped = CommandRunner.run(["schema", "--as-json", "-"], input: "a: 010\nb: \"010\"\n")
        #expect(piped.status == 0 && piped.output == "{\n  \"a\": 10,\n  \"b\": \"010\"\n}\n", "\(piped)")
        let bad = try folder.write("bad.yaml", "a: [1\n")
        let parse = CommandRunner.run(["schema", "--as-json", bad])
        #expect(parse.status == 2 && parse.error.contains("bad.yaml:"), "\(parse.error)")
        #expect(CommandRunner.run(["schema", "--as-json", folder.path + "/missing.yaml"]).status == 2)
    }

    @Test("usage errors are exit status 2")
    func usage() {
        #expect(CommandRunner.run(["schema", "dossiers"]).status == 2)
        #expect(CommandRunner.run(["schema", "dossier", "findings"]).status == 2)
        #expect(CommandRunner.run(["schema", "findings", "--scheme", "cesi-bcms-2025"]).status == 2)
        #expect(CommandRunner.run(["schema", "--scheme", "icas"]).status == 2, "a profile is no scheme")
        let help = CommandRunner.run(["schema", "--help"])
        #expect(help.output.contains("# yaml-language-server: $schema=dossier.schema.json"))
    }
}
