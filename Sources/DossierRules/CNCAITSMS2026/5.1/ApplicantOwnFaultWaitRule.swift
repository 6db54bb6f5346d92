import DossierLintKit

/// 5.1.2 (4): a certificate suspended, cancelled or withdrawn by its former
/// body for the organisation's own fault lies at least one year back when the
/// organisation applies.
struct ApplicantOwnFaultWaitRule: Rule {
    static let identifier = "applicant-own-fault-wait"

    func check(_ context: RuleContext) {
        let previous = context.dossier["client"]["previous_certificate"]
        guard previous.exists, let ownFault = context.bool(previous["own_fault"]), ownFault,
            let status = context.oneOf(
                previous["status"], ["suspended", "cancelled", "withdrawn"], of: "certificate_status"),
            let months = context.wholeParameter("minimum_months_since_own_fault"),
            let statusDay = context.date(previous["on"]),
            let applicationDate = Application.date(context)
        else { return }
        // An event after the application date did not exist when the organisation applied.
        let earliest = statusDay.adding(months: months)
        guard statusDay <= applicationDate, applicationDate < earliest else { return }
        context.report(
            previous["on"],
            Message(
                zh: "原 ITSMS 证书因自身原因于 \(statusDay) 被\(context.label(status, of: "certificate_status").zh)，"
                    + "申请日 \(applicationDate) 未满 \(months) 个月（最早可于 \(earliest) 申请）",
                en: "the previous ITSMS certificate was \(status) on \(statusDay) for the organisation's own fault: "
                    + "on the application date \(applicationDate) fewer than \(months) months had passed (earliest "
                    + "\(earliest))"
            ))
    }
}
