import DossierLintKit

/// 2 1): on the application date the applicant holds a legal personality (or is part of one):
/// `client.legal_status` is `valid` and not past its `valid_until`.
struct BCMSApplicantLegalStatusRule: Rule {
    static let identifier = "bcms-applicant-legal-status"

    func check(_ context: RuleContext) {
        guard let applicationDate = Application.date(context) else { return }
        let legalStatus = context.dossier["client"]["legal_status"]
        guard let status = context.oneOf(legalStatus["status"], ["valid", "cancelled", "revoked"], of: "legal_status")
        else { return }
        if status != "valid" {
            let since = context.optional(legalStatus["status_since"]) { $0.date }
            if since.map({ $0 <= applicationDate }) ?? true {
                let label = context.label(status, of: "legal_status").zh
                context.report(
                    legalStatus["status"],
                    Message(
                        zh: "申请方的法律地位证明\(since.map { "自 \($0) 起" } ?? "")已\(label)，"
                            + "申请日 \(applicationDate) 未取得法人资格",
                        en: "the applicant's legal status is \(status)\(since.map { " since \($0)" } ?? ""): no legal "
                            + "personality on the application date \(applicationDate)"))
            }
        }
        guard let validUntil = context.optional(legalStatus["valid_until"], { $0.date }), validUntil < applicationDate
        else { return }
        context.report(
            legalStatus["valid_until"],
            Message(
                zh: "申请方的法律地位证明有效期至 \(validUntil)，早于申请日 \(applicationDate)",
                en: "the applicant's legal status was valid until \(validUntil), before the application date "
                    + "\(applicationDate)"))
    }
}
