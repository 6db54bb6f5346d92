import DossierLintKit

/// How long a CESI BCMS suspension may last (5.1.3): the general 6 months, or for
/// case f) of 5.1.1 (a licence being renewed) until the licensing decision when that
/// is later; findings become "cannot verify" when what could allow more is not recorded.
struct BCMSSuspensionLimit {
    /// The last day a suspension may last, with its wording.
    struct Limit {
        /// The last day.
        let day: Day
        /// What the limit is, zh “ 6 个月”.
        let zh: String
        /// What the limit is, en “6 months”.
        let en: String
        /// Case f) without a recorded licensing decision: a later one could allow more.
        var licenceDecisionUnknown = false
    }

    /// The suspension event.
    let event: Field
    /// The general limit in months.
    let months: Int
    /// Whether the reason is an exception (case f); `nil` when the reason is not recorded.
    let isException: Bool?
    /// The rule's context.
    let context: RuleContext

    /// A stated period (`period_months`) beyond the general limit; case f) has none.
    func checkPeriod() {
        guard isException != true else { return }
        let field = event["period_months"]
        guard let period = context.optional(field, { $0.number }), period > Double(months) else { return }
        flag(
            field,
            Message(
                zh: "暂停期限为 \(formatDays(period)) 个月，超过 \(months) 个月",
                en: "the suspension is for \(formatDays(period)) months, more than \(months)"))
    }

    /// The last day of the suspension: 6 months after the decision, or for case f) the
    /// licensing decision when that is later. `nil` when case f)'s decision is not recorded
    /// and the suspension is still open (it may run on), or after a "cannot verify".
    func limit(decided: Day, resolved: Bool) -> Limit? {
        var general = Limit(day: decided.adding(months: months), zh: " \(months) 个月", en: "\(months) months")
        guard isException == true else { return general }
        let field = event["licence_decision_on"]
        guard field.exists else {
            guard resolved else { return nil }
            general.licenceDecisionUnknown = true
            return general
        }
        guard let licence = context.date(field) else { return nil }
        guard licence > general.day else { return general }
        return Limit(day: licence, zh: "相关单位作出许可决定之日", en: "the day of the licensing decision")
    }

    /// Reports a finding — as a "cannot verify" when what would allow a longer
    /// suspension is not recorded: the reason (case f) or case f)'s licensing decision.
    func flag(_ field: Field, _ message: Message, limit: Limit? = nil) {
        let unknown: Field
        let why: Message
        if isException == nil {
            unknown = event["reason"]
            why = Message(
                zh: "缺少\(context.name(unknown).zh)，无法判断是否属于 5.1.1 f) 情形（暂停期可至许可决定之日）",
                en: "\(unknown.path) is missing, so whether case f) of 5.1.1 applies (suspended until the licensing "
                    + "decision) cannot be told")
        } else if limit?.licenceDecisionUnknown == true {
            unknown = event["licence_decision_on"]
            why = Message(
                zh: "5.1.1 f) 情形的暂停期可至相关单位作出许可决定之日，但缺少\(context.name(unknown).zh)",
                en:
                    "a suspension for case f) of 5.1.1 may run until the licensing decision, but \(unknown.path) is missing"
            )
        } else {
            context.report(field, message)
            return
        }
        context.cannotVerify(unknown, Message(zh: "\(why.zh)：\(message.zh)", en: "\(why.en): \(message.en)"))
    }
}
