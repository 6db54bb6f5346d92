import DossierLintKit

/// 5.1.2 (3): when applying, the applicant's ITSMS has run for at least three
/// months (满三个月: the day three months after the start counts).
struct ApplicantITSMSOperatingRule: Rule {
    static let identifier = "applicant-itsms-operating"

    func check(_ context: RuleContext) {
        let since = context.dossier["client"]["itsms_operating_since"]
        guard let months = context.wholeParameter("minimum_operating_months"),
            let startDay = context.date(since),
            let applicationDate = Application.date(context)
        else { return }
        let earliest = startDay.adding(months: months)
        guard applicationDate < earliest else { return }
        context.report(
            since,
            Message(
                zh: "ITSMS 自 \(startDay) 起运行，申请日 \(applicationDate) 未满 \(months) 个月（最早可于 \(earliest) 申请）",
                en: "the ITSMS has run since \(startDay): on the application date \(applicationDate) it had not run "
                    + "\(months) months (earliest application day \(earliest))"))
    }
}
