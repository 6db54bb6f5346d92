import DossierLintKit

/// 5.7.4: a surveillance audit takes at least 1/3 of the Annex B initial
/// audit time for the current effective headcount.
struct SurveillanceTimeRule: Rule {
    static let identifier = "surveillance-time"

    func check(_ context: RuleContext) {
        MinimumAuditTime.check(
            context, ofType: "surveillance", kind: Message(zh: "监督审核", en: "surveillance audit"))
    }
}
