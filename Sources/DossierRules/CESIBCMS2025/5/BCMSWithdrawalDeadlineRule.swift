import DossierLintKit

/// 5.2.1: a withdrawal is decided within 5 working days (China's calendar) of the
/// day the body learned of its cause and confirmed it (`trigger_on`).
struct BCMSWithdrawalDeadlineRule: Rule {
    static let identifier = "bcms-withdrawal-deadline"

    func check(_ context: RuleContext) {
        guard let limit = context.wholeParameter("maximum_working_days") else { return }
        BCMSCertificateEvents.checkDeadlines(of: BCMSCertificateEvents.withdrawal, workingDays: limit, context: context)
    }
}
