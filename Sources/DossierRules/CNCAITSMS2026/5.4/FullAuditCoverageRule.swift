import DossierLintKit

/// 5.4.1.3: the initial audit (stage 1 and stage 2 together) and every
/// re-certification audit audit the whole system: they cover every requirement
/// of ISO/IEC 20000-1.
struct FullAuditCoverageRule: Rule {
    static let identifier = "full-audit-coverage"

    func check(_ context: RuleContext) {
        let dossier = context.dossier
        let completed = { (audit: Field) in !audit["terminated"].exists }
        let stage2s = dossier.audits(ofType: "stage2").filter(completed)
        if let lastStage2 = stage2s.last {
            StandardCoverage.judge(
                dossier.audits(ofType: "stage1").filter(completed) + stage2s, main: lastStage2,
                name: Message(zh: "初次认证审核（第一阶段 + 第二阶段）", en: "initial audit (stage 1 + stage 2)"), context)
        }
        for audit in dossier.audits(ofType: "recertification").filter(completed) {
            let auditName = audit["id"].string ?? audit.path
            StandardCoverage.judge(
                [audit], main: audit,
                name: Message(zh: "再认证审核 \(auditName) ", en: "re-certification audit \(auditName)"), context)
        }
    }
}
