import DossierSyntax

/// What a dossier rule's context and a repository rule's context share: the
/// rule being run, the day it judges on, its pack, and the findings it has
/// reported so far, each built the same way.
public class ReportingContext {
    /// The rule's description (clause, severity, parameters).
    public let description: RuleDescription
    /// The judging day: "overdue" means overdue on this day.
    public let judgingDay: Day
    /// The pack's shared data (Annex tables) and calendar.
    public let pack: RulePack
    /// Severity to use instead of the description's, if configured.
    public let severityOverride: Severity?
    /// The findings reported so far.
    public private(set) var findings: [Finding] = []

    init(description: RuleDescription, judgingDay: Day, pack: RulePack, severityOverride: Severity?) {
        self.description = description
        self.judgingDay = judgingDay
        self.pack = pack
        self.severityOverride = severityOverride
    }

    /// A list parameter of the rule.
    public func listParameter(_ name: String) -> [String] {
        description.parameter(name).texts.value ?? []
    }

    /// The message of a "cannot verify" finding: the clause, then the reason.
    func cannotVerifyMessage(_ reason: Message) -> Message {
        let clause = description.clause
        return Message(zh: "无法核查 \(clause)：\(reason.zh)", en: "cannot verify \(clause): \(reason.en)")
    }

    /// Records a finding of the rule in `file`, with `severity` if given, else the configured or described one.
    func record(
        _ kind: FindingKind, _ message: Message, severity: Severity?, file: String, location: SourceLocation,
        end: SourceLocation, pointer: String
    ) {
        findings.append(
            Finding(
                rule: description.identifier, clause: description.clause, pack: description.pack,
                severity: severity ?? severityOverride ?? description.severity, kind: kind, message: message,
                file: file, location: location, endLocation: end, pointer: pointer))
    }
}
