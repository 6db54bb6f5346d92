import DossierLintKit

/// ICASP25C 6.4.2.2 d): a technical expert accompanies an auditor of the team
/// and is never used as an auditor.
struct ICASTechnicalExpertWithAuditorRule: Rule {
    static let identifier = "icas-technical-expert-with-auditor"

    func check(_ context: RuleContext) {
        for audit in context.dossier.audits {
            let team = context.dossier.team(of: audit)
            let name = Audits.name(of: audit)
            for member in team where member.isTechnicalExpert {
                if member.actsAsAuditor, let role = member.role {
                    context.report(
                        member.entry["role"],
                        Message(
                            zh: "技术专家 \(member.label) 在审核 \(name) 中担任\(context.label(role, of: "team_role").zh)："
                                + "不能把技术专家当审核员",
                            en: "technical expert \(member.label) holds the role \(role) in audit \(name): a "
                                + "technical expert is never used as an auditor"))
                    continue
                }
                let field = member.entry["accompanies"]
                guard let accompanied = context.text(field) else { continue }
                guard let auditor = team.first(where: { $0.personId == accompanied }) else {
                    context.report(
                        field,
                        Message(
                            zh: "技术专家 \(member.label) 陪同的 \(accompanied) 不是审核 \(name) 的审核组成员：技术专家应陪同本组的审核员",
                            en: "technical expert \(member.label) accompanies \(accompanied), who is not on the team "
                                + "of audit \(name): a technical expert accompanies an auditor of the team"))
                    continue
                }
                guard !auditor.isFormalAuditor else { continue }
                let kind: Message =
                    auditor.isTechnicalExpert
                    ? context.label(TeamRole.technicalExpert, of: "team_role")
                    : auditor.isTrainee
                        ? context.label(TeamRole.trainee, of: "team_role")
                        : auditor.isObserver
                            ? context.label(TeamRole.observer, of: "team_role")
                            : Message(zh: "不审核的成员", en: "a member who does not audit")
                context.report(
                    field,
                    Message(
                        zh: "技术专家 \(member.label) 在审核 \(name) 中陪同的 \(auditor.label) 是\(kind.zh)，不是审核员："
                            + "技术专家应陪同审核员",
                        en: "technical expert \(member.label) accompanies \(auditor.label) in audit \(name), who is "
                            + "\(kind.en), not an auditor: a technical expert accompanies an auditor"))
            }
        }
    }
}
