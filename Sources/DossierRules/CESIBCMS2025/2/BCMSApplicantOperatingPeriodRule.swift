import DossierLintKit

/// 2 3): on the application date the BCMS has run for at least three months (运行满 3 个月:
/// the day three months after the start counts).
struct BCMSApplicantOperatingPeriodRule: Rule {
    static let identifier = "bcms-applicant-operating-period"

    func check(_ context: RuleContext) {
        let since = context.dossier["client"]["bcms_operating_since"]
        guard let months = context.wholeParameter("minimum_operating_months"),
            let startDay = context.date(since),
            let applicationDate = Application.date(context)
        else { return }
        let earliest = startDay.adding(months: months)
        guard applicationDate < earliest else { return }
        context.report(
            since,
            Message(
                zh: "业务连续性管理体系自 \(startDay) 起运行，申请日 \(applicationDate) 未满 \(months) 个月"
                    + "（最早可于 \(earliest) 申请）",
                en: "the BCMS has run since \(startDay): on the application date \(applicationDate) it had not run "
                    + "\(months) months (earliest application day \(earliest))"))
    }
}
