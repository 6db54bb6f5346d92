import DossierLintKit

/// 3.5: a certificate is valid for three years from its issue date: its expiry is at most the
/// third anniversary of `issued_on` (plus `expiry_days_after_anniversary`); a grant or renewal
/// without a certificate cannot be verified.
struct BCMSCertificateValidityRule: Rule {
    static let identifier = "bcms-certificate-validity"

    func check(_ context: RuleContext) {
        let certificates = context.dossier["certificates"].elements
        reportDecisionsWithoutCertificate(certificates, context)
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

    /// A grant or renewal leads to a certificate (颁发认证合格证书): without one, the validity
    /// cannot be verified.
    private func reportDecisionsWithoutCertificate(_ certificates: [Field], _ context: RuleContext) {
        let issuing = Set(context.listParameter("issuing_decision_kinds"))
        let referred = Set(certificates.compactMap { $0["decision"].string })
        for decision in context.dossier["decisions"].elements {
            guard let kind = decision["kind"].string, issuing.contains(kind), let id = decision["id"].string,
                !referred.contains(id)
            else { continue }
            context.cannotVerify(
                context.dossier["certificates"],
                Message(
                    zh: "认证决定 \(id)（\(context.label(kind, of: "decision_kind").zh)）没有对应的认证证书"
                        + "（没有哪个认证证书的认证决定是 \(id)）",
                    en: "decision \(id) (\(kind)) has no certificate (no certificates[].decision refers to it)"))
        }
    }
}
