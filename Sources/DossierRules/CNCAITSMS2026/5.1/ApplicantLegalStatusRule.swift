import DossierLintKit

/// 5.1.2 (1): on the application date the applicant has a legal status that is
/// valid and within its validity; so has every legal entity the ITSMS covers.
struct ApplicantLegalStatusRule: Rule {
    static let identifier = "applicant-legal-status"

    func check(_ context: RuleContext) {
        guard let applicationDate = Application.date(context) else { return }
        let client = context.dossier["client"]
        check(client["legal_status"], of: holder(client, context), on: applicationDate, context)
        for entity in client["legal_entities"].elements where entity["legal_status"].exists {
            check(entity["legal_status"], of: holder(entity, context), on: applicationDate, context)
        }
    }

    /// The holder of a legal status for messages: its name, else the field's name.
    private func holder(_ field: Field, _ context: RuleContext) -> Message {
        guard let name = field["name"].string else { return context.name(field) }
        return Message(zh: name, en: name)
    }

    private func check(_ legalStatus: Field, of holder: Message, on applicationDate: Day, _ context: RuleContext) {
        guard let status = context.oneOf(legalStatus["status"], ["valid", "cancelled", "revoked"], of: "legal_status")
        else { return }
        if status != "valid" {
            let since = context.optional(legalStatus["status_since"]) { $0.date }
            if since.map({ $0 <= applicationDate }) ?? true {
                let when = since.map { "自 \($0) 起" } ?? ""
                let statusLabel = context.label(status, of: "legal_status").zh
                let whenEnglish = since.map { " since \($0)" } ?? ""
                context.report(
                    legalStatus["status"],
                    Message(
                        zh: "\(holder.zh) 的法律地位证明\(when)已\(statusLabel)，申请日 \(applicationDate) 不具备有效的合法主体资格",
                        en: "\(holder.en)'s legal status is \(status)\(whenEnglish): no valid legal status on the "
                            + "application date \(applicationDate)"
                    ))
            }
        }
        guard let validUntil = context.optional(legalStatus["valid_until"], { $0.date }), validUntil < applicationDate
        else { return }
        context.report(
            legalStatus["valid_until"],
            Message(
                zh: "\(holder.zh) 的法律地位证明有效期至 \(validUntil)，早于申请日 \(applicationDate)",
                en: "\(holder.en)'s legal status was valid until \(validUntil), before the application date "
                    + "\(applicationDate)"
            ))
    }
}
