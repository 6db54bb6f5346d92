import DossierLintKit

/// 5.4.4.1 (1): every audit team has a team leader.
struct TeamLeaderRule: Rule {
    static let identifier = "team-leader"

    func check(_ context: RuleContext) {
        for audit in context.dossier.audits {
            let team = audit["team"]
            guard !team.elements.isEmpty else {
                context.cannotVerify(
                    team, Message(zh: "缺少\(context.name(team).zh)的成员", en: "the audit team (\(team.path)) is missing"))
                continue
            }
            guard !context.dossier.team(of: audit).contains(where: { $0.role == TeamRole.leader }) else { continue }
            context.report(
                team,
                Message(
                    zh: "\(context.name(team).zh)中没有角色为“\(context.label(TeamRole.leader, of: "team_role").zh)”的成员",
                    en: "the audit team has no team leader (role: leader)"))
        }
    }
}
