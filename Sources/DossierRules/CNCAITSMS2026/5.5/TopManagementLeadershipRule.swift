import DossierLintKit

/// 5.5.4: when top management is not familiar with the IT service policy and
/// objectives, or does not take part in and drive the ITSMS, the audit does not
/// pass: a decision that grants, maintains, renews or extends on it is a finding.
struct TopManagementLeadershipRule: Rule {
    static let identifier = "top-management-leadership"

    func check(_ context: RuleContext) {
        let dossier = context.dossier
        let passingKinds = context.listParameter("passing_kinds")
        for decision in dossier["decisions"].elements {
            guard let kind = decision["kind"].string, passingKinds.contains(kind) else { continue }
            for id in decision["audits"].texts.value ?? [] {
                guard let audit = dossier.audit(withId: id), audit["type"].string != "stage1" else { continue }
                let interview = audit["top_management_interview"]
                guard let familiar = context.bool(interview["familiar_with_policy_and_objectives"]),
                    let drives = context.bool(interview["drives_itsms"])
                else { continue }
                var reasonsZh: [String] = []
                var reasonsEn: [String] = []
                if !familiar {
                    reasonsZh.append("不熟悉组织的信息技术服务方针和目标")
                    reasonsEn.append("was not familiar with the IT service policy and objectives")
                }
                if !drives {
                    reasonsZh.append("未亲自参与并推动 ITSMS 实施")
                    reasonsEn.append("does not take part in and drive the ITSMS")
                }
                guard !reasonsZh.isEmpty else { continue }
                context.report(
                    decision["kind"],
                    Message(
                        zh:
                            "审核 \(id) 中最高管理者\(reasonsZh.joined(separator: "，且"))，认证审核应不予通过，但作出了“\(context.label(kind, of: "decision_kind").zh)”决定",
                        en:
                            "in audit \(id) top management \(reasonsEn.joined(separator: " and ")), so the audit must not pass, yet the decision is \(kind)"
                    ))
            }
        }
    }
}
