import DossierLintKit

/// 4.3 with 5.4.4.1 (2): in a combined audit, every other management system
/// is audited by a team member registered for it: some member in an auditing
/// role holds a registration for the system (`personnel[].registrations[]`,
/// with a number) still valid on the audit's last day.
struct CombinedAuditRegistrationsRule: Rule {
    static let identifier = "combined-audit-registrations"

    func check(_ context: RuleContext) {
        let ownNames = Set(context.listParameter("own_system_names"))
        for audit in context.dossier.audits where audit["time"]["combined"].exists {
            let systemsField = audit["time"]["combined"]["systems"]
            guard let systems = context.texts(systemsField), let lastDay = context.date(audit["dates"]["end"]) else {
                continue
            }
            let auditors = context.dossier.team(of: audit).filter {
                $0.actsAsAuditor && !$0.isTechnicalExpert && !$0.isTrainee && !$0.isObserver
            }
            let auditName = Audits.name(of: audit)
            for (index, system) in systems.enumerated() where !ownNames.contains(system) {
                var registered = false
                var unknown = false
                for member in auditors {
                    for registration in member.person?["registrations"].elements ?? []
                    where registration["system"].string == system && registration["number"].holdsValue {
                        guard let validUntil = context.date(registration["valid_until"]) else {
                            unknown = true
                            continue
                        }
                        if validUntil >= lastDay { registered = true }
                    }
                }
                guard !registered, !unknown else { continue }
                context.report(
                    systemsField[index],
                    Message(
                        zh: "结合审核 \(auditName) 包含 \(system)，但审核组中没有审核员持有该管理体系的审核员注册资格"
                            + "（有注册号，且有效期不早于审核最后一日 \(lastDay)）",
                        en: "the combined audit \(auditName) includes \(system), but no auditor of the team holds a "
                            + "registration for that system (with a number, valid at least until the audit's last day, "
                            + "\(lastDay))"))
            }
        }
    }
}
