import DossierLintKit

/// Checks shared by the suspension (7.2.1) and withdrawal (7.3) rules.
enum CertificateEventChecks {
    /// What the body must do, for messages.
    struct Action {
        /// The event kind (`suspension`, `withdrawal`).
        let kind: String
        /// "暂停" / "suspended".
        let zh: String
        /// "suspended" / "withdrawn".
        let en: String
    }

    /// The suspension action.
    static let suspension = Action(kind: "suspension", zh: "暂停", en: "suspended")
    /// The withdrawal action.
    static let withdrawal = Action(kind: "withdrawal", zh: "撤销", en: "withdrawn")

    /// Every recorded event of `action.kind`: a reason from `reasons`, and a decision
    /// at most `windowDays` days after the trigger was confirmed (`trigger_on`).
    static func checkDeadlines(of action: Action, windowDays: Int, reasons: [String], context: RuleContext) {
        for event in context.dossier["certificate_events"].elements where event["kind"].string == action.kind {
            _ = context.oneOf(event["reason"], reasons, of: action.kind + "_reason")
            guard let trigger = context.date(event["trigger_on"]), let decided = context.date(event["decided_on"])
            else { continue }
            let days = trigger.days(until: decided)
            guard days > windowDays else { continue }
            let due = trigger.adding(days: windowDays)
            context.report(
                event["decided_on"],
                Message(
                    zh: "证书于 \(decided) 被\(action.zh)，距确认情形（\(trigger)）\(days) 日，超过 \(windowDays) 日（应最迟于 \(due)（含当日））",
                    en: "the certificate was \(action.en) on \(decided), \(days) days after the trigger was confirmed "
                        + "(\(trigger)): more than \(windowDays) days (due by \(due) at the latest)"))
        }
    }

    /// Reports the triggers the body did not answer in time.
    static func reportUnanswered(
        _ triggers: [CertificateTrigger], action: Action, answeringKinds: [String], answeringStatuses: [String],
        windowDays: Int, timeline: CertificateTimeline, context: RuleContext
    ) {
        let judgingDay = context.judgingDay
        for trigger in triggers {
            let outcome = CertificateTriggers.evaluate(
                trigger, answeringKinds: answeringKinds, answeringStatuses: answeringStatuses,
                windowDays: windowDays, timeline: timeline, judgingDay: judgingDay)
            switch outcome {
            case .answered:
                continue
            case .missed(let due):
                context.report(
                    trigger.field,
                    Message(
                        zh: "\(trigger.description.zh)（\(trigger.item)），证书应最迟于 \(due)（含当日）被\(action.zh)，"
                            + "但截至 \(judgingDay) 档案中没有\(action.zh)记录",
                        en: "\(trigger.description.en) (\(trigger.item)): the certificate should have been "
                            + "\(action.en) by \(due) at the latest, but the dossier records no \(action.kind) as of \(judgingDay)"
                    ))
            case .late(let event, let due):
                let recorded = event.field["trigger_on"].date.value
                // The deadline rule already reports a decision late against its recorded trigger date.
                if let recorded, recorded.days(until: event.decided) > windowDays { continue }
                let field = recorded == nil ? event.field["decided_on"] : event.field["trigger_on"]
                let recordedZh = recorded.map { "（记录的确认日期为 \($0)）" } ?? ""
                let recordedEn = recorded.map { " (the recorded trigger date is \($0))" } ?? ""
                context.report(
                    field,
                    Message(
                        zh: "\(trigger.description.zh)（\(trigger.item)），证书应最迟于 \(due)（含当日）被\(action.zh)，"
                            + "实际于 \(event.decided) 才\(action.zh)\(recordedZh)",
                        en: "\(trigger.description.en) (\(trigger.item)): the certificate should have been "
                            + "\(action.en) by \(due) at the latest, but was \(action.en) only on \(event.decided)\(recordedEn)"
                    ))
            case .undatedInForce:
                context.report(
                    trigger.field,
                    Message(
                        zh: "\(trigger.description.zh)（\(trigger.item)），但截至 \(judgingDay) 证书仍未被\(action.zh)；"
                            + "应在调查核实后 \(windowDays) 日内\(action.zh)",
                        en: "\(trigger.description.en) (\(trigger.item)), yet the certificate is not \(action.en) "
                            + "as of \(judgingDay); it must be \(action.en) within \(windowDays) days "
                            + "of confirming this"))
            }
        }
    }

    /// The derivation limits, read from the rule's parameters; `nil` after a
    /// "cannot verify" when one is missing.
    static func limits(_ context: RuleContext, names: [String]) -> CertificateTriggers.Limits? {
        var limits = CertificateTriggers.Limits()
        for name in names {
            guard let value = context.parameter(name) else { return nil }
            switch name {
            case "surveillance_interval_months": limits.surveillanceIntervalMonths = Int(value)
            case "surveillances_per_cycle": limits.surveillancesPerCycle = Int(value)
            case "major_verification_months": limits.majorVerificationMonths = Int(value)
            case "maximum_suspension_months": limits.maximumSuspensionMonths = Int(value)
            default: break
            }
        }
        return limits
    }
}
