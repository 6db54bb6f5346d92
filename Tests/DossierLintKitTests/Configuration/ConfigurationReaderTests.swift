import DossierLintKit
import DossierSyntax
import Testing

@Suite("configuration file: keys and values")
struct ConfigurationReaderTests {
    typealias Support = ConfigurationTestSupport

    static let everyKey = """
        profile: icas
        as_of: required
        fail_on: warning
        cannot_verify: info
        include: ["dossiers/**/*.yaml", "*.json"]
        exclude: drafts/
        baseline: .dossierlint-baseline.json
        disable: ["5", auditor-rotation]
        enable: [stage-gap]
        rules:
          certificate-validity: warning
          "5.4.2.3": off
          surveillance-interval:
            enabled: true
            severity: info
            parameters: {maximum_interval_months: 11}
        """

    @Test("every key is read")
    func everyKey() throws {
        let configuration = try Support.configuration(Self.everyKey)
        #expect(configuration.path == ".dossierlint.yml")
        #expect(configuration.directory == "/repo")
        #expect(configuration.profile?.text == "icas")
        #expect(configuration.profile?.location == SourceLocation(line: 1, column: 10))
        #expect(configuration.asOf == .required)
        #expect(configuration.failOn == .warning)
        #expect(configuration.cannotVerify == .info)
        #expect(configuration.include == ["dossiers/**/*.yaml", "*.json"])
        #expect(configuration.exclude == ["drafts/"], "a single text is a list of one")
        #expect(configuration.baseline == ".dossierlint-baseline.json")
        #expect(configuration.disable.map(\.text) == ["5", "auditor-rotation"])
        #expect(configuration.disable.last?.location == SourceLocation(line: 8, column: 16))
        #expect(configuration.enable.map(\.text) == ["stage-gap"])
        let rules = configuration.rules
        #expect(rules.map(\.selector) == ["certificate-validity", "5.4.2.3", "surveillance-interval"])
        #expect(rules[0].severity == .warning && rules[0].enabled == nil)
        #expect(rules[1].enabled == false && rules[1].severity == nil)
        #expect(rules[2].enabled == true && rules[2].severity == .info)
        #expect(rules[2].parameters.map(\.key) == ["maximum_interval_months"])
        #expect(rules[2].location == SourceLocation(line: 13, column: 3))
    }

    @Test("as_of policies: dossier, today, required, a date")
    func asOfPolicies() throws {
        #expect(try Support.configuration("fail_on: error").asOf == .dossier, "the default")
        #expect(try Support.configuration("as_of: dossier").asOf == .dossier)
        #expect(try Support.configuration("as_of: today").asOf == .today)
        #expect(try Support.configuration("as_of: required").asOf == .required)
        #expect(try Support.configuration("as_of: 2026-06-30").asOf == .day(Day("2026-06-30")!))
        for policy in ["dossier", "today", "required", "2026-06-30"] {
            #expect(AsOfPolicy(policy)?.description == policy)
        }
    }

    @Test("fail_on and cannot_verify accept their values")
    func thresholds() throws {
        for value in FailThreshold.allCases {
            #expect(try Support.configuration("fail_on: \(value.rawValue)").failOn == value)
        }
        #expect(try Support.configuration("cannot_verify: rule").cannotVerify == nil)
        for severity in Severity.allCases {
            #expect(try Support.configuration("cannot_verify: \(severity.rawValue)").cannotVerify == severity)
        }
    }

    @Test("an empty file, and a JSON file with the same keys")
    func emptyAndJSON() throws {
        let empty = try Support.configuration("# nothing configured yet\n")
        #expect(empty.problems(packs: Support.packs).isEmpty)
        #expect(empty.rules.isEmpty && empty.failOn == nil && empty.asOf == .dossier)

        let json = """
            {"fail_on": "warning", "as_of": "2026-06-30", "disable": ["5.6.1"],
             "rules": {"stage-gap": {"severity": "info", "parameters": {"maximum_gap_months": 5}}}}
            """
        let configuration = try Support.configuration(json, path: ".dossierlint.json")
        #expect(configuration.problems(packs: Support.packs).isEmpty)
        #expect(configuration.failOn == .warning)
        #expect(configuration.asOf == .day(Day("2026-06-30")!))
        #expect(configuration.disable.map(\.text) == ["5.6.1"])
        #expect(configuration.rules.first?.severity == .info)
        #expect(configuration.rules.first?.parameters.first?.value.scalarText == "5")
    }

    @Test("unknown keys are errors at their line and column, with a suggestion")
    func unknownKeys() throws {
        let problems = try Support.problems(
            """
            fail_on: error
            fial_on: error
            rules:
              stage-gap:
                severity: warning
                paramters: {}
            """)
        #expect(problems.count == 2)
        #expect(problems[0].location == SourceLocation(line: 2, column: 1))
        #expect(problems[0].message.en.hasPrefix("unknown key 'fial_on' (did you mean 'fail_on'?)"))
        #expect(problems[1].location == SourceLocation(line: 6, column: 5))
        #expect(
            problems[1].message.en.contains(
                "unknown key 'paramters' under rules.stage-gap (did you mean 'parameters'?)"))
        #expect(problems[1].message.zh.contains("未知的配置键 'paramters'"))
        let rendered = problems[0].description(in: .en)
        #expect(rendered.hasPrefix(".dossierlint.yml:2:1: error: unknown key 'fial_on'"))
        #expect(rendered.hasSuffix("\nfial_on: error\n^"), "the source line and a caret")
    }

    @Test("wrong values are errors at the value")
    func wrongValues() throws {
        let cases: [(String, DossierSyntax.SourceLocation, String)] = [
            (
                "as_of: yesterday", SourceLocation(line: 1, column: 8),
                "as_of should be dossier, today, required or a date"
            ),
            ("as_of: 2026-02-30", SourceLocation(line: 1, column: 8), "as_of should be"),
            (
                "fail_on: critical", SourceLocation(line: 1, column: 10),
                "fail_on should be error, warning, info or never"
            ),
            ("cannot_verify: off", SourceLocation(line: 1, column: 16), "cannot_verify should be rule, error"),
            ("include: {a: b}", SourceLocation(line: 1, column: 10), "include should be a list of texts"),
            ("exclude: [[a]]", SourceLocation(line: 1, column: 11), "the elements of exclude should be texts"),
            ("profile: [a]", SourceLocation(line: 1, column: 10), "profile should be text"),
            ("baseline: {}", SourceLocation(line: 1, column: 11), "baseline should be text"),
            ("disable: {a: 1}", SourceLocation(line: 1, column: 10), "disable should be a list of texts"),
            ("rules: [stage-gap]", SourceLocation(line: 1, column: 8), "rules should be a mapping"),
            (
                "rules:\n  stage-gap: loud", SourceLocation(line: 2, column: 14),
                "rules.stage-gap should be off, on, error"
            ),
            ("rules:\n  stage-gap: [a]", SourceLocation(line: 2, column: 14), "rules.stage-gap should be off, error"),
            (
                "rules:\n  stage-gap: {enabled: maybe}", SourceLocation(line: 2, column: 24),
                "enabled should be true or false"
            ),
            (
                "rules:\n  stage-gap: {severity: on}", SourceLocation(line: 2, column: 25),
                "severity should be error, warning"
            ),
            (
                "rules:\n  stage-gap: {parameters: [1]}", SourceLocation(line: 2, column: 27),
                "parameters should be a mapping"
            ),
            ("[1, 2]", SourceLocation(line: 1, column: 1), "top level should be a mapping"),
        ]
        for (text, location, message) in cases {
            let problems = try Support.problems(text)
            #expect(problems.count == 1, "\(text): \(problems.map(\.message.en))")
            #expect(problems.first?.location == location, "\(text)")
            #expect(
                problems.first?.message.en.contains(message) == true, "\(text): \(problems.first?.message.en ?? "")")
        }
    }

    @Test("a selector both disabled and enabled is an error")
    func contradictions() throws {
        let problems = try Support.problems("disable: [stage-gap]\nenable: [stage-gap]\n")
        #expect(problems.map(\.location) == [SourceLocation(line: 2, column: 10)])
        let second = try Support.problems("disable: [stage-gap]\nrules:\n  stage-gap: on\n")
        #expect(second.map(\.location) == [SourceLocation(line: 3, column: 3)])
        #expect(try Support.problems("disable: [\"5\"]\nenable: [stage-gap]\n").isEmpty, "different selectors")
    }

    @Test("malformed YAML is a located parse error")
    func malformed() {
        #expect {
            _ = try Support.configuration("rules:\n  stage-gap: [warning\n")
        } throws: { error in
            guard case ConfigurationError.malformed(let parse) = error else { return false }
            return parse.file == ".dossierlint.yml" && parse.location.line >= 2
                && (error as? ConfigurationError)?.description.hasPrefix(".dossierlint.yml:") == true
        }
    }
}
