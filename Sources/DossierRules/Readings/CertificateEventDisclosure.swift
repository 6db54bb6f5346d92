import DossierLintKit

/// Deadlines of 9.4, shared by the reporting and publication rules.
enum CertificateEventDisclosure {
    /// The event kinds 9.4 covers.
    static let kinds = ["suspension", "withdrawal", "cancellation"]
    /// Chinese names of the kinds.
    static let kindNames = ["suspension": "暂停", "withdrawal": "撤销", "cancellation": "注销"]

    /// The date field checked and its wording.
    struct Step {
        /// The field name in the event.
        let key: String
        /// "报送国家认监委".
        let zh: String
        /// "reported to CNCA".
        let en: String
    }

    /// Checks that every covered event's `step.key` is within `workingDays` working days of `decided_on`;
    /// no date once the deadline has passed means the step was never taken: a violation.
    static func check(step: Step, workingDays: Int, context: RuleContext) {
        for event in context.dossier["certificate_events"].elements {
            guard let kind = event["kind"].string, kinds.contains(kind),
                let decided = context.date(event["decided_on"])
            else { continue }
            let kindZh = kindNames[kind] ?? kind
            let field = event[step.key]
            guard let done = context.optional(field, { $0.date }) else {
                guard decided.days(until: context.judgingDay) > workingDays,
                    let due = WorkingDays.passedDeadline(
                        workingDays, after: decided, field: field, context: context),
                    context.judgingDay > due
                else { continue }
                context.report(
                    field,
                    Message(
                        zh: "\(decided) \(kindZh)证书，至 \(context.judgingDay) 未\(step.zh)（应最迟于 \(due)（含当日）\(step.zh)）",
                        en: "the \(kind) of \(decided) was not \(step.en) as of \(context.judgingDay) "
                            + "(due by \(due) at the latest; \(field.path) is missing)"))
                continue
            }
            guard
                let (within, due) = WorkingDays.isWithin(
                    workingDays, from: decided, done: done, field: field, context: context),
                !within
            else { continue }
            context.report(
                field,
                Message(
                    zh: "\(decided) \(kindZh)证书，\(done) 才\(step.zh)，超过 \(workingDays) 个工作日（应最迟于 \(due)（含当日））",
                    en: "the \(kind) of \(decided) was \(step.en) on \(done), more than \(workingDays) working days "
                        + "later (due by \(due) at the latest)"))
        }
    }
}
