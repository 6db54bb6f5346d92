import DossierLintKit

/// ICASP25C 6.4.2.2 b): trainee auditors never audit alone.
struct ICASTraineeNotAloneRule: Rule {
    static let identifier = "icas-trainee-not-alone"

    func check(_ context: RuleContext) {
        for audit in context.dossier.audits {
            let team = context.dossier.team(of: audit)
            guard !team.contains(where: \.isFormalAuditor) else { continue }
            for member in team where member.isTrainee {
                let field = member.entry["role"].exists ? member.entry["role"] : member.entry
                context.report(
                    field,
                    Message(
                        zh: "审核 \(Audits.name(of: audit)) 的实习审核员 \(member.label) 单独审核：审核组中没有正式审核员",
                        en: "trainee \(member.label) audits alone in audit \(Audits.name(of: audit)): the "
                            + "team has no formal auditor"))
            }
        }
    }
}
