import DossierLintKit

/// 5.8.2 (1)–(3): every re-certification audit covers the three content items.
struct RecertificationContentRule: Rule {
    static let identifier = "recertification-content"

    func check(_ context: RuleContext) {
        AuditCoverage.check(
            context, ofType: "recertification", kind: Message(zh: "再认证审核", en: "re-certification audit"),
            vocabulary: "recertification_coverage")
    }
}
