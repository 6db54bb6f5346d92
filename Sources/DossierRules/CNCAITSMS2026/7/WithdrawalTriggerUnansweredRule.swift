import DossierLintKit

/// 7.3: a withdrawal condition the dossier shows (legal status cancelled or
/// revoked, on the serious-dishonesty list, a suspension that ran out
/// unresolved) was answered by a withdrawal within 5 days.
struct WithdrawalTriggerUnansweredRule: Rule {
    static let identifier = "withdrawal-trigger-unanswered"

    func check(_ context: RuleContext) {
        let timeline = CertificateTimeline(dossier: context.dossier)
        guard !timeline.certificates.isEmpty, let window = context.parameter("days_to_withdraw"),
            let limits = CertificateEventChecks.limits(context, names: ["maximum_suspension_months"])
        else { return }
        let triggers = CertificateTriggers.withdrawalTriggers(in: context, timeline: timeline, limits: limits)
        CertificateEventChecks.reportUnanswered(
            triggers, action: CertificateEventChecks.withdrawal, answeringKinds: ["withdrawal", "cancellation"],
            answeringStatuses: ["withdrawn", "cancelled"], windowDays: Int(window), timeline: timeline,
            context: context)
    }
}
