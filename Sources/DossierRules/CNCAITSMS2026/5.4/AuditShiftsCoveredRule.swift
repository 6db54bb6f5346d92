import DossierLintKit

/// 5.4.1.5 (1): every audit audits the IT service activities of at least one
/// shift on site. Audits recorded as off site (`onsite: false`, a stage 1 under
/// 5.6.2.2) and terminated audits (5.5.5) visited no shift and are left to
/// their own rules.
struct AuditShiftsCoveredRule: Rule {
    static let identifier = "audit-shifts-covered"

    func check(_ context: RuleContext) {
        for audit in context.dossier.audits where ShiftAudit.isJudged(audit) {
            guard let shifts = context.texts(audit["shifts_audited"]), shifts.isEmpty else { continue }
            let auditName = audit["id"].string ?? audit.path
            context.report(
                audit["shifts_audited"],
                Message(
                    zh: "审核 \(auditName) 未对任何班次的信息技术服务活动现场进行审核",
                    en: "audit \(auditName) audited the IT service activities of no shift on site"))
        }
    }
}
