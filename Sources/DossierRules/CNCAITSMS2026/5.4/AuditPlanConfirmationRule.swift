import DossierLintKit

/// 5.4.5.3: the plan is confirmed by the client before the on-site audit
/// starts, and changes to it are agreed by both sides.
struct AuditPlanConfirmationRule: Rule {
    static let identifier = "audit-plan-confirmation"

    func check(_ context: RuleContext) {
        let audits = context.dossier.audits.filter { $0["onsite"].bool.value != false }
        guard !audits.isEmpty, let minimumDays = context.parameter("minimum_days_before_start") else { return }
        for audit in audits {
            let plan = audit["plan"]
            if let confirmed = context.date(plan["confirmed_by_client_on"]),
                let start = context.date(audit["dates"]["start"]),
                confirmed.days(until: start) < Int(minimumDays)
            {
                context.report(
                    plan["confirmed_by_client_on"],
                    Message(
                        zh: "审核计划于 \(confirmed) 经认证委托人确认，未在现场审核开始（\(start)）前确认",
                        en:
                            "the client confirmed the audit plan on \(confirmed), not before the on-site audit started (\(start))"
                    ))
            }
            for change in plan["changes"].elements {
                guard let agreed = context.bool(change["agreed_by_both"]), !agreed else { continue }
                let on = change["on"].string.map { "（\($0)）" } ?? ""
                let onEn = change["on"].string.map { " (\($0))" } ?? ""
                context.report(
                    change["agreed_by_both"],
                    Message(
                        zh: "审核计划的调整\(on)未经双方协商一致",
                        en: "the change to the audit plan\(onEn) was not agreed by both sides"))
            }
        }
    }
}
