import DossierLintKit

/// ICASP25C 10.1: the team members hand their audit records to the team leader
/// when the audit ends.
struct ICASRecordsToLeaderRule: Rule {
    static let identifier = "icas-records-to-leader"

    func check(_ context: RuleContext) {
        guard let limit = context.parameter("maximum_days_after_audit") else { return }
        for audit in context.dossier.audits {
            guard let end = context.date(audit["dates"]["end"]), end <= context.judgingDay else { continue }
            let last = end.adding(days: Int(limit))
            let field = audit["records_to_leader_on"]
            let name = Audits.name(of: audit)
            if field.exists {
                guard let handedOver = context.optional(field, { $0.date }), handedOver > last else { continue }
                context.report(
                    field,
                    Message(
                        zh: "审核 \(name) 于 \(end) 结束，审核组成员 \(handedOver) 才将审核记录交审核组长："
                            + "应在审核结束时、\(latestBy(last).zh)移交",
                        en: "audit \(name) ended on \(end) but the team members handed their records to the leader "
                            + "only on \(handedOver): at the end of the audit, \(latestBy(last).en)"))
            } else if context.judgingDay > last {
                context.report(
                    field,
                    Message(
                        zh: "审核 \(name) 于 \(end) 结束，截至 \(context.judgingDay) 没有审核组成员将审核记录交审核组长的记录"
                            + "（\(context.label("records_to_leader_on").zh)）：应在审核结束时、\(latestBy(last).zh)移交",
                        en: "audit \(name) ended on \(end) and no handing of the members' records to the leader is "
                            + "recorded as of \(context.judgingDay) (\(field.path)): due at the end of the audit, "
                            + "\(latestBy(last).en)"))
            }
        }
    }
}
