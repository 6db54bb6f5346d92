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
///
/// A context is the rule's for its `check` only: the linter then hands the same context to the
/// pack's next rule (`next(_:severityOverride:)`), so a rule keeps no reference to it.
public final class RuleContext: ReportingContext {
    /// The dossier under check.
    public let dossier: Dossier

    /// Creates a context.
    public init(
        dossier: Dossier, description: RuleDescription, judgingDay: Day, pack: RulePack,
        severityOverride: Severity? = nil
    ) {
        self.dossier = dossier
        super.init(
            description: description, judgingDay: judgingDay, pack: pack, severityOverride: severityOverride)
    }

    /// The working-day calendar.
    public var calendar: WorkingDayCalendar { pack.calendar }

    /// Reports a violation at a field.
    public func report(_ field: Field, _ message: Message, severity: Severity? = nil) {
        append(field, message, kind: .violation, severity: severity)
    }

    /// Reports that the rule could not verify the clause, with the reason.
    public func cannotVerify(_ field: Field, _ reason: Message) {
        append(field, cannotVerifyMessage(reason), kind: .cannotVerify, severity: nil)
    }

    private func append(_ field: Field, _ message: Message, kind: FindingKind, severity: Severity?) {
        record(
            kind, message, severity: severity, file: dossier.path, location: field.location, end: field.range.end,
            pointer: field.pointer)
    }

    /// Reads a field with `read`; a missing or malformed value becomes a
    /// "cannot verify" finding and `nil`.
    ///
    /// Inlinable, so that a rule's call is specialised for its type: the complaints are not.
    @inlinable
    public func require<Value>(_ field: Field, _ read: (Field) -> FieldValue<Value>) -> Value? {
        switch read(field) {
        case .value(let value):
            return value
        case .missing:
            reportMissing(field)
            return nil
        case .invalid(let problem):
            reportInvalid(field, problem)
            return nil
        }
    }

    /// The "cannot verify" finding of a missing field that is required.
    @usableFromInline
    func reportMissing(_ field: Field) {
        cannotVerify(field, Message(zh: "缺少\(name(field).zh)", en: "\(field.path) is missing"))
    }

    /// The "cannot verify" finding of a field that a typed read could not read.
    @usableFromInline
    func reportInvalid(_ field: Field, _ problem: FieldProblem) {
        cannotVerify(field, named(problem.message, field))
    }

    /// A typed read's complaint about `field`, its leading path named in Chinese.
    private func named(_ message: Message, _ field: Field) -> Message {
        guard message.zh.hasPrefix(field.path + " ") else { return message }
        return Message(zh: name(field).zh + message.zh.dropFirst(field.path.count), en: message.en)
    }

    /// Reads an optional field: `nil` when absent; a malformed value becomes a
    /// "cannot verify" finding and `nil`.
    @inlinable
    public func optional<Value>(_ field: Field, _ read: (Field) -> FieldValue<Value>) -> Value? {
        switch read(field) {
        case .value(let value): return value
        case .missing: return nil
        case .invalid(let problem):
            reportInvalid(field, problem)
            return nil
        }
    }

    /// A word of `vocabulary` among `accepted`: a value outside the list is a "cannot verify"
    /// finding naming the accepted values by their labels and the closest one. Missing: as
    /// `require` when `required`, else `nil` without a finding.
    public func oneOf(_ field: Field, _ accepted: [String], of vocabulary: String, required: Bool = true) -> String? {
        let read = required ? require(field) { $0.text } : optional(field) { $0.text }
        guard let value = read else { return nil }
        guard accepted.contains(value) else {
            let expected = notAccepted(value, accepted, of: vocabulary)
            cannotVerify(
                field,
                Message(
                    zh: "\(name(field).zh)的值 '\(value)' 无效，\(expected.zh)",
                    en: "\(field.path) has the value '\(value)', \(expected.en)"))
            return nil
        }
        return value
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
        if let value = description.numberParameter(name) { return value }
        cannotVerify(
            dossier.root,
            Message(zh: "规则包缺少参数“\(name)”", en: "the rule pack lacks the parameter \(name)"))
        return nil
    }
}
