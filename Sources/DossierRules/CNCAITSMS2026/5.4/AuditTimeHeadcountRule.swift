import DossierLintKit

/// 5.4.2.2: audit time is determined from Annex B for the client's effective
/// headcount: the latest determination uses `client.personnel.effective`.
struct AuditTimeHeadcountRule: Rule {
    static let identifier = "audit-time-headcount"

    func check(_ context: RuleContext) {
        guard let latest = context.dossier.judgedAudits.last else { return }
        let field = latest.time["effective_personnel"]
        guard let used = context.number(field),
            let effective = context.number(context.dossier["client"]["personnel"]["effective"])
        else { return }
        guard abs(used - effective) > dayCountTolerance else { return }
        let audit = latest.main["id"].string ?? latest.main.path
        context.report(
            field,
            Message(
                zh: "审核 \(audit) 的审核时间按有效人数 \(formatDays(used)) 确定，但认证委托人当前有效人数为 \(formatDays(effective))",
                en:
                    "audit \(audit)'s time was determined for \(formatDays(used)) effective persons, but the client's effective headcount is \(formatDays(effective))"
            ))
    }
}
