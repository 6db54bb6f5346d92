import DossierLintKit

/// 7.2.1: a suspension condition the dossier shows (overdue surveillance, a
/// surveillance major nonconformity not verified within 3 months, an expired
/// licence, an order to suspend business) was answered by a suspension within
/// 5 days.
struct SuspensionTriggerUnansweredRule: Rule {
    static let identifier = "suspension-trigger-unanswered"

    func check(_ context: RuleContext) {
        let timeline = CertificateTimeline(dossier: context.dossier)
        guard !timeline.certificates.isEmpty, let window = context.parameter("days_to_suspend"),
            let limits = CertificateEventChecks.limits(
                context,
                names: ["surveillance_interval_months", "surveillances_per_cycle", "major_verification_months"])
        else { return }
        let triggers = CertificateTriggers.suspensionTriggers(in: context, timeline: timeline, limits: limits)
        CertificateEventChecks.reportUnanswered(
            triggers, action: CertificateEventChecks.suspension,
            answeringKinds: ["suspension", "withdrawal", "cancellation"],
            answeringStatuses: ["suspended", "withdrawn", "cancelled"], windowDays: Int(window), timeline: timeline,
            context: context)
    }
}
