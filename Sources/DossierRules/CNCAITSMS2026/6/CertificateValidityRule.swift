import DossierLintKit

/// 6.2.1: a certificate is valid for at most 3 years from its issue date; under
/// the client notice 000 this holds for re-certification certificates issued
/// from 2026-03-01 too.
struct CertificateValidityRule: Rule {
    static let identifier = "certificate-validity"

    func check(_ context: RuleContext) {
        let certificates = context.dossier["certificates"].elements
        DecisionCertificates.reportDecisionsWithoutCertificate(certificates, context)
        guard !certificates.isEmpty,
            let years = context.parameter("maximum_validity_years"),
            let extraDays = context.parameter("expiry_days_after_anniversary"),
            let inForceFrom = context.dateParameter("in_force_from")
        else { return }
        for certificate in certificates {
            guard let issued = context.date(certificate["issued_on"]),
                let expires = context.date(certificate["expires_on"])
            else { continue }
            guard issued >= inForceFrom else { continue }
            let latest = issued.adding(years: Int(years)).adding(days: Int(extraDays))
            guard expires > latest else { continue }
            let recertification = certificate["replaces"].exists
            let kindZh = recertification ? "再认证证书" : "认证证书"
            let kindEn = recertification ? "the re-certification certificate" : "the certificate"
            let yearsText = wholeText(years)
            context.report(
                certificate["expires_on"],
                Message(
                    zh: "\(kindZh)于 \(issued) 签发、\(expires) 到期，有效期超过 \(yearsText) 年（最迟到期日为 \(latest)）",
                    en: "\(kindEn) was issued \(issued) and expires \(expires): valid longer than \(yearsText) years "
                        + "(latest allowed expiry \(latest))"))
        }
    }
}
