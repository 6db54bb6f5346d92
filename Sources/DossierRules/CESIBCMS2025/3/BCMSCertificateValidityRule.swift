import DossierLintKit

/// 3.5: a certificate is valid for three years from its issue date: its expiry is at most the
/// third anniversary of `issued_on` (plus `expiry_days_after_anniversary`); a grant or renewal
/// without a certificate cannot be verified.
struct BCMSCertificateValidityRule: Rule {
    static let identifier = "bcms-certificate-validity"

    func check(_ context: RuleContext) {
        let certificates = context.dossier["certificates"].elements
        DecisionCertificates.reportDecisionsWithoutCertificate(certificates, context)
        guard !certificates.isEmpty,
            let years = context.wholeParameter("maximum_validity_years"),
            let extraDays = context.wholeParameter("expiry_days_after_anniversary")
        else { return }
        for certificate in certificates {
            guard let issued = context.date(certificate["issued_on"]),
                let expires = context.date(certificate["expires_on"])
            else { continue }
            let latest = issued.adding(years: years).adding(days: extraDays)
            guard expires > latest else { continue }
            let number = certificate["number"].string.map { " \($0) " } ?? ""
            context.report(
                certificate["expires_on"],
                Message(
                    zh: "认证证书\(number)于 \(issued) 签发、\(expires) 到期，有效期超过 \(years) 年（最迟到期日为 \(latest)）",
                    en: "the certificate\(number.isEmpty ? " " : number)was issued \(issued) and expires \(expires): "
                        + "valid longer than \(years) years (latest allowed expiry \(latest))"))
        }
    }
}
