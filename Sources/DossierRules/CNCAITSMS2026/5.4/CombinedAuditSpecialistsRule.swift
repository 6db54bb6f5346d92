import DossierLintKit

/// 5.4.4.1 (2): the team of a combined audit includes professionals of every
/// other management system audited (`personnel[].management_systems`).
struct CombinedAuditSpecialistsRule: Rule {
    static let identifier = "combined-audit-specialists"

    func check(_ context: RuleContext) {
        let ownNames = Set(context.listParameter("own_system_names"))
        for audit in context.dossier.audits where audit["time"]["combined"].exists {
            let systemsField = audit["time"]["combined"]["systems"]
            guard let systems = context.texts(systemsField) else { continue }
            let members = context.dossier.team(of: audit).filter { !$0.isTrainee && !$0.isObserver }
            for (index, system) in systems.enumerated() where !ownNames.contains(system) {
                let qualified = members.filter { member in
                    member.person?["management_systems"].texts.value?.contains(system) ?? false
                }
                guard qualified.isEmpty else { continue }
                context.report(
                    systemsField[index],
                    Message(
                        zh: "结合审核包含 \(system)，但审核组中没有能胜任该管理体系的人员",
                        en:
                            "the combined audit includes \(system), but no team member is a professional of that system (personnel.management_systems)"
                    ))
            }
        }
    }
}
