import DossierLintKit

/// The certificate a re-certification renews (5.8, 5.12.4): the one the client
/// held before, in this dossier or described as the previous cycle's, and its expiry.
enum RenewedCertificate {
    /// The certificate a re-certification (audit or decision) renews: the one
    /// issued last on or before `day`, leaving out the certificate issued on
    /// the decision `excludingDecision` (the new certificate).
    static func certificate(
        issuedOnOrBefore day: Day, in dossier: Dossier, excludingDecision: String? = nil
    ) -> Field? {
        var best: (field: Field, issued: Day)?
        for certificate in dossier["certificates"].elements {
            guard let issued = certificate["issued_on"].date.value, issued <= day else { continue }
            if let excludingDecision, certificate["decision"].string == excludingDecision { continue }
            if let current = best, issued < current.issued { continue }
            best = (certificate, issued)
        }
        return best?.field
    }

    /// The certificate the client held before `day` (the one a re-certification
    /// renews): its number and its `expires_on` field. That is the certificate
    /// of the dossier issued last on or before `day` (leaving out the one issued
    /// on the decision `excludingDecision`), else the earlier cycle's
    /// certificate that a certificate of the dossier describes in `replaces:
    /// {number, issued_on, expires_on}`; `nil` when there is neither.
    static func heldCertificate(
        before day: Day, in dossier: Dossier, excludingDecision: String? = nil
    ) -> (number: String, expiresOn: Field)? {
        if let held = certificate(issuedOnOrBefore: day, in: dossier, excludingDecision: excludingDecision) {
            return (held["number"].string ?? held.path, held["expires_on"])
        }
        for certificate in dossier["certificates"].elements {
            let replaces = certificate["replaces"]
            guard replaces.isMapping else { continue }
            if let issued = replaces["issued_on"].date.value, issued > day { continue }
            return (replaces["number"].string ?? replaces.path, replaces["expires_on"])
        }
        return nil
    }

    /// The expiry of the certificate renewed by the re-certification audit
    /// `audit`, or `nil` after a "cannot verify" finding.
    static func expiryRenewed(by audit: Field, context: RuleContext) -> Day? {
        renewedExpiry(by: audit, context: context) { start in
            "档案中没有再认证审核 \(Audits.name(of: audit))（\(start) 开始）所更新的认证证书（certificates 中此前颁发的证书，"
                + "或 certificates[].replaces 所述的上一周期证书），无法确定其到期日"
        }
    }

    /// As `expiryRenewed(by:context:)`, the Chinese message naming the certificates by their labels.
    static func namedExpiryRenewed(by audit: Field, context: RuleContext) -> Day? {
        renewedExpiry(by: audit, context: context) { start in
            "档案中没有再认证审核 \(Audits.name(of: audit))（\(start) 开始）所更新的认证证书（此前颁发的认证证书，"
                + "或认证证书中“所替换的证书”所述的上一周期证书），无法确定其到期日"
        }
    }

    private static func renewedExpiry(
        by audit: Field, context: RuleContext, missingZh: (Day) -> String
    ) -> Day? {
        guard let start = context.date(audit["dates"]["start"]) else { return nil }
        guard let held = heldCertificate(before: start, in: context.dossier) else {
            context.cannotVerify(
                context.dossier["certificates"],
                Message(
                    zh: missingZh(start),
                    en: "the dossier holds no certificate renewed by re-certification audit \(Audits.name(of: audit)) "
                        + "(started \(start)): neither one issued earlier in certificates nor the previous cycle's "
                        + "described in certificates[].replaces, so its expiry is unknown"))
            return nil
        }
        return context.date(held.expiresOn)
    }

    /// As `expiryRenewed(by:context:)`, the Chinese message naming the fields by their labels.
    static func expiryRenewedNamingFields(by audit: Field, context: RuleContext) -> Day? {
        guard let start = context.date(audit["dates"]["start"]) else { return nil }
        guard let held = heldCertificate(before: start, in: context.dossier) else {
            context.cannotVerify(
                context.dossier["certificates"],
                Message(
                    zh: "档案中没有再认证审核 \(Audits.name(of: audit))（\(start) 开始）所更新的认证证书（此前颁发的认证证书，"
                        + "或某一认证证书的“所替换的证书”所述的上一周期证书），无法确定其有效期截止日",
                    en: "the dossier holds no certificate renewed by re-certification audit \(Audits.name(of: audit)) "
                        + "(started \(start)): neither one issued earlier in certificates nor the previous cycle's "
                        + "described in certificates[].replaces, so its expiry is unknown"))
            return nil
        }
        return context.date(held.expiresOn)
    }
}
