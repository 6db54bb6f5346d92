import DossierLintKit

/// 5.2.3 (3): a transfer needs the original certificate to be within its
/// validity and neither suspended nor withdrawn, judged on the application
/// review day (when the body decides whether it may transfer).
struct TransferCertificateValidRule: Rule {
    static let identifier = "transfer-certificate-valid"

    func check(_ context: RuleContext) {
        guard let transfer = TransferCondition.transferRecord(context) else { return }
        let validUntil = transfer["certificate_valid_until"]
        if let expiry = context.date(validUntil),
            let reviewDate = context.date(context.dossier["application_review"]["date"]), expiry < reviewDate
        {
            TransferCondition.report(
                context, at: validUntil, number: 3,
                Message(
                    zh: "原认证证书有效期至 \(expiry)，申请评审日 \(reviewDate) 已过期",
                    en: "the original certificate was valid until \(expiry), expired on the review day \(reviewDate)"))
        }
        let suspended = transfer["certificate_suspended"]
        if let value = context.bool(suspended), value {
            TransferCondition.report(
                context, at: suspended, number: 3,
                Message(zh: "原认证证书已被原认证机构暂停", en: "the original body has suspended the original certificate"))
        }
        let withdrawn = transfer["certificate_withdrawn"]
        if let value = context.optional(withdrawn, { $0.bool }), value {
            TransferCondition.report(
                context, at: withdrawn, number: 3,
                Message(zh: "原认证证书已被原认证机构撤销", en: "the original body has withdrawn the original certificate"))
        }
    }
}
