import DossierLintKit

/// 5.12.1: certification decisions are made by full-time staff of the body,
/// working in China, who were not members of the team of an audit decided on.
struct DecisionMakerEligibilityRule: Rule {
    static let identifier = "decision-maker-eligibility"

    func check(_ context: RuleContext) {
        let dossier = context.dossier
        let nonMemberRoles = context.listParameter("roles_not_in_team")
        for decision in dossier["decisions"].elements {
            let decisionName = decision["id"].string ?? decision.path
            guard let deciders = context.texts(decision["decided_by"]) else { continue }
            guard !deciders.isEmpty else {
                context.report(
                    decision["decided_by"],
                    Message(
                        zh: "认证决定 \(decisionName) 未记录认证决定人员", en: "decision \(decisionName) names no decision maker"))
                continue
            }
            let audits = Audits.audits(decidedBy: decision, in: dossier)
            for (position, identifier) in deciders.enumerated() {
                let field = decision["decided_by"][position]
                guard let person = dossier.person(withId: identifier) else {
                    context.cannotVerify(
                        field,
                        Message(
                            zh: "人员 \(identifier) 不在档案或注册表的人员名单中",
                            en: "person \(identifier) is in neither the dossier's personnel nor the registry"))
                    continue
                }
                // Named only for a finding.
                var who: String { person["name"].string.map { "\(identifier)（\($0)）" } ?? identifier }
                var whoEnglish: String { person["name"].string.map { "\(identifier) (\($0))" } ?? identifier }
                if let fullTime = context.bool(person["full_time"]), !fullTime {
                    context.report(
                        field,
                        Message(
                            zh: "认证决定 \(decisionName) 的决定人员 \(who) 不是认证机构的专职人员",
                            en: "decision \(decisionName) was made by \(whoEnglish), who is not full-time staff "
                                + "of the body"))
                }
                if let inChina = context.bool(person["located_in_china"]), !inChina {
                    context.report(
                        field,
                        Message(
                            zh: "认证决定 \(decisionName) 的决定人员 \(who) 不在中华人民共和国境内",
                            en: "decision \(decisionName) was made by \(whoEnglish), who does not work in China"))
                }
                for audit in audits {
                    let roles = audit["team"].elements.filter { $0["person"].string == identifier }.compactMap {
                        $0["role"].string
                    }.filter { !nonMemberRoles.contains($0) }
                    guard let role = roles.first else { continue }
                    let auditName = Audits.name(of: audit)
                    context.report(
                        field,
                        Message(
                            zh:
                                "认证决定 \(decisionName) 的决定人员 \(who) 是审核 \(auditName) 的审核组成员（\(context.label(role, of: "team_role").zh)）",
                            en: "decision \(decisionName) was made by \(whoEnglish), a member (\(role)) of the "
                                + "team of audit \(auditName)"))
                }
            }
        }
    }
}
