import DossierLintKit

/// ICASP25C 6.4.2.2 b): trainee auditors never audit alone.
struct ICASTraineeNotAloneRule: Rule {
    static let identifier = "icas-trainee-not-alone"

    func check(_ context: RuleContext) {
        for audit in context.dossier.audits {
            let team = context.dossier.team(of: audit)
            let name = Audits.name(of: audit)
            guard team.contains(where: \.isFormalAuditor) else {
                for member in team where member.isTrainee {
                    let field = member.entry["role"].exists ? member.entry["role"] : member.entry
                    context.report(
                        field,
                        Message(
                            zh: "审核 \(name) 的实习审核员 \(member.label) 单独审核：审核组中没有正式审核员",
                            en: "trainee \(member.label) audits alone in audit \(name): the team has no formal auditor")
                    )
                }
                continue
            }
            for member in team where member.isTrainee {
                check(member, in: team, audit: name, context)
            }
        }
    }

    /// One trainee of a team that has a formal auditor: judged from the guide recorded in
    /// `guided_by`, and from the role (an auditing role is an independent task).
    private func check(_ member: TeamMember, in team: [TeamMember], audit name: String, _ context: RuleContext) {
        let guideField = member.entry["guided_by"]
        let roleField = member.entry["role"]
        let auditingRole = member.actsAsAuditor
        guard let guideId = context.optional(guideField, { $0.text }) else {
            if guideField.exists { return }
            if auditingRole {
                context.report(
                    roleField,
                    Message(
                        zh:
                            "审核 \(name) 的实习审核员 \(member.label) 担任\(context.label(member.role ?? "", of: "team_role").zh)，"
                            + "承担独立的审核任务，且没有记录\(context.label("guided_by").zh)",
                        en:
                            "trainee \(member.label) holds the role \(context.label(member.role ?? "", of: "team_role").en) in audit \(name), an "
                            + "independent audit task, and no guiding auditor is recorded"))
            } else {
                context.cannotVerify(
                    guideField,
                    Message(
                        zh: "审核 \(name) 的实习审核员 \(member.label) 没有记录\(context.label("guided_by").zh)，"
                            + "无法确认其未单独审核",
                        en: "trainee \(member.label) in audit \(name) has no guiding auditor recorded; whether "
                            + "the trainee audited alone cannot be told"))
            }
            return
        }
        guard let guide = team.first(where: { $0.personId == guideId }), guide.isFormalAuditor else {
            context.report(
                guideField,
                Message(
                    zh: "审核 \(name) 的实习审核员 \(member.label) 的\(context.label("guided_by").zh) \(guideId) "
                        + "不是该审核组中的正式审核员：实习审核员不可单独审核",
                    en: "trainee \(member.label) in audit \(name) is guided by \(guideId), who is not a formal "
                        + "auditor of that audit's team: trainees never audit alone"))
            return
        }
        if auditingRole {
            context.report(
                roleField,
                Message(
                    zh: "审核 \(name) 的实习审核员 \(member.label) 由 \(guide.label) 指导，但担任"
                        + "\(context.label(member.role ?? "", of: "team_role").zh)，即分配了独立的审核任务：实习审核员不可单独审核",
                    en: "trainee \(member.label) in audit \(name) is guided by \(guide.label) but holds the role "
                        + "\(context.label(member.role ?? "", of: "team_role").en), an independent audit task: trainees never audit alone"
                ))
        }
    }
}
