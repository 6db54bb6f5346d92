import DossierLintKit

/// 7.3: a recorded withdrawal was decided within 5 days of confirming its
/// trigger, for one of the reasons of 7.3 (1)–(5).
struct WithdrawalDeadlineRule: Rule {
    static let identifier = "withdrawal-deadline"

    func check(_ context: RuleContext) {
        guard let window = context.parameter("days_to_withdraw") else { return }
        CertificateEventChecks.checkDeadlines(
            of: CertificateEventChecks.withdrawal, windowDays: Int(window), reasons: context.listParameter("reasons"),
            context: context)
    }
}
