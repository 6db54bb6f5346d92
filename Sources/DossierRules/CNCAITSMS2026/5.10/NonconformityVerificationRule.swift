import DossierLintKit

/// 5.10.2: the body verifies the effectiveness of the corrective actions; a
/// plan alone is accepted only for a minor nonconformity, and is verified at
/// the next audit at the latest (an audit of a type in `next_audit_types`).
struct NonconformityVerificationRule: Rule {
    static let identifier = "nonconformity-verification"

    func check(_ context: RuleContext) {
        guard let nextTypes = context.requiredListParameter("next_audit_types") else { return }
        let audits = context.dossier.audits
        var reportedUntyped: Set<String> = []
        for (index, audit) in audits.enumerated() {
            let nonconformities = audit["nonconformities"].elements
            guard !nonconformities.isEmpty else { continue }
            let auditName = Audits.name(of: audit)
            var nextAudit: (name: String, end: Day)?
            let untyped = Audits.untypedAudits(after: index, in: audits, before: nextTypes)
            for other in untyped where reportedUntyped.insert(other.path).inserted {
                _ = context.text(other["type"])
            }
            if untyped.isEmpty, let next = Audits.nextAudit(after: index, in: audits, ofTypes: nextTypes),
                let start = next["dates"]["start"].date.value, start <= context.judgingDay,
                let end = context.date(next["dates"]["end"]), end <= context.judgingDay
            {
                nextAudit = (Audits.name(of: next), end)
            }
            for nonconformity in nonconformities {
                guard let major = Nonconformities.isMajor(nonconformity, context: context) else { continue }
                // Worded only for a finding.
                var label: Message {
                    let identifier = nonconformity["id"].string ?? nonconformity.path
                    return Message(
                        zh: "审核 \(auditName) 的\(major ? "严重" : "轻微")不符合 \(identifier) ",
                        en: "\(major ? "major" : "minor") nonconformity \(identifier) of audit \(auditName)")
                }
                if major, context.optional(nonconformity["plan_only"], { $0.bool }) == true {
                    context.report(
                        nonconformity["plan_only"],
                        Message(
                            zh: "\(label.zh)仅有纠正措施计划；只有轻微不符合可以计划代替已实施并经验证的纠正措施",
                            en: "\(label.en) has only a corrective action plan; only a minor nonconformity may be "
                                + "closed on a plan, a major's action must be taken and verified"))
                }
                let verifiedField = nonconformity["verified_on"]
                let verified = context.optional(verifiedField, { $0.date })
                var effective: Bool?
                if verified != nil {
                    effective = context.bool(nonconformity["verified_effective"])
                    if effective == nil { continue }
                }
                guard let next = nextAudit else { continue }
                guard let verified, verified <= next.end else {
                    let when =
                        verified.map { Message(zh: "于 \($0) 才验证", en: "was verified only on \($0)") }
                        ?? Message(zh: "没有验证记录", en: "has no verification on record")
                    context.report(
                        verifiedField,
                        Message(
                            zh: "\(label.zh)\(when.zh)，应至迟在下一次审核 \(next.name)（\(next.end) 结束）时验证",
                            en: "\(label.en) \(when.en); it must be verified at the latest at the next audit "
                                + "\(next.name) (ended \(next.end))"))
                    continue
                }
                if major, effective == false {
                    context.report(
                        nonconformity["verified_effective"],
                        Message(
                            zh: "\(label.zh)的纠正措施经验证无效，至下一次审核 \(next.name)（\(next.end) 结束）仍未关闭",
                            en: "\(label.en): its corrective action was verified not effective and the major is "
                                + "still open after the next audit \(next.name) (ended \(next.end))"))
                }
            }
        }
    }
}
