import DossierLintKit

/// 5.1.1: a suspension rests on one of the cases a)–j), recorded by its key in `reason`.
struct BCMSSuspensionReasonRule: Rule {
    static let identifier = "bcms-suspension-reason"

    func check(_ context: RuleContext) {
        guard let reasons = context.requiredListParameter("reasons") else { return }
        BCMSCertificateEvents.checkReasons(of: BCMSCertificateEvents.suspension, reasons: reasons, context: context)
    }
}
