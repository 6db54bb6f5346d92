/// The findings and outcomes of the rules run on one dossier or on one
/// repository, recorded the same way for both.
struct RuleRuns {
    /// The findings, in the order they were reported.
    var findings: [Finding] = []
    /// One outcome per rule run, in run order; none when `keepsOutcomes` is false.
    var outcomes: [RuleOutcome] = []
    /// Whether the outcomes are kept.
    var keepsOutcomes = true

    /// Records the findings `found` of one rule of `pack`, run on its configured description
    /// and severity: the rule's outcome, and its findings with the configured severity of
    /// "cannot verify" findings.
    mutating func record(_ description: RuleDescription, of pack: RulePack, settings: RuleSettings, found: [Finding]) {
        record(
            RuleNames(rule: description.identifier, clause: description.clause, pack: pack.identifier),
            settings: settings, found: found)
    }

    /// Records the findings `found` of the rule `names` gives (made once for the rule).
    mutating func record(_ names: RuleNames, settings: RuleSettings, found: [Finding]) {
        guard !found.isEmpty else {
            // Most rules find nothing; appending no findings would still make the empty array
            // a buffer of its own, some 80 instructions a rule.
            if keepsOutcomes { outcomes.append(RuleOutcome(names: names, status: .passed)) }
            return
        }
        if keepsOutcomes { outcomes.append(RuleOutcome(names: names, status: RuleStatus(findings: found))) }
        findings.append(contentsOf: settings.applyingCannotVerifySeverity(to: found))
    }
}
