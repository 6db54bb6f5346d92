import DossierLintKit

/// 5.9.2 (1): an audit at short notice (to investigate a complaint, respond
/// to changes or follow up a suspended client) is one whose conditions the
/// body explained to the certified organisation before it took place.
struct ShortNoticeConditionsRule: Rule {
    static let identifier = "short-notice-conditions"

    func check(_ context: RuleContext) {
        let triggers = context.listParameter("triggers")
        for audit in context.dossier.audits(ofType: "short_notice") {
            let record = audit["short_notice"]
            _ = context.oneOf(record["trigger"], triggers, of: "short_notice_trigger")
            guard let told = context.date(record["conditions_notified_on"]),
                let start = context.date(audit["dates"]["start"]), told >= start
            else { continue }
            let name = Audits.name(of: audit)
            context.report(
                record["conditions_notified_on"],
                Message(
                    zh: "提前较短时间通知的审核 \(name) 于 \(start) 开始，而认证机构于 \(told) 才告知获证组织实施此类审核的条件，"
                        + "应在审核之前告知，最迟于 \(start.adding(days: -1))（含当日）",
                    en: "short-notice audit \(name) started on \(start), but the body explained the conditions of such "
                        + "audits to the certified organisation only on \(told); they were due before the audit, by "
                        + "\(start.adding(days: -1)) at the latest"))
        }
    }
}
