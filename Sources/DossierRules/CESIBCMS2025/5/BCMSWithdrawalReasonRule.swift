import DossierLintKit

/// 5.2.1: a withdrawal rests on one of the cases a)–k), recorded by its key in `reason`.
struct BCMSWithdrawalReasonRule: Rule {
    static let identifier = "bcms-withdrawal-reason"

    func check(_ context: RuleContext) {
        guard let reasons = context.requiredListParameter("reasons") else { return }
        BCMSCertificateEvents.checkReasons(of: BCMSCertificateEvents.withdrawal, reasons: reasons, context: context)
    }
}
