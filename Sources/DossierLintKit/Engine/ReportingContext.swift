import DossierSyntax

/// What a dossier rule's context and a repository rule's context share: the
/// rule being run, the day it judges on, its pack, and the findings it has
/// reported so far, each built the same way.
public class ReportingContext {
    /// The rule's description (clause, severity, parameters).
    ///
    /// A context is used by one rule at a time, on one thread, and its properties are never
    /// passed `inout`: the runtime's exclusivity check on each access (some 76 instructions, on
    /// every parameter a rule reads) is left out.
    @exclusivity(unchecked) public private(set) var description: RuleDescription
    /// The judging day: "overdue" means overdue on this day.
    public let judgingDay: Day
    /// The pack's shared data (Annex tables) and calendar.
    public let pack: RulePack
    /// Severity to use instead of the description's, if configured.
    public private(set) var severityOverride: Severity?
    /// The findings reported so far (one rule, one thread: no run-time exclusivity check).
    @exclusivity(unchecked) public private(set) var findings: [Finding] = []

    init(description: RuleDescription, judgingDay: Day, pack: RulePack, severityOverride: Severity?) {
        self.description = description
        self.judgingDay = judgingDay
        self.pack = pack
        self.severityOverride = severityOverride
    }

    /// Makes the context the next rule's, of the same pack, on the same day, with no findings
    /// yet: the linter runs a pack's rules on one dossier through one context, not one made
    /// per rule. The findings of the rule before are the caller's to take first.
    func next(_ description: RuleDescription, severityOverride: Severity?) {
        self.description = description
        self.severityOverride = severityOverride
        findings = []
    }

    /// A list parameter of the rule.
    public func listParameter(_ name: String) -> [String] {
        description.listParameter(name) ?? []
    }

    /// A value the rule derives from its parameters, derived once (see `ParameterReading`).
    public func reading<Reading: ParameterReading>(_ reading: Reading.Type) -> Reading.Value {
        description.reading(reading)
    }

    /// The message of a "cannot verify" finding: the clause, then the reason.
    func cannotVerifyMessage(_ reason: Message) -> Message {
        let clause = description.clause
        let zhClause = clause.hasPrefix("Annex ") ? "附录 " + clause.dropFirst("Annex ".count) : clause
        return Message(zh: "无法核查 \(zhClause)：\(reason.zh)", en: "cannot verify \(clause): \(reason.en)")
    }

    /// The labels of field keys and enumerated values.
    public var glossary: Glossary { pack.glossary }

    /// The label of a field key or of a value of any vocabulary; the raw key when
    /// the glossary lacks it (the message tests catch that).
    public func label(_ key: String) -> Message {
        glossary.term(key) ?? Message(zh: key, en: key)
    }

    /// The label of `value` in `vocabulary`; the raw value when the glossary lacks it.
    public func label(_ value: String, of vocabulary: String) -> Message {
        glossary.value(value, of: vocabulary) ?? Message(zh: value, en: value)
    }

    /// The labels of `values` in `vocabulary`, joined: zh “甲、乙”, en `a, b`.
    public func labels(_ values: [String], of vocabulary: String) -> Message {
        let labels = values.map { label($0, of: vocabulary) }
        return Message(
            zh: labels.isEmpty ? "—" : labels.map(\.zh).joined(separator: "、"),
            en: labels.isEmpty ? "—" : labels.map(\.en).joined(separator: ", "))
    }

    /// The name of a field for messages: zh its labels (“第 2 个证书事件的公开日期”), en its path.
    public func name(_ field: Field) -> Message {
        glossary.name(ofPointer: field.pointer)
    }

    /// The name of the field at `pointer` (as `name(_:)`).
    public func name(pointer: String) -> Message {
        glossary.name(ofPointer: pointer)
    }

    /// Why `value` is not accepted: the accepted values of `vocabulary` with their labels
    /// and the closest one, zh “应为以下之一：面对面访谈、视频访谈（最接近的是面对面访谈）”.
    public func notAccepted(_ value: String, _ accepted: [String], of vocabulary: String) -> Message {
        let list = labels(accepted, of: vocabulary)
        let closest = accepted.map { ($0, editDistance(value, $0)) }.min { $0.1 < $1.1 }?.0
        guard let closest, !accepted.contains(value) else {
            return Message(zh: "应为以下之一：\(list.zh)", en: "should be one of: \(list.en)")
        }
        let near = label(closest, of: vocabulary)
        return Message(
            zh: "应为以下之一：\(list.zh)（最接近的是“\(near.zh)”）",
            en: "should be one of: \(list.en) (closest: \(closest))")
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
