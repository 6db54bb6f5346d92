import DossierLintKit

/// 5.12.5: a client that does not meet 5.12.2 is told in writing why it was
/// not certified.
struct RefusalReasonsNotifiedRule: Rule {
    static let identifier = "refusal-reasons-notified"

    func check(_ context: RuleContext) {
        for decision in context.dossier["decisions"].elements where decision["kind"].string == "refuse" {
            let name = decision["id"].string ?? decision.path
            let field = decision["reasons_notified_on"]
            guard field.exists else {
                context.report(
                    field,
                    Message(
                        zh: "未通过认证的决定 \(name) 没有书面告知原因的记录",
                        en: "refusal \(name) has no record that the reasons were notified to the client in writing"))
                continue
            }
            guard let notified = context.optional(field, { $0.date }),
                let date = context.date(decision["date"]), notified < date
            else { continue }
            context.report(
                field,
                Message(
                    zh: "未通过认证的决定 \(name) 于 \(date) 作出，而告知原因的日期 \(notified) 早于决定",
                    en: "refusal \(name) was decided on \(date), but its reasons are recorded as notified on "
                        + "\(notified), before the decision"))
        }
    }
}
