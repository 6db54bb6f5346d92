import DossierLintKit

/// 5.1.1: a suspension is decided within 5 working days (China's calendar) of the
/// day the body finished investigating and confirmed its cause (`trigger_on`).
struct BCMSSuspensionDeadlineRule: Rule {
    static let identifier = "bcms-suspension-deadline"

    func check(_ context: RuleContext) {
        guard let limit = context.wholeParameter("maximum_working_days") else { return }
        BCMSCertificateEvents.checkDeadlines(of: BCMSCertificateEvents.suspension, workingDays: limit, context: context)
    }
}
