import DossierLintKit

/// 5.1.2 (5): when the body that issued the previous ITSMS certificate lost its
/// ITSMS approval, at least three months have passed when the organisation applies.
struct ApplicantPreviousBodyRevokedRule: Rule {
    static let identifier = "applicant-previous-body-revoked"

    func check(_ context: RuleContext) {
        let revoked = context.dossier["client"]["previous_body_revoked_on"]
        guard let revokedDay = context.optional(revoked, { $0.date }),
            let months = context.wholeParameter("minimum_months_since_revocation"),
            let applicationDate = Application.date(context)
        else { return }
        // An event after the application date did not exist when the organisation applied.
        let earliest = revokedDay.adding(months: months)
        guard revokedDay <= applicationDate, applicationDate < earliest else { return }
        context.report(
            revoked,
            Message(
                zh: "原发证机构于 \(revokedDay) 被撤销 ITSMS 认证资质，申请日 \(applicationDate) 未满 \(months) 个月（最早 \(earliest)）",
                en: "the previous certification body lost its ITSMS approval on \(revokedDay): on the application date "
                    + "\(applicationDate) fewer than \(months) months had passed (earliest \(earliest))"))
    }
}
