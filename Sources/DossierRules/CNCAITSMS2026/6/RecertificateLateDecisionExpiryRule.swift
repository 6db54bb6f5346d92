import DossierLintKit

/// 6.2.3: when the re-certification decision was not made before the previous
/// certificate expired, the new certificate ends at most 3 years after the
/// previous cycle's end.
struct RecertificateLateDecisionExpiryRule: Rule {
    static let identifier = "recertificate-late-decision-expiry"

    func check(_ context: RuleContext) {
        let dossier = context.dossier
        let certificates = dossier["certificates"].elements
        guard !certificates.isEmpty, let years = context.parameter("years_after_previous_expiry") else { return }
        let recertificationCycle = dossier["programme"]["cycle"].string == "recertification"
        for (index, certificate) in certificates.enumerated() {
            guard let replaced = ReplacedCertificate(of: certificate, in: dossier) else {
                let number = certificate["number"].string
                let reissue = certificates[..<index].contains { number != nil && $0["number"].string == number }
                if recertificationCycle && !reissue {
                    context.cannotVerify(
                        certificate["replaces"],
                        Message(
                            zh:
                                "再认证周期的\(context.name(certificate).zh)未写明\(context.label("replaces").zh)（原证书），无法判断原证书有效期截止日",
                            en: "a certificate of a re-certification cycle lacks \(certificate["replaces"].path) "
                                + "(the certificate it replaces), so the previous expiry is unknown"))
                }
                continue
            }
            guard replaced.isDescribed else {
                context.cannotVerify(
                    replaced.field,
                    Message(
                        zh: "所替换的原证书 \(replaced.number ?? "?") 不在档案的认证证书中；请在所替换的证书中写明其编号和有效期截止日",
                        en: "the replaced certificate \(replaced.number ?? "?") is not among the dossier's "
                            + "certificates; give replaces as {number, expires_on}"))
                continue
            }
            guard let previousExpiry = context.date(replaced.expiresField),
                let expires = context.date(certificate["expires_on"]),
                let decision = CertificateReferences.decision(of: certificate, in: context),
                let decided = context.date(decision["date"])
            else { continue }
            guard decided > previousExpiry else { continue }
            let latest = previousExpiry.adding(years: Int(years))
            guard expires > latest else { continue }
            let yearsText = wholeText(years)
            context.report(
                certificate["expires_on"],
                Message(
                    zh: "再认证决定 \(decided) 晚于原证书有效期截止日 \(previousExpiry)；新证书有效期截止日 \(expires) "
                        + "超过原周期终止日期加 \(yearsText) 年，应\(latestBy(latest).zh)截止",
                    en: "the re-certification decision (\(decided)) came after the previous certificate expired "
                        + "(\(previousExpiry)); the new certificate expires \(expires), later than the previous end "
                        + "plus \(yearsText) years (\(latest))"))
        }
    }
}
