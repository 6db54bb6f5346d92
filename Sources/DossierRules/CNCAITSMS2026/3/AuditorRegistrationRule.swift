import DossierLintKit

/// 3.11 and 4.2: no one audits without an ITSMS auditor registration. Every
/// team member acting as an auditor (leader, auditor, domain auditor) holds a
/// registration number, still valid on the audit's last day when its validity
/// is recorded.
struct AuditorRegistrationRule: Rule {
    static let identifier = "auditor-registration"

    func check(_ context: RuleContext) {
        guard let auditorRoles = context.requiredListParameter("auditor_roles") else { return }
        let dossier = context.dossier
        for audit in dossier.audits {
            guard let entries = teamEntries(audit, context) else { continue }
            // Names worded only for a finding.
            var auditName: String { audit["id"].string ?? audit.path }
            var zhAudit: String { audit["id"].string.map { "审核 \($0) " } ?? context.name(audit).zh }
            for entry in entries {
                guard let role = context.text(entry["role"]), auditorRoles.contains(role),
                    let personId = context.text(entry["person"])
                else { continue }
                guard let person = dossier.person(withId: personId) else {
                    context.cannotVerify(
                        entry["person"],
                        Message(
                            zh: "人员 \(personId) 既不在档案的人员名单中，也不在人员登记册中",
                            en: "person \(personId) is in neither personnel nor the registry"))
                    continue
                }
                var label: String { person["name"].string.map { "\(personId) \($0)" } ?? personId }
                guard person["registration_number"].holdsValue else {
                    context.report(
                        entry["person"],
                        Message(
                            zh: "\(label) 在\(zhAudit)中担任\(context.label(role, of: "team_role").zh)，但没有 ITSMS 审核员注册号",
                            en: "\(label) acts as \(role) in audit \(auditName) but holds no ITSMS auditor "
                                + "registration number"
                        ))
                    continue
                }
                guard let validUntil = context.optional(person["registration_valid_until"], { $0.date }),
                    let lastDay = audit["dates"]["end"].date.value, validUntil < lastDay
                else { continue }
                context.report(
                    entry["person"],
                    Message(
                        zh: "\(label) 的 ITSMS 注册有效期至 \(validUntil)，早于\(zhAudit)的最后一日 \(lastDay)",
                        en: "\(label)'s ITSMS registration is valid until \(validUntil), before the last day of audit "
                            + "\(auditName) (\(lastDay))"
                    ))
            }
        }
    }

    /// The audit's team entries; a missing team or one that is not a list is "cannot verify" and `nil`.
    private func teamEntries(_ audit: Field, _ context: RuleContext) -> [Field]? {
        let team = audit["team"]
        guard team.exists, team.isSequence else {
            context.cannotVerify(
                team,
                Message(
                    zh: team.exists ? "\(context.name(team).zh)应为成员列表" : "缺少\(context.name(team).zh)",
                    en: team.exists ? "\(team.path) should be a list" : "\(team.path) is missing"))
            return nil
        }
        return team.elements
    }
}
