import DossierLintKit

/// 5.11.1: every audit has a written report to the client, for whose content
/// the team leader is responsible.
struct AuditReportByLeaderRule: Rule {
    static let identifier = "audit-report-by-leader"

    func check(_ context: RuleContext) {
        let dossier = context.dossier
        let audits = dossier.audits
        for (index, audit) in audits.enumerated() where !audit["terminated"].exists {
            let name = Audits.name(of: audit)
            let report = audit["report"]
            guard report.exists else {
                if let reason = reportDue(auditAt: index, in: audits, context: context) {
                    context.report(
                        report,
                        Message(
                            zh: "审核 \(name) 没有书面审核报告，而\(reason.zh)",
                            en: "audit \(name) has no written audit report, yet \(reason.en)"))
                }
                continue
            }
            _ = context.date(report["issued_on"])
            guard let author = context.text(report["leader"]) else { continue }
            let leaders = audit["team"].elements.filter { $0["role"].string == "leader" }.compactMap {
                $0["person"].string
            }
            guard !leaders.isEmpty else {
                context.cannotVerify(
                    audit["team"],
                    Message(
                        zh: "审核 \(name) 的审核组中没有角色为“\(context.label("leader", of: "team_role").zh)”的成员",
                        en: "the team of audit \(name) has no "
                            + "member with the role leader"))
                continue
            }
            guard !leaders.contains(author) else { continue }
            let list = leaders.joined(separator: ", ")
            context.report(
                report["leader"],
                Message(
                    zh: "审核 \(name) 的报告由 \(author) 负责，而审核组长是 \(list)",
                    en: "the report of audit \(name) names \(author) as responsible, but the team leader is \(list)"))
        }
    }

    /// Why the report is due by now: a decision relies on it, or a later audit has started.
    private func reportDue(auditAt index: Int, in audits: [Field], context: RuleContext) -> Message? {
        let audit = audits[index]
        if let decision = Audits.decisions(referringTo: audit["id"].string, in: context.dossier).first {
            let decisionName = decision["id"].string ?? decision.path
            return Message(zh: "认证决定 \(decisionName) 已引用该审核", en: "decision \(decisionName) refers to the audit")
        }
        if let next = Audits.audit(after: index, in: audits),
            let start = next["dates"]["start"].date.value, start <= context.judgingDay
        {
            let nextName = Audits.name(of: next)
            return Message(zh: "下一次审核 \(nextName) 已开始", en: "the next audit \(nextName) has started")
        }
        return nil
    }
}
