import DossierLintKit

/// 5.12.4 (应): the re-certification decision is made at the latest 6 months
/// after the previous certificate's expiry.
struct RecertificationDecisionDeadlineRule: Rule {
    static let identifier = "recertification-decision-deadline"

    func check(_ context: RuleContext) {
        guard let months = context.parameter("maximum_months_after_expiry") else { return }
        let renewals = RecertificationDecisions.renewals(context)
        for renewal in renewals {
            let limit = renewal.expiry.adding(months: Int(months))
            guard renewal.date > limit else { continue }
            let name = renewal.decision["id"].string ?? renewal.decision.path
            context.report(
                renewal.decision["date"],
                Message(
                    zh: "再认证决定 \(name) 于 \(renewal.date) 作出，超过认证证书到期（\(renewal.expiry)）之日起 "
                        + "\(Int(months)) 个月（\(limit)）",
                    en: "re-certification decision \(name) was made on \(renewal.date), more than \(Int(months)) "
                        + "months after the certificate's expiry (\(renewal.expiry), limit \(limit))"))
        }
        guard let audit = RecertificationDecisions.undecidedRecertification(context),
            let start = audit["dates"]["start"].date.value, start <= context.judgingDay,
            let expiry = RenewedCertificate.expiryRenewed(by: audit, context: context)
        else { return }
        let limit = expiry.adding(months: Int(months))
        guard context.judgingDay > limit else { return }
        let name = Audits.name(of: audit)
        context.report(
            context.dossier["decisions"],
            Message(
                zh: "再认证审核 \(name) 截至 \(context.judgingDay) 尚无认证决定，已超过认证证书到期（\(expiry)）之日起 "
                    + "\(Int(months)) 个月（\(limit)）",
                en: "re-certification audit \(name) has no decision as of \(context.judgingDay), more than "
                    + "\(Int(months)) months after the certificate's expiry (\(expiry), limit \(limit))"))
    }
}
