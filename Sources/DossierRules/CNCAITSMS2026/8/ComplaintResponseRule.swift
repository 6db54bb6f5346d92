import DossierLintKit

/// 8.3: the result of an appeal or complaint is notified in writing within 60
/// days of its receipt.
struct ComplaintResponseRule: Rule {
    static let identifier = "complaint-response"

    func check(_ context: RuleContext) {
        let complaints = context.dossier["complaints"].elements
        guard !complaints.isEmpty, let maximum = context.parameter("maximum_days") else { return }
        let limit = Int(maximum)
        for complaint in complaints {
            guard let received = context.date(complaint["received_on"]) else { continue }
            let due = received.adding(days: limit)
            let notifiedField = complaint["result_notified_on"]
            guard let notified = context.optional(notifiedField, { $0.date }) else {
                if context.judgingDay > due {
                    context.report(
                        notifiedField,
                        Message(
                            zh: "\(received) 收到的申诉（投诉），至 \(context.judgingDay) 未书面告知处理结果（应最迟于 \(due)（含当日）告知）",
                            en: "the result of the appeal or complaint received \(received) was not notified as of "
                                + "\(context.judgingDay) (due in writing by \(due) at the latest; \(notifiedField.path) is missing)"
                        ))
                }
                continue
            }
            let days = received.days(until: notified)
            if days > limit {
                context.report(
                    notifiedField,
                    Message(
                        zh: "申诉（投诉）于 \(received) 收到，\(notified) 才告知处理结果，历时 \(days) 日，超过 \(limit) 日（应最迟于 \(due)（含当日））",
                        en: "the appeal or complaint received \(received) was answered on \(notified), \(days) days "
                            + "later: more than \(limit) days (due by \(due) at the latest)"))
            }
            if context.bool(complaint["notified_in_writing"]) == false {
                context.report(
                    complaint["notified_in_writing"],
                    Message(
                        zh: "申诉（投诉）的处理结果未以书面形式告知", en: "the result was not notified in writing"))
            }
        }
    }
}
