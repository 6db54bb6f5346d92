import DossierLintKit
import DossierSyntax
import Testing

@Suite("configuration file: rules, parameters and their effect")
struct ConfigurationResolutionTests {
    typealias Support = ConfigurationTestSupport

    @Test("unknown rule identifiers and clauses are errors at their place, with suggestions")
    func unknownRules() throws {
        let problems = try Support.problems(
            """
            disable: [stagegap, "99.1"]
            enable: [nothing-like-this]
            rules:
              stage-gap: warning
              "5.6": info
              "*": on
              stage_gap: off
            """)
        #expect(problems.map(\.location.line) == [1, 1, 2, 7])
        #expect(problems[0].location == SourceLocation(line: 1, column: 11))
        #expect(problems[0].message.en.contains("unknown rule or clause 'stagegap'; did you mean 'stage-gap'?"))
        #expect(problems[1].message.en.contains("'99.1'"))
        #expect(problems[3].location == SourceLocation(line: 7, column: 3))
    }

    @Test("parameters must exist, have the pack's type, and only be stricter")
    func parameters() throws {
        let problems = try Support.problems(
            """
            rules:
              stage-gap:
                parameters:
                  minimum_gap_days: 7
                  maximum_gap_months: 7
                  gap_days: 3
              surveillance-interval:
                parameters: {maximum_interval_months: "eleven"}
              "5.6.1":
                parameters: {minimum_gap_days: 6}
              records-chinese:
                parameters: {chinese_language_codes: zh}
            """)
        #expect(problems.map(\.location.line) == [5, 6, 8, 9, 12])
        #expect(
            problems[0].message.en.contains(
                "maximum_gap_months may only be stricter than the rules (at most 6), found 7"))
        #expect(problems[0].location == SourceLocation(line: 5, column: 27))
        #expect(
            problems[1].message.en.contains(
                "rule stage-gap has no parameter 'gap_days'; its parameters: minimum_gap_days, maximum_gap_months"))
        #expect(problems[2].message.en.contains("should be a number (the pack has 12), found text"))
        #expect(problems[3].message.en.contains("parameters can only be set for a rule identifier"))
        #expect(problems[4].message.en.contains("should be a list of texts"))
        #expect(
            try Support.problems("rules:\n  stage-gap: {parameters: {minimum_gap_days: 5, maximum_gap_months: 3}}")
                .isEmpty)
    }

    @Test("an unknown profile is an error")
    func profile() throws {
        let problems = try Support.problems("profile: nobody")
        #expect(problems.map(\.location) == [SourceLocation(line: 1, column: 10)])
        #expect(problems.first?.message.en.hasPrefix("unknown profile 'nobody'") == true)
        #expect {
            _ = try Support.settings("profile: nobody")
        } throws: { error in
            if case ConfigurationError.invalid(let problems) = error { return problems.count == 1 }
            return false
        }
    }

    @Test("disable by identifier, clause, parent clause or *; the most specific selector wins")
    func enabling() throws {
        let dossier = try Support.dossier(Support.shortGap)
        func findings(_ configuration: String) throws -> [Finding] {
            Support.stageGapLinter(try Support.settings(configuration)).check(dossier, judgingDay: Support.day).findings
        }
        #expect(try findings("fail_on: error").map(\.rule) == ["stage-gap"])
        for disabled in [
            "disable: [stage-gap]", "disable: [\"5.6.1\"]", "disable: [\"5.6\"]", "disable: [\"5\"]",
            "disable: [\"*\"]", "rules: {stage-gap: off}", "rules: {\"5\": {enabled: false}}",
        ] {
            #expect(try findings(disabled).isEmpty, "\(disabled)")
        }
        #expect(try findings("disable: [\"5\"]\nenable: [stage-gap]").count == 1, "an identifier beats a clause")
        #expect(try findings("disable: [\"*\"]\nenable: [\"5.6\"]").count == 1, "a clause beats *")
        #expect(try findings("disable: [\"5.6.1\"]\nenable: [\"5\"]").isEmpty, "a longer clause beats a shorter one")
        #expect(!RuleSelector.matches("5.6.10", rule: "stage-gap", clause: "5.6.1"), "5.6.10 is not a parent of 5.6.1")
        #expect(!RuleSelector.matches("5.6.1", rule: "x", clause: "5.6.10"))
        #expect(RuleSelector.matches("Annex B", rule: "x", clause: "Annex B"))

        // The command line's --disable wins over the configuration's enable.
        let base = RuleSettings(disabled: ["5"])
        let settings = try Support.configuration("enable: [stage-gap]").ruleSettings(packs: Support.packs, base: base)
        #expect(Support.stageGapLinter(settings).check(dossier, judgingDay: Support.day).findings.isEmpty)
    }

    @Test("severity overrides by identifier or clause")
    func severities() throws {
        let dossier = try Support.dossier(Support.shortGap)
        for (configuration, severity) in [
            ("rules: {stage-gap: warning}", Severity.warning), ("rules: {\"5.6\": info}", .info),
            ("rules: {\"5\": info, stage-gap: {severity: warning}}", .warning),
            ("rules: {stage-gap: {severity: off}}", nil),
        ] {
            let report = Support.stageGapLinter(try Support.settings(configuration)).check(
                dossier, judgingDay: Support.day)
            #expect(report.findings.first?.severity == severity, "\(configuration)")
        }
    }

    @Test("parameters replace the pack's values in the rule's checks")
    func parameterEffect() throws {
        let dossier = try Support.dossier(Support.normalGap)
        let clean = Support.stageGapLinter().check(dossier, judgingDay: Support.day)
        #expect(clean.findings.isEmpty, "34 days apart is within 5 days to 6 months")
        let settings = try Support.settings("rules:\n  stage-gap:\n    parameters: {maximum_gap_months: 1}\n")
        let strict = Support.stageGapLinter(settings).check(dossier, judgingDay: Support.day)
        #expect(strict.findings.map(\.pointer) == ["/audits/1/dates/start"])
        let longer = try Support.settings("rules:\n  stage-gap:\n    parameters: {minimum_gap_days: 40}\n")
        #expect(Support.stageGapLinter(longer).check(dossier, judgingDay: Support.day).findings.count == 1)
        #expect(settings.configured(Support.rule("stage-gap")!).parameter("maximum_gap_months").number.value == 1)
    }

    @Test("cannot_verify sets the severity of cannot-verify findings only")
    func cannotVerify() throws {
        let missing = try Support.dossier(Support.shortGap.replacingOccurrences(of: ", end: 2026-04-14", with: ""))
        let settings = try Support.settings("cannot_verify: info")
        let report = Support.stageGapLinter(settings).check(missing, judgingDay: Support.day)
        #expect(report.findings.map(\.kind) == [.cannotVerify])
        #expect(report.findings.map(\.severity) == [.info])
        let violation = Support.stageGapLinter(settings).check(
            try Support.dossier(Support.shortGap), judgingDay: Support.day)
        #expect(violation.findings.map(\.severity) == [.error], "violations keep the rule's severity")
    }

    @Test("as_of: required reports dossiers without their own as_of")
    func requiredAsOf() throws {
        let settings = try Support.settings("as_of: required\ndisable: [\"*\"]")
        #expect(settings.requiresAsOf)
        let without = Support.stageGapLinter(settings).check(
            try Support.dossier(Support.normalGap), judgingDay: Support.day)
        #expect(without.findings.map(\.rule) == ["as-of"])
        #expect(without.findings.first?.severity == .error)
        let with = Support.normalGap.replacingOccurrences(
            of: "dossier_id: T-2", with: "dossier_id: T-2\nas_of: 2026-11-24")
        #expect(
            Support.stageGapLinter(settings).check(try Support.dossier(with), judgingDay: Support.day).findings.isEmpty)
    }

    @Test("profile: the command line's wins over the dossier's, which wins over the configuration's")
    func profilePrecedence() throws {
        let plain = try Support.dossier(Support.normalGap)
        let named = try Support.dossier(Support.normalGap + "\nprofile: own\n")
        let configured = RuleSettings(defaultProfile: "configured")
        #expect(configured.profile(for: plain) == "configured")
        #expect(configured.profile(for: named) == "own")
        #expect(RuleSettings(profile: "forced", defaultProfile: "configured").profile(for: named) == "forced")
        let report = Support.stageGapLinter(configured).check(plain, judgingDay: Support.day)
        #expect(report.profile == "configured")
        #expect(report.findings.map(\.rule) == ["profile"], "an unknown profile is reported, not ignored")
    }

    @Test("config --print output reads back as the same settings")
    func printedRoundTrip() throws {
        let text = """
            fail_on: info
            as_of: 2026-06-30
            include: ["dossiers/**"]
            disable: ["5.6"]
            enable: [stage-gap]
            rules:
              certificate-validity: warning
              stage-gap: {parameters: {maximum_gap_months: 4}}
            """
        let configuration = try Support.configuration(text)
        let settings = try configuration.ruleSettings(packs: Support.packs)
        let yaml = ConfigurationPrinter.yaml(configuration, settings: settings, packs: Support.packs)
        #expect(
            yaml.hasPrefix(
                "# dossierlint configuration: .dossierlint.yml\nprofile: null\nas_of: 2026-06-30\nfail_on: info\n"))
        #expect(yaml.contains("\n  stage-gap: {parameters: {maximum_gap_months: 4}}\n"))
        #expect(yaml.contains("\n  certificate-validity: {severity: warning}\n"))
        let json = ConfigurationPrinter.json(configuration, settings: settings, packs: Support.packs)
        for (printed, path) in [(yaml, ".dossierlint.yml"), (json, ".dossierlint.json")] {
            let reread = try Support.configuration(printed, path: path)
            #expect(reread.problems(packs: Support.packs).isEmpty, "\(path)")
            let again = try reread.ruleSettings(packs: Support.packs)
            for rule in Support.packs.flatMap(\.rules) {
                #expect(again.isEnabled(rule) == settings.isEnabled(rule), "\(path) \(rule.identifier)")
                #expect(again.severity(for: rule) ?? rule.severity == settings.severity(for: rule) ?? rule.severity)
                #expect(
                    again.configured(rule).parameters.map(\.value) == settings.configured(rule).parameters.map(\.value))
            }
            #expect(reread.failOn == .info && reread.asOf == configuration.asOf && reread.include == ["dossiers/**"])
        }
        let defaults = ConfigurationPrinter.yaml(nil, settings: RuleSettings(), packs: Support.packs)
        #expect(defaults.hasPrefix("# no configuration file found: the defaults\n"))
        #expect(defaults.hasSuffix("rules: {}\n"))
    }
}
