import DossierLintKit

/// 5.4.5.1: in the plan, auditors carry their ITSMS registration number, domain
/// auditors and technical experts their domain codes, and part-time auditors and
/// technical experts their employer. The plan's team is the audit's `team`; the
/// details are those of each member's personnel record.
struct AuditPlanTeamDetailsRule: Rule {
    static let identifier = "audit-plan-team-details"

    func check(_ context: RuleContext) {
        for audit in context.dossier.audits where audit["onsite"].bool.value != false {
            for member in context.dossier.team(of: audit) {
                guard let person = member.person else {
                    context.cannotVerify(
                        member.entry["person"],
                        Message(
                            zh: "人员名单中找不到审核组成员 \(member.label) 的人员记录",
                            en: "team member \(member.label) has no personnel record (personnel)"))
                    continue
                }
                var missing: [(key: String, zh: String, en: String)] = []
                let auditor = member.actsAsAuditor && !member.isTechnicalExpert
                if auditor && !person["registration_number"].hasContent {
                    missing.append(("registration_number", "ITSMS 审核员注册号", "ITSMS auditor registration number"))
                }
                if (member.role == TeamRole.domainAuditor || member.isTechnicalExpert)
                    && !person["domain_codes"].hasContent
                {
                    missing.append(("domain_codes", "专业代码", "domain codes"))
                }
                let partTimeAuditor = (auditor || member.isTrainee) && member.isFullTime == false
                if (partTimeAuditor || member.isTechnicalExpert) && !person["employer"].hasContent {
                    missing.append(("employer", "工作单位", "employer"))
                }
                for item in missing {
                    context.report(
                        member.entry["person"],
                        Message(
                            zh: "审核计划中的 \(member.label) 未注明其\(context.label(item.key).zh)",
                            en: "the audit plan does not state \(member.label)'s \(item.en) (personnel.\(item.key))"))
                }
            }
        }
    }
}
