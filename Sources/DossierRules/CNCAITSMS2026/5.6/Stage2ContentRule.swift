import DossierLintKit

/// 5.6.3.2 (1)–(6): every stage 2 audit covers the six content items.
struct Stage2ContentRule: Rule {
    static let identifier = "stage2-content"

    func check(_ context: RuleContext) {
        AuditCoverage.check(
            context, ofType: "stage2", kind: Message(zh: "第二阶段审核", en: "stage 2 audit"),
            vocabulary: "stage2_coverage")
    }
}
