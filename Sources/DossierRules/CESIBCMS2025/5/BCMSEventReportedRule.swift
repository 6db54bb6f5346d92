import DossierLintKit

/// 5.3: a suspension or withdrawal is reported to CNCA "as required", read as CNCA's
/// monthly reporting of certification information: on or after the decision and
/// on or before the 10th of the following month.
struct BCMSEventReportedRule: Rule {
    static let identifier = "bcms-event-reported"

    func check(_ context: RuleContext) {
        guard let dayOfMonth = context.wholeParameter("report_by_day_of_next_month") else { return }
        BCMSEventDisclosure.check(
            step: BCMSEventDisclosure.Step(key: "reported_to_cnca_on", zh: "上报国家认监委", en: "reported to CNCA"),
            context: context
        ) { decided in
            let last = BCMSEventDisclosure.day(dayOfMonth, ofMonthAfter: decided)
            return BCMSEventDisclosure.Deadline(last: last, missingAfter: last)
        }
    }
}
