import Foundation
import Testing

/// A repository mixing schemes: ITSMS dossiers (one with the `icas` profile) and
/// BCMS dossiers (`scheme: cesi-bcms-2025`). Every output gives each dossier the
/// findings of its own packs only, and the audit report a section per scheme.
@Suite("A repository of several schemes")
struct MixedSchemesTests {
    /// The samples copied into the repository, with the packs that may judge each.
    static let dossiers: [(file: String, packs: Set<String>)] = {
        let samples = (try? FileManager.default.contentsOfDirectory(atPath: packageRoot + "/Samples")) ?? []
        let bcms = samples.filter { $0.contains("bcms") && $0.hasSuffix(".yaml") }.sorted()
        return [
            ("violations-certificate.yaml", ["cnca-itsms-2026"]),
            ("violations-icas.yaml", ["cnca-itsms-2026", "icas"]),
            ("clean-initial.yaml", ["cnca-itsms-2026"]),
        ] + bcms.map { ($0, ["cesi-bcms-2025"]) }
    }()

    /// A repository folder holding copies of the samples.
    static func repository() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for dossier in dossiers {
            let text = try String(contentsOfFile: packageRoot + "/Samples/" + dossier.file, encoding: .utf8)
            try folder.write(dossier.file, text)
        }
        return folder
    }

    static func packs(of file: String) -> Set<String> {
        dossiers.first { file.hasSuffix("/" + $0.file) }?.packs ?? []
    }

    @Test("the repository holds both schemes' violation samples")
    func bothSchemes() {
        #expect(Self.dossiers.contains { $0.packs.contains("cesi-bcms-2025") && $0.file.hasPrefix("violations-") })
        #expect(Self.dossiers.contains { $0.packs.contains("cnca-itsms-2026") && $0.file.hasPrefix("violations-") })
    }

    @Test("JSON: each file is judged by its scheme, and its findings come from its own packs")
    func json() throws {
        let folder = try Self.repository()
        let result = CommandRunner.run(["check", folder.path, "--as-of", "2026-11-24", "--format", "json"])
        #expect(result.status == 1)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let files = try #require(root["files"] as? [[String: Any]])
        #expect(files.count == Self.dossiers.count)
        for file in files {
            let path = try #require(file["path"] as? String)
            #expect(Self.packs(of: path).contains(file["scheme"] as? String ?? "?"), "\(path)")
        }
        let findings = try #require(root["findings"] as? [[String: Any]])
        var judged = Set<String>()
        for finding in findings {
            let path = try #require(finding["file"] as? String)
            let pack = finding["pack"] as? String ?? ""
            #expect(Self.packs(of: path).contains(pack), "\(path) has a finding of \(pack): \(finding["rule"] ?? "")")
            judged.insert(pack)
        }
        #expect(judged.isSuperset(of: ["cnca-itsms-2026", "icas", "cesi-bcms-2025"]))
    }

    @Test("--profile applies to the dossiers of its scheme; a BCMS dossier naming an ITSMS profile is warned")
    func profileOfAnotherScheme() throws {
        let folder = try Self.repository()
        let result = CommandRunner.run([
            "check", folder.path, "--as-of", "2026-11-24", "--format", "json", "--profile", "icas",
        ])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let findings = try #require(root["findings"] as? [[String: Any]])
        #expect(!findings.contains { $0["rule"] as? String == "profile" }, "no warning for the BCMS dossiers")
        for file in try #require(root["files"] as? [[String: Any]]) {
            let bcms = file["scheme"] as? String == "cesi-bcms-2025"
            #expect((file["profile"] as? String) == (bcms ? nil : "icas"), "\(file["path"] ?? "")")
        }
        let bcms = try #require(Self.dossiers.first { $0.packs.contains("cesi-bcms-2025") })
        let text = try String(contentsOfFile: folder.path + "/" + bcms.file, encoding: .utf8)
            .replacingOccurrences(of: "scheme: cesi-bcms-2025\n", with: "scheme: cesi-bcms-2025\nprofile: icas\n")
        let named = try folder.write("named-profile.yaml", text)
        let warned = CommandRunner.run(["check", named, "--as-of", "2026-11-24", "--lang", "en"])
        #expect(warned.output.contains("profile 'icas' is layered on the scheme 'cnca-itsms-2026'"), "\(warned.output)")
    }

    @Test("baselines, configuration by rule id and suppression comments work across the schemes")
    func baselinesConfigurationSuppressions() throws {
        let folder = try Self.repository()
        let baseline = folder.path + "/../baseline-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: baseline) }
        let recorded = CommandRunner.run([
            "check", folder.path, "--as-of", "2026-11-24", "--write-baseline", baseline, "--format", "json",
        ])
        #expect(recorded.status == 0, "\(recorded.error)")
        let accepted = CommandRunner.run(["check", folder.path, "--as-of", "2026-11-24", "--baseline", baseline])
        #expect(accepted.status == 0, "every finding of both schemes is in the baseline")

        func count(_ rule: String, _ output: String) -> Int { output.components(separatedBy: "[\(rule),").count - 1 }
        let before = CommandRunner.run(["check", folder.path, "--as-of", "2026-11-24", "--lang", "en"]).output
        #expect(count("bcms-event-published", before) > 0 && count("certificate-content", before) > 0)
        try folder.write(".dossierlint.yml", "rules:\n  bcms-event-published: off\n")
        let configured = CommandRunner.run(["check", folder.path, "--as-of", "2026-11-24", "--lang", "en"]).output
        #expect(count("bcms-event-published", configured) == 0)
        #expect(count("certificate-content", configured) == count("certificate-content", before))

        let events = folder.path + "/violations-bcms-events.yaml"
        let text = try String(contentsOfFile: events, encoding: .utf8)
        try ("# dossierlint: disable-file bcms-event-reported -- reported by post, ticket 7\n" + text)
            .write(toFile: events, atomically: true, encoding: .utf8)
        let suppressed = CommandRunner.run(["check", events, "--as-of", "2026-11-24", "--lang", "en"]).output
        #expect(count("bcms-event-reported", suppressed) == 0 && count("bcms-suspension-deadline", suppressed) > 0)
    }

    @Test("JUnit: test cases are classed under the dossier's own packs")
    func junit() throws {
        let folder = try Self.repository()
        let result = CommandRunner.run(["check", folder.path, "--as-of", "2026-11-24", "--format", "junit"])
        #expect(result.status == 1)
        var suite = ""
        var classes = 0
        for line in result.output.split(separator: "\n") {
            if let range = line.range(of: "<testsuite name=\"") {
                suite = String(line[range.upperBound...].prefix { $0 != "\"" })
            }
            guard let range = line.range(of: "classname=\"") else { continue }
            let classname = line[range.upperBound...].prefix { $0 != "\"" }
            let pack = String(classname.split(separator: ".").first ?? "")
            #expect(Self.packs(of: suite).contains(pack), "\(suite): \(classname)")
            classes += 1
        }
        #expect(classes > Self.dossiers.count)
    }

    @Test("SARIF: every result's rule belongs to a pack of the dossier it points at")
    func sarif() throws {
        let folder = try Self.repository()
        let result = CommandRunner.run(["check", folder.path, "--as-of", "2026-11-24", "--format", "sarif"])
        #expect(result.status == 1)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        let rules = try #require(
            ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let packOfRule = Dictionary(
            rules.compactMap { rule -> (String, String)? in
                guard let id = rule["id"] as? String,
                    let pack = (rule["properties"] as? [String: Any])?["pack"] as? String
                else { return nil }
                return (id, pack)
            }, uniquingKeysWith: { first, _ in first })
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        for item in results {
            let id = try #require(item["ruleId"] as? String)
            let location = (item["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            let uri = try #require((location?["artifactLocation"] as? [String: Any])?["uri"] as? String)
            let pack = try #require(packOfRule[id], "\(id) is not described under tool.driver.rules with its pack")
            #expect(Self.packs(of: uri).contains(pack), "\(uri): \(id)")
        }
    }

    @Test("audit: a section per scheme; each dossier counted under its own scheme's clauses only")
    func audit() throws {
        let folder = try Self.repository()
        let output = try TemporaryFolder()
        let result = CommandRunner.run([
            "audit", folder.path, "--year", "2026", "--as-of", "2026-11-24", "--output-dir", output.path,
        ])
        #expect(result.status != 2, "\(result.error)")
        let data = try Data(contentsOf: URL(fileURLWithPath: output.path + "/internal-audit-2026.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let schemes = try #require(root["schemes"] as? [[String: Any]])
        let counts = Dictionary(
            uniqueKeysWithValues: schemes.compactMap { s in
                (s["id"] as? String).map { ($0, s["dossiers"] as? Int ?? -1) }
            })
        let bcmsFiles = Self.dossiers.filter { $0.packs.contains("cesi-bcms-2025") }.count
        #expect(counts == ["cnca-itsms-2026": Self.dossiers.count - bcmsFiles, "cesi-bcms-2025": bcmsFiles])
        let clauses = try #require(root["clauses"] as? [[String: Any]])
        for clause in clauses {
            let scheme = clause["scheme"] as? String ?? ""
            guard let checked = (clause["dossiers"] as? [String: Any])?["checked"] as? Int else { continue }
            #expect(checked <= (counts[scheme] ?? 0), "\(scheme) \(clause["clause"] ?? ""): \(checked) dossiers")
        }
        func labels(_ scheme: String) -> Set<String> {
            Set(clauses.filter { $0["scheme"] as? String == scheme }.compactMap { $0["clause"] as? String })
        }
        let shared = labels("cesi-bcms-2025").intersection(labels("cnca-itsms-2026"))
        #expect(!shared.isEmpty, "clause numbers of both schemes (5.2.1) stay two rows, one per scheme")
        let markdown = try String(contentsOfFile: output.path + "/internal-audit-2026.md", encoding: .utf8)
        #expect(markdown.contains("(`cesi-bcms-2025`)") && markdown.contains("(`cnca-itsms-2026`)"))
    }
}
