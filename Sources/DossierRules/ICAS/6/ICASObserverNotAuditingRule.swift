import DossierLintKit

/// ICASP25C 6.4.2.2 c): observers never audit.
struct ICASObserverNotAuditingRule: Rule {
    static let identifier = "icas-observer-not-auditing"

    func check(_ context: RuleContext) {
        let auditingRoles = Set(context.listParameter("auditing_roles"))
        for audit in context.dossier.audits {
            for member in context.dossier.team(of: audit) where member.qualification == TeamRole.observer {
                guard let role = member.role, auditingRoles.contains(role) else { continue }
                context.report(
                    member.entry["role"],
                    Message(
                        zh:
                            "观察员 \(member.label) 在审核 \(Audits.name(of: audit)) 中担任\(context.label(role, of: "team_role").zh)，"
                            + "执行了审核",
                        en: "observer \(member.label) holds the role \(role) in audit "
                            + "\(Audits.name(of: audit)) and so audits"))
            }
        }
    }
}
