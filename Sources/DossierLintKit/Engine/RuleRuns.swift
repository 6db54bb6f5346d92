/// The findings and outcomes of the rules run on one dossier or on one
/// repository, recorded the same way for both.
struct RuleRuns {
    /// The findings, in the order they were reported.
    var findings: [Finding] = []
    /// One outcome per rule run, in run order.
    var outcomes: [RuleOutcome] = []

    /// Runs one rule of `pack`: `check` gets the rule's description with its
    /// configured parameters and its configured severity, and returns the
    /// rule's findings. Records the rule's outcome, and its findings with the
    /// configured severity of "cannot verify" findings.
    mutating func run(
        _ description: RuleDescription, of pack: RulePack, settings: RuleSettings,
        check: (RuleDescription, Severity?) -> [Finding]
    ) {
        let found = check(settings.configured(description), settings.severity(for: description))
        outcomes.append(
            RuleOutcome(
                rule: description.identifier, clause: description.clause, pack: pack.identifier,
                status: RuleStatus(findings: found)))
        findings.append(contentsOf: settings.applyingCannotVerifySeverity(to: found))
    }
}
