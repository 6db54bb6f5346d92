import DossierLintKit

/// 5.4.1.5 (2): when an audit did not audit the activities of every shift of
/// the client on site, it records why (`shifts_not_audited_reason`).
struct AuditShiftsReasonRule: Rule {
    static let identifier = "audit-shifts-reason"

    func check(_ context: RuleContext) {
        let judged = context.dossier.audits.filter(ShiftAudit.isJudged)
        let shiftsField = context.dossier["client"]["shifts"]
        guard !judged.isEmpty else { return }
        guard let shifts = context.list(shiftsField) else { return }
        var names: [String] = []
        for shift in shifts {
            if let name = context.text(shift["name"]) { names.append(name) }
        }
        for audit in judged {
            guard let audited = context.texts(audit["shifts_audited"]) else { continue }
            let notAudited = names.filter { !audited.contains($0) }
            let reason = audit["shifts_not_audited_reason"]
            guard !notAudited.isEmpty, !reason.holdsValue else { continue }
            let auditName = audit["id"].string ?? audit.path
            context.report(
                reason,
                Message(
                    zh: "审核 \(auditName) 未审核班次\(notAudited.map { "“\($0)”" }.joined(separator: "、"))，但未记录未审核的理由",
                    en: "audit \(auditName) did not audit the shifts \(listText(notAudited)) "
                        + "and records no reason why"))
        }
    }
}
