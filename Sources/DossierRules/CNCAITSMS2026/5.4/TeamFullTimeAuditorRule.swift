import DossierLintKit

/// 5.4.4.1 (3): every team includes at least one full-time auditor of the body.
struct TeamFullTimeAuditorRule: Rule {
    static let identifier = "team-full-time-auditor"

    func check(_ context: RuleContext) {
        for audit in context.dossier.audits {
            let auditors = context.dossier.team(of: audit).filter(\.isFormalAuditor)
            guard !auditors.contains(where: { $0.isFullTime == true }) else { continue }
            if let unknown = auditors.first(where: { $0.isFullTime == nil }) {
                context.cannotVerify(
                    unknown.entry["person"],
                    Message(
                        zh: "审核员 \(unknown.label) 的人员记录未写明是否专职，无法判断审核组是否有专职审核员",
                        en:
                            "auditor \(unknown.label)'s personnel record has no full_time, so whether the team has a full-time auditor cannot be judged"
                    ))
                continue
            }
            let labels = auditors.map(\.label).joined(separator: ", ")
            context.report(
                audit["team"],
                Message(
                    zh: "审核组没有认证机构的专职审核员（审核员：\(labels.isEmpty ? "无" : labels)）",
                    en:
                        "the audit team has no full-time auditor of the body (auditors: \(labels.isEmpty ? "none" : labels))"
                ))
        }
    }
}
