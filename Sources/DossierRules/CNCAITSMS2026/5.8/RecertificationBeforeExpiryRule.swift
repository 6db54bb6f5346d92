import DossierLintKit

/// 5.8.2: a re-certification audit is completed before the certificate it
/// renews expires.
struct RecertificationBeforeExpiryRule: Rule {
    static let identifier = "recertification-before-expiry"

    func check(_ context: RuleContext) {
        for audit in context.dossier.audits(ofType: "recertification") {
            guard let end = context.date(audit["dates"]["end"]),
                let expiry = RenewedCertificate.expiryRenewedNamingFields(by: audit, context: context),
                end > expiry
            else { continue }
            let name = Audits.name(of: audit)
            context.report(
                audit["dates"]["end"],
                Message(
                    zh: "再认证审核 \(name) 于 \(end) 结束，应在认证证书有效期内完成，即\(latestBy(expiry).zh)",
                    en: "re-certification audit \(name) ended on \(end), after the certificate expired "
                        + "(last valid day \(expiry))"))
        }
    }
}
