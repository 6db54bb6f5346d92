import DossierLintKit

/// 7.2.1: a recorded suspension was decided within 5 days of confirming its
/// trigger, for one of the reasons of 7.2.1 (1)–(13).
struct SuspensionDeadlineRule: Rule {
    static let identifier = "suspension-deadline"

    func check(_ context: RuleContext) {
        guard let window = context.parameter("days_to_suspend") else { return }
        CertificateEventChecks.checkDeadlines(
            of: CertificateEventChecks.suspension, windowDays: Int(window), reasons: context.listParameter("reasons"),
            context: context)
    }
}
