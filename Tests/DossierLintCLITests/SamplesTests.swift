import Foundation
import Testing

@testable import DossierLintCLI

/// The shipped samples: clean ones have no error findings; each violation
/// sample produces exactly the clauses its `# expect:` line documents.
@Suite("Samples")
struct SamplesTests {
    static let samples: [String] = {
        let folder = packageRoot + "/Samples"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
    }()

    /// The documented clauses of a sample: its `# expect:` line; JSON samples are clean.
    static func documentedClauses(_ text: String) -> Set<String>? {
        for line in text.split(separator: "\n") where line.hasPrefix("# expect:") {
            let list = line.dropFirst("# expect:".count).trimmingCharacters(in: .whitespaces)
            if list == "(none)" { return [] }
            return Set(list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        }
        return nil
    }

    @Test("there are clean samples in YAML and JSON and violation samples")
    func inventory() {
        #expect(Self.samples.contains { $0.hasPrefix("clean") && $0.hasSuffix(".yaml") })
        #expect(Self.samples.contains { $0.hasPrefix("clean") && $0.hasSuffix(".json") })
        #expect(Self.samples.filter { $0.hasPrefix("violations") }.count >= 4)
        for scheme in ["cnca-itsms-2026", "cesi-bcms-2025"] {
            let ofScheme = Self.samples.filter { name in
                let text = (try? String(contentsOfFile: packageRoot + "/Samples/" + name, encoding: .utf8)) ?? ""
                return text.contains("\nscheme: \(scheme)\n")
            }
            #expect(ofScheme.contains { $0.hasPrefix("clean") }, "a clean \(scheme) sample")
            #expect(ofScheme.contains { $0.hasPrefix("violations") }, "violation samples of \(scheme)")
        }
    }

    @Test("each sample triggers exactly its documented clauses", arguments: samples)
    func sample(_ name: String) throws {
        let path = packageRoot + "/Samples/" + name
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let expected: Set<String>
        if name.hasSuffix(".json") {
            expected = []
        } else {
            expected = try #require(Self.documentedClauses(text), "\(name) has no '# expect:' line")
        }
        let result = CommandRunner.run(["check", path, "--format", "json", "--as-of", "2026-11-24"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let findings = json["findings"] as? [[String: Any]] ?? []
        let clauses = Set(findings.compactMap { $0["clause"] as? String })
        #expect(clauses == expected, "\(name): \(findings.map { "\($0["clause"] ?? "") \($0["message"] ?? "")" })")
        #expect(result.status == (expected.isEmpty ? 0 : 1))
    }

    @Test("the README's run command: Samples/ exits 1 because of the violation samples")
    func wholeFolder() {
        let result = CommandRunner.run(["check", packageRoot + "/Samples", "--as-of", "2026-11-24"])
        #expect(result.status == 1)
        #expect(result.output.contains("files checked"))
    }
}
