import DossierLintKit

/// 9.4: a suspension, withdrawal or cancellation is reported to CNCA within 2
/// working days of the day it was decided.
struct CertificateEventReportedRule: Rule {
    static let identifier = "certificate-event-reported"

    func check(_ context: RuleContext) {
        guard let limit = context.parameter("working_days") else { return }
        CertificateEventDisclosure.check(
            step: CertificateEventDisclosure.Step(
                key: "reported_to_cnca_on", zh: "报送国家认监委", en: "reported to CNCA"),
            workingDays: Int(limit), context: context)
    }
}
