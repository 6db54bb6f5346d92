import DossierLintKit

/// 5.8.4: a re-certification audit takes at least 2/3 of the Annex B initial
/// audit time for the current effective headcount.
struct RecertificationTimeRule: Rule {
    static let identifier = "recertification-time"

    func check(_ context: RuleContext) {
        MinimumAuditTime.check(
            context, ofType: "recertification", kind: Message(zh: "再认证审核", en: "re-certification audit"))
    }
}
