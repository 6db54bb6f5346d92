import DossierLintKit

/// 5.10.1: every nonconformity has the client's cause analysis and corrective
/// action (or, for a minor, a corrective action plan) on record by the time
/// the body relies on them.
struct NonconformityCauseAndActionRule: Rule {
    static let identifier = "nonconformity-cause-and-action"

    func check(_ context: RuleContext) {
        let dossier = context.dossier
        let audits = dossier.audits
        for (index, audit) in audits.enumerated() {
            let nonconformities = audit["nonconformities"].elements
            guard !nonconformities.isEmpty else { continue }
            var auditName: String { Audits.name(of: audit) }
            let deciding = Audits.decisions(referringTo: audit["id"].string, in: dossier)
            var nextStarted: Field?
            if let next = Audits.audit(after: index, in: audits),
                let start = next["dates"]["start"].date.value, start <= context.judgingDay
            {
                nextStarted = next
            }
            for nonconformity in nonconformities {
                // Why the records are due, worded only for a finding.
                let dueBecause: () -> Message
                if let decision = deciding.first {
                    dueBecause = {
                        let decisionName = decision["id"].string ?? decision.path
                        return Message(
                            zh: "认证决定 \(decisionName) 已引用该审核", en: "decision \(decisionName) refers to the audit")
                    }
                } else if nonconformity["verified_on"].exists {
                    dueBecause = { Message(zh: "该不符合已记录验证", en: "the nonconformity is recorded as verified") }
                } else if let next = nextStarted {
                    dueBecause = {
                        let nextName = Audits.name(of: next)
                        return Message(zh: "下一次审核 \(nextName) 已开始", en: "the next audit \(nextName) has started")
                    }
                } else {
                    continue
                }
                var identifier: String { nonconformity["id"].string ?? nonconformity.path }
                let items: [(key: String, zh: String, en: String)] = [
                    ("cause_analysis", "原因分析", "cause analysis"),
                    ("corrective_action", "纠正措施", "corrective action"),
                ]
                for item in items where nonconformity[item.key].isBlank {
                    let dueBecause = dueBecause()
                    context.report(
                        nonconformity[item.key],
                        Message(
                            zh: "审核 \(auditName) 的不符合 \(identifier) 没有\(item.zh)记录，而\(dueBecause.zh)",
                            en: "nonconformity \(identifier) of audit \(auditName) has no \(item.en) on record, "
                                + "yet \(dueBecause.en)"))
                }
            }
        }
    }
}
