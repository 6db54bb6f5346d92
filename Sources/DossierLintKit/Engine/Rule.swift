import DossierSyntax

/// A check of one clause. Rules are stateless values: everything a run needs
/// comes in its `RuleContext`, so rules run independently and in parallel.
/// The rule's metadata (clause, severity, titles, parameters, examples) lives
/// in its data file in `Rules/`, found by `identifier`.
public protocol Rule: Sendable {
    /// The identifier that names the rule's data file and its findings.
    static var identifier: String { get }
    /// Creates the rule.
    init()
    /// Checks one dossier, reporting through the context.
    func check(_ context: RuleContext)
}

/// What a rule sees while checking one dossier, and where it reports.
public final class RuleContext {
    /// The dossier under check.
    public let dossier: Dossier
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

    /// Creates a context.
    public init(
        dossier: Dossier, description: RuleDescription, judgingDay: Day, pack: RulePack,
        severityOverride: Severity? = nil
    ) {
        self.dossier = dossier
        self.description = description
        self.judgingDay = judgingDay
        self.pack = pack
        self.severityOverride = severityOverride
    }

    /// The working-day calendar.
    public var calendar: WorkingDayCalendar { pack.calendar }

    /// Reports a violation at a field.
    public func report(_ field: Field, _ message: Message, severity: Severity? = nil) {
        append(field, message, kind: .violation, severity: severity)
    }

    /// Reports that the rule could not verify the clause, with the reason.
    public func cannotVerify(_ field: Field, _ reason: Message) {
        let clause = description.clause
        let message = Message(
            zh: "无法核查 \(clause)：\(reason.zh)", en: "cannot verify \(clause): \(reason.en)")
        append(field, message, kind: .cannotVerify, severity: nil)
    }

    private func append(_ field: Field, _ message: Message, kind: FindingKind, severity: Severity?) {
        findings.append(
            Finding(
                rule: description.identifier, clause: description.clause, pack: description.pack,
                severity: severity ?? severityOverride ?? description.severity, kind: kind, message: message,
                file: dossier.path, location: field.location, endLocation: field.range.end, pointer: field.pointer))
    }

    /// Reads a field with `read`; a missing or malformed value becomes a
    /// "cannot verify" finding and `nil`.
    public func require<Value>(_ field: Field, _ read: (Field) -> FieldValue<Value>) -> Value? {
        switch read(field) {
        case .value(let value):
            return value
        case .missing:
            cannotVerify(field, Message(zh: "缺少 \(field.path)", en: "\(field.path) is missing"))
            return nil
        case .invalid(let message):
            cannotVerify(field, message)
            return nil
        }
    }

    /// Reads an optional field: `nil` when absent; a malformed value becomes a
    /// "cannot verify" finding and `nil`.
    public func optional<Value>(_ field: Field, _ read: (Field) -> FieldValue<Value>) -> Value? {
        switch read(field) {
        case .value(let value): return value
        case .missing: return nil
        case .invalid(let message):
            cannotVerify(field, message)
            return nil
        }
    }

    /// A required date.
    public func date(_ field: Field) -> Day? { require(field) { $0.date } }
    /// A required boolean.
    public func bool(_ field: Field) -> Bool? { require(field) { $0.bool } }
    /// A required number.
    public func number(_ field: Field) -> Double? { require(field) { $0.number } }
    /// A required text.
    public func text(_ field: Field) -> String? { require(field) { $0.text } }
    /// A required list of texts.
    public func texts(_ field: Field) -> [String]? { require(field) { $0.texts } }

    /// A numeric parameter of the rule (after configuration overrides). A
    /// missing parameter is reported as "cannot verify" and gives `nil`.
    public func parameter(_ name: String) -> Double? {
        let field = description.parameter(name)
        if let value = field.number.value { return value }
        cannotVerify(
            dossier.root,
            Message(zh: "规则包缺少参数 \(name)", en: "the rule pack lacks the parameter \(name)"))
        return nil
    }

    /// A list parameter of the rule.
    public func listParameter(_ name: String) -> [String] {
        description.parameter(name).texts.value ?? []
    }
}
