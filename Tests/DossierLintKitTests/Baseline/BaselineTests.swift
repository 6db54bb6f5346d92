import DossierLintKit
import DossierSyntax
import Testing

@Suite("baseline")
struct BaselineTests {
    typealias Support = ConfigurationTestSupport

    static func report(_ files: [FileReport]) -> CheckReport {
        CheckReport(toolVersion: "0", asOf: Support.day, files: files)
    }

    static func finding(
        _ rule: String, _ pointer: String, file: String = "a.yaml", line: Int = 3, suppression: String? = nil
    )
        -> Finding
    {
        Finding(
            rule: rule, clause: "5.6.1", pack: "p", severity: .error, message: Message(zh: "m", en: "m"), file: file,
            location: SourceLocation(line: line, column: 1), pointer: pointer, suppression: suppression)
    }

    @Test("keyed by dossier id, rule and pointer, with counts; no parse errors, no suppressed findings")
    func keysAndCounts() throws {
        let parse = Finding(
            parseError: ParseError(.syntax, "bad", at: SourceLocation(line: 1, column: 1)), file: "broken.yaml")
        let files = [
            FileReport(
                path: "a.yaml", dossierId: "D-1", scheme: "p", profile: nil,
                findings: [
                    Self.finding("stage-gap", "/x", line: 3), Self.finding("stage-gap", "/x", line: 4),
                    Self.finding("other", "/y", suppression: "approved"),
                ], outcomes: []),
            FileReport(
                path: "b.yaml", dossierId: nil, scheme: "p", profile: nil,
                findings: [Self.finding("r", "", file: "b.yaml")], outcomes: []),
            FileReport(path: "broken.yaml", dossierId: nil, scheme: nil, profile: nil, findings: [parse], outcomes: []),
        ]
        let baseline = Baseline(report: Self.report(files))
        #expect(
            baseline.counts == [
                Baseline.Key(dossierId: "D-1", file: "a.yaml", rule: "stage-gap", pointer: "/x"): 2,
                Baseline.Key(dossierId: nil, file: "b.yaml", rule: "r", pointer: ""): 1,
            ])
        #expect(baseline.total == 3)
        let text = baseline.render()
        #expect(
            text == """
                {
                  "tool": "dossierlint",
                  "baseline_version": 1,
                  "findings": [
                    {
                      "dossier_id": null,
                      "file": "b.yaml",
                      "rule": "r",
                      "pointer": "",
                      "count": 1
                    },
                    {
                      "dossier_id": "D-1",
                      "rule": "stage-gap",
                      "pointer": "/x",
                      "count": 2
                    }
                  ]
                }

                """)
        #expect(try Baseline.read(path: "b.json", data: Array(text.utf8)) == baseline, "round trip")

        // The dossier moved and its lines shifted: still accepted. A third finding of the key is new.
        let moved = FileReport(
            path: "renamed.yaml", dossierId: "D-1", scheme: "p", profile: nil,
            findings: [
                Self.finding("stage-gap", "/x", file: "renamed.yaml", line: 30),
                Self.finding("stage-gap", "/x", file: "renamed.yaml", line: 31),
                Self.finding("stage-gap", "/x", file: "renamed.yaml", line: 32),
                Self.finding("stage-gap", "/z", file: "renamed.yaml", line: 33),
            ], outcomes: [])
        let matcher = Baseline.Matcher(baseline, reason: "baseline b.json")
        let applied = matcher.apply(to: moved)
        #expect(applied.findings.map(\.suppression) == ["baseline b.json", "baseline b.json", nil, nil])
        #expect(matcher.matched == 2)
        #expect(matcher.unmatched == 1, "b.yaml's entry was not met")
    }

    @Test("a malformed baseline is a located error")
    func malformed() {
        let cases: [(String, Int)] = [
            ("{\"tool\": \"other\"}", 1),
            ("{\"tool\": \"dossierlint\", \"baseline_version\": 1, \"findings\": [\n  {\"rule\": \"r\"}\n]}", 2),
            (
                "{\"tool\": \"dossierlint\", \"baseline_version\": 1, \"findings\": [\n"
                    + " {\"dossier_id\": \"D\", \"rule\": \"r\", \"pointer\": \"\", \"count\": 0}]}",
                2
            ),
        ]
        for (text, line) in cases {
            #expect {
                _ = try Baseline.read(path: "b.json", data: Array(text.utf8))
            } throws: { error in
                guard case ConfigurationError.invalid(let problems) = error else { return false }
                return problems.first?.location.line == line && problems.first?.file == "b.json"
            }
        }
        #expect {
            _ = try Baseline.read(path: "b.json", data: Array("{".utf8))
        } throws: { error in
            if case ConfigurationError.malformed = error { return true }
            return false
        }
    }
}
