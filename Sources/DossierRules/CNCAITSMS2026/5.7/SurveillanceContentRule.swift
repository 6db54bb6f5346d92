import DossierLintKit

/// 5.7.3 (1)–(8): every surveillance audit covers the eight content items,
/// changes of the service catalogue included.
struct SurveillanceContentRule: Rule {
    static let identifier = "surveillance-content"

    func check(_ context: RuleContext) {
        AuditCoverage.check(
            context, ofType: "surveillance", kind: Message(zh: "监督审核", en: "surveillance audit"),
            vocabulary: "surveillance_coverage")
    }
}
