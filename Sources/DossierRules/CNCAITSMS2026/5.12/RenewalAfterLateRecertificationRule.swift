import DossierLintKit

/// 5.12.4: no renewal when the re-certification audit was not completed, or
/// a major nonconformity's correction and corrective action were not
/// verified, before the current certificate expired.
struct RenewalAfterLateRecertificationRule: Rule {
    static let identifier = "renewal-after-late-recertification"

    func check(_ context: RuleContext) {
        for renewal in RecertificationDecisions.renewals(context)
        where renewal.decision["kind"].string == "renew" {
            let kindField = renewal.decision["kind"]
            let name = renewal.decision["id"].string ?? renewal.decision.path
            guard !renewal.audits.isEmpty else {
                context.report(
                    kindField,
                    Message(
                        zh: "认证决定 \(name) 更新了认证，但档案中没有在其之前完成的再认证审核",
                        en: "decision \(name) renews the certification, but no re-certification audit completed "
                            + "before it is in the dossier"))
                continue
            }
            for audit in renewal.audits {
                let auditName = Audits.name(of: audit)
                if let end = context.date(audit["dates"]["end"]), end > renewal.expiry {
                    context.report(
                        kindField,
                        Message(
                            zh: "认证决定 \(name) 更新了认证，但再认证审核 \(auditName) 于 \(end) 才完成，"
                                + "晚于认证证书终止日期 \(renewal.expiry)",
                            en: "decision \(name) renews the certification, but re-certification audit \(auditName) "
                                + "was completed on \(end), after the certificate ended (\(renewal.expiry))"))
                }
                for nonconformity in audit["nonconformities"].elements {
                    guard Nonconformities.isMajor(nonconformity, context: context) == true,
                        Nonconformities.isClosed(
                            nonconformity, major: true, by: renewal.expiry, context: context) == false
                    else { continue }
                    let identifier = nonconformity["id"].string ?? nonconformity.path
                    context.report(
                        kindField,
                        Message(
                            zh: "认证决定 \(name) 更新了认证，但再认证审核 \(auditName) 的严重不符合 \(identifier) "
                                + "未在认证证书终止日期 \(renewal.expiry) 前验证有效",
                            en: "decision \(name) renews the certification, but major nonconformity \(identifier) "
                                + "of re-certification audit \(auditName) was not verified effective before the "
                                + "certificate ended (\(renewal.expiry))"))
                }
            }
        }
    }
}
