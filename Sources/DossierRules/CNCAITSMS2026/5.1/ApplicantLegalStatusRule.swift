import DossierLintKit

/// 5.1.2 (1): on the application date the applicant has a legal status that is
/// valid and within its validity; so has every legal entity the ITSMS covers.
struct ApplicantLegalStatusRule: Rule {
    static let identifier = "applicant-legal-status"

    func check(_ context: RuleContext) {
        guard let applicationDate = Application.date(context) else { return }
        let client = context.dossier["client"]
        check(client["legal_status"], of: client["name"].string ?? "client", on: applicationDate, context)
        for entity in client["legal_entities"].elements where entity["legal_status"].exists {
            check(entity["legal_status"], of: entity["name"].string ?? entity.path, on: applicationDate, context)
        }
    }

    private func check(_ legalStatus: Field, of holder: String, on applicationDate: Day, _ context: RuleContext) {
        guard let status = context.oneOf(legalStatus["status"], ["valid", "cancelled", "revoked"], of: "legal_status")
        else { return }
        if status != "valid" {
            let since = context.optional(legalStatus["status_since"]) { $0.date }
            if since.map({ $0 <= applicationDate }) ?? true {
                let when = since.map { "自 \($0) 起" } ?? ""
                let whenEnglish = since.map { " since \($0)" } ?? ""
                context.report(
                    legalStatus["status"],
                    Message(
                        zh: "\(holder) 的法律地位证明\(when)为 \(status)，申请日 \(applicationDate) 不具备有效的合法主体资格",
                        en: "\(holder)'s legal status is \(status)\(whenEnglish): no valid legal status on the "
                            + "application date \(applicationDate)"
                    ))
            }
        }
        guard let validUntil = context.optional(legalStatus["valid_until"], { $0.date }), validUntil < applicationDate
        else { return }
        context.report(
            legalStatus["valid_until"],
            Message(
                zh: "\(holder) 的法律地位证明有效期至 \(validUntil)，早于申请日 \(applicationDate)",
                en: "\(holder)'s legal status was valid until \(validUntil), before the application date "
                    + "\(applicationDate)"
            ))
    }
}
