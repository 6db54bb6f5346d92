import DossierLintKit

/// ICASP25C 6.4.2.2 e): a witness auditor who witnesses an auditor (not a team
/// leader) does not audit at the same time.
struct ICASWitnessNotAuditingRule: Rule {
    static let identifier = "icas-witness-not-auditing"

    func check(_ context: RuleContext) {
        let auditingRoles = Set(context.listParameter("auditing_roles"))
        for audit in context.dossier.audits {
            let team = context.dossier.team(of: audit)
            let name = Audits.name(of: audit)
            for witnessed in team {
                guard let witnessId = context.optional(witnessed.entry["witnessed_by"], { $0.text }),
                    witnessed.role != TeamRole.leader
                else { continue }
                for witness in team
                where witness.personId == witnessId && witness.entry.pointer != witnessed.entry.pointer {
                    guard let role = witness.role, auditingRoles.contains(role) else { continue }
                    context.report(
                        witness.entry["role"],
                        Message(
                            zh: "见证审核员 \(witness.label) 在审核 \(name) 中见证审核员 \(witnessed.label)，"
                                + "同时担任\(context.label(role, of: "team_role").zh)参加审核：作为审核员见证时不可同时审核",
                            en: "witness \(witness.label) witnesses the auditor \(witnessed.label) in audit \(name) "
                                + "and holds the role \(role) at the same time: witnessing an auditor, a witness does "
                                + "not audit"))
                }
            }
        }
    }
}
