import DossierLintKit

/// 5.12.4 (宜): the re-certification decision should be made before the
/// previous certificate expires.
struct RecertificationDecisionBeforeExpiryRule: Rule {
    static let identifier = "recertification-decision-before-expiry"

    func check(_ context: RuleContext) {
        let renewals = RecertificationDecisions.renewals(context, namingFields: true)
        for renewal in renewals where renewal.date > renewal.expiry {
            let name = renewal.decision["id"].string ?? renewal.decision.path
            context.report(
                renewal.decision["date"],
                Message(
                    zh: "再认证决定 \(name) 于 \(renewal.date) 作出，宜在上一周期认证证书有效期内作出，即\(latestBy(renewal.expiry).zh)",
                    en: "re-certification decision \(name) was made on \(renewal.date), after the previous "
                        + "certificate expired (last valid day \(renewal.expiry))"))
        }
        guard let audit = RecertificationDecisions.undecidedRecertification(context),
            let start = audit["dates"]["start"].date.value, start <= context.judgingDay,
            let expiry = RenewedCertificate.expiryRenewedNamingFields(by: audit, context: context),
            context.judgingDay > expiry
        else { return }
        let name = Audits.name(of: audit)
        context.report(
            context.dossier["decisions"],
            Message(
                zh: "再认证审核 \(name) 截至 \(context.judgingDay) 尚无认证决定，而再认证决定宜在认证证书有效期内作出，即\(latestBy(expiry).zh)",
                en: "re-certification audit \(name) has no decision as of \(context.judgingDay), and the "
                    + "certificate's last valid day was \(expiry)"))
    }
}
